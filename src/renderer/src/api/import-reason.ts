// Why an import failed, in the reader's language: the reason's key (importReasons.<key>) with its
// parameters, or the core's English sentence when the reason has no key (a parser not converted
// yet) or a key this build's locales do not hold.
import type { ErrorParams } from '../../../shared/errors';
import { reasonOf } from '../../../shared/import-reasons';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

export function importReasonText(params: ErrorParams | undefined, t: Translate, exists: Exists): string {
  const reason = reasonOf(params);
  if (reason && exists(`importReasons.${reason.key}`)) return t(`importReasons.${reason.key}`, reason.params);
  return String(params?.reason ?? '');
}
