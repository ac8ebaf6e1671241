// What a calendar file (.ics) holds before it is imported: its events and how many attendees
// the file names by email (the Import page's preview, issue #15's calendar files).
import type { ImportWarningInfo } from './import-reasons';

export interface CalendarPreview {
  staged: string;
  fileName: string;
  /** The file's events, in its order (name, day, place, attendees named by email). */
  events: Array<{ name: string; date: string | null; place: string | null; attendees: number }>;
  /** Distinct people named by email across the file (organisers and chairs included). */
  attendees: number;
  /** What was passed over (an attendee without an email), in English and by its key. */
  warnings: ImportWarningInfo[];
}
