// An error from the main process in the reader's language: its key and parameters translated,
// or its English message when the error has no key (the main process said all it knows).
import type { ApiErrorInfo } from '../../../shared/contract';
import { importReasonText } from './import-reason';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Exists = (key: string) => boolean;

export function errorMessage(info: ApiErrorInfo, t: Translate, exists: Exists): string {
  if (!info.key || !exists(`errorMessages.${info.key}`)) return info.message;
  const params: Record<string, unknown> = { ...(info.params ?? {}) };
  if (info.key === 'importFile') {
    // Where in the file: line, JSON path, field — each said in the reader's language.
    const where = [
      params.line !== undefined ? t('errorMessages.line', { line: params.line }) : null,
      params.path !== undefined ? t('errorMessages.path', { path: params.path }) : null,
      params.field !== undefined ? t('errorMessages.field', { field: params.field }) : null,
    ].filter((part): part is string => part !== null);
    params.where = where.length ? `:${where.join(', ')}` : '';
    params.reason = importReasonText(info.params, t, exists);
  }
  return t(`errorMessages.${info.key}`, params);
}
