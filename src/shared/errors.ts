// The one error type of Maillage: a code the hosts act on (exit status, HTTP status, how the page
// reacts), a message key and parameters the UI translates, and the English message the CLI prints.
// Every error a user can act on is a MaillageError; each kind of error declares its code where it
// is defined, so no host keeps a table of its own.

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'failed'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type ErrorParams = Record<string, string | number>;

export class MaillageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A key under "errors." in the locales; absent when the English message is all there is. */
    readonly key?: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A score run (or one of its long scores) stopped because the user asked: the one cancellation error. */
export class ScoreCancelledError extends MaillageError {
  constructor(what = 'The score run') {
    super('conflict', `${what} was cancelled`, 'cancelled', { what });
  }
}

/** Exit status of the command line for an error: 2 when the user can fix the command, 1 when something failed. */
export function exitStatus(code: ErrorCode): 1 | 2 {
  return code === 'failed' ? 1 : 2;
}

/**
 * A kind of error with its code fixed where it is declared:
 * `export class MergeError extends errorKind('conflict') {}`, thrown as `new MergeError(message)`
 * or, when the UI can say it in the user's language, `new MergeError(message, 'key', { id })`.
 */
export function errorKind(code: ErrorCode) {
  return class extends MaillageError {
    constructor(message: string, key?: string, params: ErrorParams = {}) {
      super(code, message, key, params);
    }
  };
}
