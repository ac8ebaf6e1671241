// Why an import failed, or passed a row over, in the reader's language: the reason's key
// (importReasons.<key>, importWarnings.<key>) with its parameters, or the core's English sentence
// when it has no key (a parser not converted yet) or a key this build's locales do not hold.
import type { TFunction } from 'i18next';
import type { ErrorParams } from '../../../shared/errors';
import { reasonOf, type ImportWarningInfo } from '../../../shared/import-reasons';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

export function importReasonText(params: ErrorParams | undefined, t: Translate, exists: Exists): string {
  const reason = reasonOf(params);
  if (reason && exists(`importReasons.${reason.key}`)) return t(`importReasons.${reason.key}`, reason.params);
  return String(params?.reason ?? '');
}

/** A row or value passed over, with its line ("ligne 7 : ligne vide, ignorée"). */
export function importWarningText(t: TFunction, warning: ImportWarningInfo): string {
  const { why } = warning;
  // A `count` parameter picks the plural form, so the key is looked up with its parameters.
  const translated = why ? t(`importWarnings.${why.key}`, { ...(why.params ?? {}), defaultValue: '' }) : '';
  const message = translated || warning.message;
  return warning.line !== undefined ? t('importProblem.lineWarning', { line: warning.line, message }) : message;
}
