// Importing a guest list into one event: the tools it may come from, the fields a column can be
// mapped to, and what the Import page shows before anything is written.
import type { AttendanceStatus } from './domain';
import type { ErrorParams } from './errors';
import type { ImportWarningInfo } from './import-reasons';

export const ATTENDEE_SOURCES = ['eventbrite', 'weezevent', 'billetweb', 'swapcard', 'google-forms', 'typeform', 'csv'] as const;
export type AttendeeSource = (typeof ATTENDEE_SOURCES)[number];

/** What a column of a guest list can mean ('' in a mapping: ignored). */
export const ATTENDEE_FIELDS = ['first_name', 'last_name', 'name', 'email', 'organisation', 'title', 'status', 'checked_in', 'role', 'event'] as const;
export type AttendeeField = (typeof ATTENDEE_FIELDS)[number];

export interface AttendeePreview {
  fileName: string;
  event: { id: number; name: string; date: string | null };
  /** The tool the header says wrote the file ('csv': none recognised). */
  source: AttendeeSource;
  headers: string[];
  /** File header → field ('' = ignored), as detected or as the user mapped it. */
  mapping: Record<string, AttendeeField | ''>;
  guests: number;
  statuses: Record<AttendanceStatus, number>;
  /** Guests already in the network (same email, or same name). */
  knownPeople: number;
  sample: Array<{ name: string; email: string | null; organisation: string | null; status: AttendanceStatus }>;
  /** Event names in the file's own event column, when it has one. */
  eventNames: string[];
  warnings: ImportWarningInfo[];
  /** Why the file cannot be imported as mapped (nothing names the guests), if so. */
  problem: string | null;
  /** The problem's import error parameters (file, line, field, reason key), for the UI to translate. */
  problemParams?: ErrorParams;
}
