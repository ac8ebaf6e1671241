// The commands of issue #17 check their payload against the contract before they open the
// network, so that a wrong option is named as the user typed it (--year, --until) rather than as
// a payload field; the gate validates it again on the way in, as for every host.
import type { RequestChannel } from '../../../shared/channels';
import { validateRequest, type RequestOf } from '../../../shared/contract';
import { UsageError } from '../errors';

export function checkedPayload<C extends RequestChannel>(channel: C, payload: Record<string, unknown>, flags: Record<string, string>): RequestOf<C> {
  const checked = validateRequest(channel, payload);
  if (checked.ok) return payload as RequestOf<C>;
  throw new UsageError((checked.error.issues ?? []).map((i) => `${flags[i.path.split('.')[0] ?? ''] ?? i.path}: ${i.message}`).join('; ') || checked.error.message);
}
