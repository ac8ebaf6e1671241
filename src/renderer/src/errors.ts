// Errors from the main process in the UI's language, translated when shown (so a language switch
// re-translates them): a keyed MaillageError through its key and parameters (api/error-message),
// an import error as "this file cannot be imported (file, line, field): reason" (the reason by its
// key, api/import-reason), and an error without a key under a translated lead for its code.
import type { TFunction } from 'i18next';
import { ApiError } from './api/client';
import { errorMessage } from './api/error-message';
import { importReasonText } from './api/import-reason';
import type { ErrorParams } from '../../shared/errors';

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
  const exists = (key: string) => t(key, { defaultValue: '' }) !== '';
  return t('apiErrors.import', { where: where.join(', '), detail: importReasonText(params, translate(t), exists) || error.info.message });
}

/** An import error a preview kept (the mapper stays on screen): said like a failed import step. */
export function importProblemText(t: TFunction, message: string, params: ErrorParams | undefined): string {
  if (!params) return message;
  return importErrorText(t, new ApiError({ code: 'failed', message, key: 'importFile', params }));
}
