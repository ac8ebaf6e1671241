// Errors from the main process in the UI's language. The envelope's code is translated; an import
// error's place (file, line, field) is rebuilt in the language from the ImportError's
// "FILE:line N, field "x": reason" form. The reason itself is still the core's English sentence
// until the core sends one error type with a code and parameters (the store issue).
import type { TFunction } from 'i18next';
import { ApiError } from './api/client';

export interface ImportErrorParts {
  file: string;
  line?: number;
  field?: string;
  reason: string;
}

// ImportError.message: `${file}${place ? `:${place}` : ''}: ${reason}`, place = "line N", a path,
// 'field "x"', joined by ", ". A host prefixes "channel failed: " when it did not know the error.
const IMPORT_MESSAGE = /^(?:import:\w+ failed: )?(?<file>[^:\n]+?)(?::(?<place>(?:line \d+|field "[^"]*"|[^:"\n]+)(?:, (?:line \d+|field "[^"]*"|[^:"\n]+))*))?: (?<reason>[\s\S]+)$/;

/** The parts of an import error message, or null when it is not one. */
export function importErrorParts(message: string): ImportErrorParts | null {
  const match = IMPORT_MESSAGE.exec(message);
  if (!match?.groups) return null;
  const { file, place, reason } = match.groups as { file: string; place?: string; reason: string };
  // A file name has an extension or is a folder of an archive; "Something: reason" is not an import error.
  if (!/\.\w{1,8}$/.test(file.trim())) return null;
  const line = place ? /line (\d+)/.exec(place)?.[1] : undefined;
  const field = place ? /field "([^"]*)"/.exec(place)?.[1] : undefined;
  return { file: file.trim(), reason, ...(line ? { line: Number(line) } : {}), ...(field !== undefined ? { field } : {}) };
}

/** A failed call as the user reads it, in the UI's language; a string is a message of ours, already translated. */
export function errorText(t: TFunction, error: unknown): string {
  if (typeof error === 'string') return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.info.code : 'failed';
  return t(`apiErrors.${code}`, { detail: message });
}

/** A failed import step: where in the file, in the UI's language, then the reason. */
export function importErrorText(t: TFunction, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const parts = importErrorParts(message);
  if (!parts) return errorText(t, error);
  const where = [
    parts.file,
    parts.line !== undefined ? t('apiErrors.line', { line: parts.line }) : null,
    parts.field !== undefined ? t('apiErrors.field', { field: parts.field }) : null,
  ].filter((x): x is string => x !== null);
  return t('apiErrors.import', { where: where.join(', '), detail: parts.reason });
}
