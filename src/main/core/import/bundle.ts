// What every importer produces: a format-neutral bundle of people, ties and events, with keys
// local to the bundle. The writer (import/write.ts) resolves identities against the network and
// stores the bundle in one transaction.
import { MaillageError } from '../../../shared/errors';
import { reasonParams, type ImportReason, type ImportWarningReason } from '../../../shared/import-reasons';
import type {
  AttendanceRole,
  AttendanceStatus,
  Channel,
  EventKind,
  Gender,
  Handle,
  InteractionKind,
  Role,
} from '../../../shared/domain';

export { IMPORT_FORMATS, type ImportFormat } from '../../../shared/imports';
import type { ImportFormat } from '../../../shared/imports';
import type { AudienceDateSource } from '../../../shared/audience';

export interface ImportedPerson {
  /** Unique within the bundle; interactions, follows and attendance refer to it. */
  key: string;
  /** Display name; may be empty only when a handle identifies the person (the writer then uses the handle). */
  name: string;
  role?: Role;
  organisation?: string;
  title?: string;
  gender?: Gender;
  followers?: number;
  /** When `followers` was counted (ISO 8601), when the file says; else the bundle's countedAt. */
  followersAt?: string;
  notes?: string;
  tags?: string[];
  /** Normalised: lower case, no leading @, LinkedIn URLs as https://www.linkedin.com/in/<slug>. */
  handles: Handle[];
  isMe?: boolean;
  originalPosts?: number;
  reposts?: number;
}

export interface ImportedInteraction {
  from: string;
  to: string;
  kind: InteractionKind;
  channel: Channel;
  /** ISO 8601 in UTC (e.g. 2023-02-18T19:45:15.000Z) or a bare date; absent when unknown. */
  at?: string;
  weight?: number;
  /** Stable id from the source, so re-importing adds nothing (e.g. "x:tweet:123:mention:456"). */
  externalId?: string;
}

export interface ImportedFollow {
  follower: string;
  followed: string;
}

export interface ImportedEvent {
  key: string;
  name: string;
  kind?: EventKind;
  date?: string;
  place?: string;
  capacity?: number;
  /** The organisation hosting the event (a club, a company), by name. */
  hostOrganisation?: string;
}

export interface ImportedAttendance {
  person: string;
  event: string;
  role?: AttendanceRole;
  status?: AttendanceStatus;
}

/**
 * The owner's X audience as one import saw it: a dated snapshot (issue #17). Accounts listed only
 * here are audience, not people; the writer links those that are people of the network.
 */
export interface ImportedAudience {
  /** Key of the bundle person whose audience this is (the archive's owner). */
  of: string;
  /** The owner's X account id (null: unknown, in a snapshot restored from a backup). */
  accountId: string | null;
  /** ISO 8601 UTC instant: the archive's generation date, or absent (the writer uses the import time). */
  takenAt?: string;
  /** What dates it: the archive itself (default when takenAt is given), an API collection, or an import (a restored backup's). */
  dateSource?: AudienceDateSource;
  /**
   * Kept only when it is the network owner's audience (an API follower list may be anyone's: the
   * audit follows the owner); otherwise only the count on the person stays.
   */
  ownerOnly?: boolean;
  /** X account ids following the owner; null when the import has no follower list. */
  followers: string[] | null;
  /** X account ids the owner follows; null when the import has no following list. */
  followings: string[] | null;
}

export interface ImportWarning {
  line?: number;
  /** In English, for the CLI; `why` says the same by its key, for the UI. */
  message: string;
  why?: ImportWarningReason;
}

export interface ImportBundle {
  format: ImportFormat;
  people: ImportedPerson[];
  interactions: ImportedInteraction[];
  follows: ImportedFollow[];
  events: ImportedEvent[];
  attendance: ImportedAttendance[];
  /** Organisations to have even when nobody in the bundle works there (a backup's, an event host). */
  organisations?: string[];
  /** The owner's audience snapshots: one for an X archive, the whole history for a JSON backup. */
  audiences?: ImportedAudience[];
  /**
   * When the bundle's follower counts were true (ISO 8601): a count replaces a person's count
   * only when it is as recent; absent, the import time.
   */
  countedAt?: string;
  /** Rows passed over on purpose (blank rows, self-mentions…), said to the user, not fatal. */
  warnings: ImportWarning[];
}

export function emptyBundle(format: ImportFormat): ImportBundle {
  return { format, people: [], interactions: [], follows: [], events: [], attendance: [], warnings: [] };
}

/** Where in a file an import error is: line, JSON path, field (column or attribute). */
export interface ImportPlace {
  line?: number;
  path?: string;
  field?: string;
}

/**
 * A file the importer cannot read. Says where (file, line or JSON path, field) and what was
 * expected, so the user can fix the file; an import that throws this writes nothing. `reason` is
 * the English sentence the CLI prints; `why` names the same reason by its key and parameters
 * (shared/import-reasons.ts), for the UI to say it in the user's language.
 */
export class ImportError extends MaillageError {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly where: ImportPlace = {},
    readonly why?: ImportReason,
  ) {
    const place = [
      where.line !== undefined ? `line ${where.line}` : undefined,
      where.path !== undefined ? where.path : undefined,
      where.field !== undefined ? `field "${where.field}"` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super('failed', `${file}${place ? `:${place}` : ''}: ${reason}`, 'importFile', { file, reason, ...where, ...reasonParams(why) });
  }

  /** The same error at another place (a parser's error re-thrown with the line it happened on). */
  at(where: ImportPlace): ImportError {
    return new ImportError(this.file, this.reason, where, this.why);
  }
}

/** Reports progress as a share of the input read (bytes or rows), for long imports. */
export type ImportProgress = (done: number, total: number) => void;
