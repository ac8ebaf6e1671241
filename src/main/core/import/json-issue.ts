// zod's first complaint about a JSON value of an X archive or an X API file, by a reason key the
// Import page says in the user's language (zod speaks English): the English sentence the importer
// built stays the `detail`, which the CLI prints and the English locale repeats.
import type { z } from 'zod';
import type { ImportReason } from '../../../shared/import-reasons';
import { ownValue } from '../../../shared/own-key';

// A value of the wrong type is quoted as the file wrote it ("a number is expected, not « 12k »").
const EXPECTED_TYPES = {
  number: 'jsonExpectedNumber',
  string: 'jsonExpectedString',
  boolean: 'jsonExpectedBoolean',
  array: 'jsonExpectedArray',
  object: 'jsonExpectedObject',
} as const;

/** What the schemas' own messages mean, by key: a value from the file is shown as written. */
export const X_USERNAME_MESSAGE = 'an X username';
export const X_NUMERIC_ID_MESSAGE = 'a numeric id string';

/**
 * The value zod was given (with `reportInput`) as the file wrote it, cut to 40 characters; a list
 * or an object as [ … ] / { … } (never serialised: a hostile file nests them 100,000 deep).
 */
function shown(input: unknown): string {
  const text = typeof input === 'string' ? input : Array.isArray(input) ? '[ … ]' : input !== null && typeof input === 'object' ? '{ … }' : String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function jsonIssueReason(issue: z.core.$ZodIssue, detail: string): ImportReason {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return { key: 'backupMissingField', params: { detail } };
      const key = ownValue(EXPECTED_TYPES, issue.expected);
      return key ? { key, params: { detail, value: shown(input) } } : { key: 'jsonInvalid', params: { detail } };
    }
    case 'invalid_value':
      return { key: 'jsonNotOneOf', params: { detail, value: shown(input), values: issue.values.map(String).join(', ') } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'backupTooLong', params: { detail, max: Number(issue.maximum) } };
      if (issue.origin === 'array') return { key: 'backupTooManyItems', params: { detail, maximum: Number(issue.maximum) } };
      return { key: 'backupTooBig', params: { detail, maximum: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { key: 'backupEmptyValue', params: { detail } };
      return issue.inclusive === false
        ? { key: 'backupNotAbove', params: { detail, minimum: Number(issue.minimum) } }
        : { key: 'backupTooSmall', params: { detail, minimum: Number(issue.minimum) } };
    default:
      if (issue.message === X_USERNAME_MESSAGE) return { key: 'xUsername', params: { detail, value: shown(input) } };
      if (issue.message === X_NUMERIC_ID_MESSAGE) return { key: 'xNumericId', params: { detail, value: shown(input) } };
      return { key: 'jsonInvalid', params: { detail } };
  }
}
