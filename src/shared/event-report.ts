// The after-event report (issue #15 part 7): what the organiser shares once the event is over —
// who came, the ties it created, mentions and interactions before and after, pairs that became
// mutual, parity. Computed in main, rendered in the app and as a print-ready HTML page.
import type { EventAttendee, EventKind, Role } from './domain';
import type { CommunityNameKind } from './communities';
import type { ExportFile } from './imports';
import type { ParityLine } from './parity';

export interface ReportCommunity {
  kind: CommunityNameKind;
  name: string;
}

/** An attendee of the event as the report names them (EventAttendee's facts, keyed by id). */
export interface ReportPerson extends Omit<EventAttendee, 'personId'> {
  id: number;
  /** Their community in the newest score run (null: not scored, or no run). */
  community: ReportCommunity | null;
}

export interface ReportPair {
  a: number;
  b: number;
  aName: string;
  bName: string;
  /** Interactions between them, both ways, in the window after the event. */
  interactions: number;
  /** Both have a community and they differ (null: at least one is not scored). */
  acrossCommunities: boolean | null;
}

export interface EventReport {
  event: { id: number; name: string; kind: EventKind; date: string; place: string | null; capacity: number | null; hostOrganisation: string | null };
  /** N: the length of each window, in days. */
  days: number;
  /** before = [date − N days, date), after = [date, date + N days), UTC (the same as `impact`). */
  window: { before: [string, string]; after: [string, string] };
  /**
   * upcoming: the event has not started; waiting: no interaction of anyone who came is dated in
   * the window after it yet; open: some are, and the window is not over; complete: it is over.
   */
  state: 'upcoming' | 'waiting' | 'open' | 'complete';
  /** The moment the report was made (what "yet" means). */
  generatedAt: string;
  /** Whether anyone was marked attended (checked in); if not, confirmed guests are counted as having come. */
  attendanceRecorded: boolean;
  /** Attended (or, without check-in data, confirmed), in the event page's order. */
  came: ReportPerson[];
  /** Confirmed but not marked attended (only when attendance was recorded). */
  absent: ReportPerson[];
  declined: ReportPerson[];
  /** Invited, never answered. */
  pending: number;
  byRole: Array<{ role: Role; people: number }>;
  /** Largest first; null: no organisation known. */
  byOrganisation: Array<{ organisation: string | null; people: number }>;
  /** Unordered pairs of people who came: no interaction either way before the event, at least one after. */
  newTies: ReportPair[];
  /** Interactions between two people who came, in each window. */
  interactionsAmong: { before: number; after: number };
  /** Mentions received by the people who came, from anyone, in each window (the same as `impact`). */
  mentions: { before: number; after: number };
  /** Pairs of people who came: not both ways in the window before, both ways in the window after. */
  becameMutual: ReportPair[];
  /** Pairs that were both ways before and are not after. */
  noLongerMutual: number;
  /** Among the people who came, by role at the event; unknown gender counted apart. */
  parity: ParityLine;
  /** The score run whose communities are shown (null: none yet). */
  communityRun: { id: number; at: string } | null;
}

export interface EventReportAnswer {
  report: EventReport;
  file: ExportFile;
}

/** A PDF made by the desktop app, as base64 (the contract carries JSON). */
export interface PdfFile {
  fileName: string;
  mime: 'application/pdf';
  base64: string;
}
