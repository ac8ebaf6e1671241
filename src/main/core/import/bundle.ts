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
