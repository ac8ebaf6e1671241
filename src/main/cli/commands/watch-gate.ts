// The CLI side of the one gate for the commands of issue #17: opens the network, calls a
// contract channel through dispatch (the same validation and services as the app), and turns
// an error answer into one line naming the option at fault.
import { join } from 'node:path';
import type { RequestChannel } from '../../../shared/channels';
import type { ResponseOf } from '../../../shared/contract';
import { dispatch } from '../../core/dispatch';
import { Network } from '../../core/network';
import { defaultDataDir } from '../../core/paths';
import { PreferenceStore } from '../../core/preferences';
import { createServices } from '../../core/services';
import { UsageError } from '../errors';

/** Calls one channel on the network file; `flags` names the CLI option of each payload field. */
export async function callGate<C extends RequestChannel>(
  db: string | undefined,
  command: string,
  channel: C,
  payload: unknown,
  flags: Record<string, string> = {},
): Promise<ResponseOf<C>> {
  if (!db) throw new UsageError(`${command} needs --db FILE`);
  const network = Network.open(db);
  try {
    const api = createServices({
      networks: { current: () => network },
      preferences: new PreferenceStore(join(defaultDataDir(), 'preferences.json')),
      emit: () => undefined,
    });
    const answer = await dispatch(api, channel, payload);
    if (answer.ok) return answer.value as ResponseOf<C>;
    const issues = answer.error.issues?.map((i) => `${flags[i.path.split('.')[0] ?? ''] ?? i.path}: ${i.message}`);
    throw new UsageError(issues?.length ? issues.join('; ') : `${command}: ${answer.error.message}`);
  } finally {
    network.close();
  }
}
