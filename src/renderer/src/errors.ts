// Errors from the main process in the UI's language, translated when shown (so a language switch
// re-translates them): a keyed MaillageError through its key and parameters (api/error-message),
// an import error as "this file cannot be imported (file, line, field): reason", and an error
// without a key under a translated lead for its code. An import error's reason is still the
// core's English sentence: the parsers do not key their reasons yet.
import type { TFunction } from 'i18next';
import { ApiError } from './api/client';
import { errorMessage } from './api/error-message';

const translate = (t: TFunction) => (key: string, params?: Record<string, unknown>) => t(key, params ?? {});

/** A failed call as the user reads it; a string is a message of ours, already translated. */
export function errorText(t: TFunction, error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof ApiError) {
    const { info } = error;
    if (info.key && t(`errorMessages.${info.key}`, { defaultValue: '' }) !== '') return errorMessage(info, translate(t), () => true);
    return t(`apiErrors.${info.code}`, { detail: info.message });
  }
  return t('apiErrors.failed', { detail: error instanceof Error ? error.message : String(error) });
}

/** A failed import step: where in the file, in the UI's language, then the reason. */
export function importErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError) || error.info.key !== 'importFile') return errorText(t, error);
  const params = error.info.params ?? {};
  const where = [
    String(params.file ?? ''),
    params.line !== undefined ? t('errorMessages.line', { line: params.line }) : null,
    params.path !== undefined ? String(params.path) : null,
    params.field !== undefined ? t('errorMessages.field', { field: params.field }) : null,
  ].filter((part): part is string => Boolean(part));
  return t('apiErrors.import', { where: where.join(', '), detail: String(params.reason ?? error.info.message) });
}
