// The product's vocabulary: people, events, interactions and the values the UI shows.

export const ROLES = ['cmo', 'peer', 'analyst', 'journalist', 'consultant', 'cio', 'expert', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const GENDERS = ['f', 'm', 'x'] as const;
export type Gender = (typeof GENDERS)[number];

export const INTERACTION_KINDS = [
  'mention', 'reply', 'quote', 'repost', 'like', 'comment', 'message', 'met',
  // LinkedIn's records (a connection is stored both ways: it was accepted by both people)
  'connection', 'invitation', 'endorsement', 'recommendation',
  // logged by hand
  'call', 'lunch',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const CHANNELS = ['x', 'linkedin', 'email', 'in_person', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENT_KINDS = ['forum', 'round_table', 'workshop', 'dinner', 'webinar'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ATTENDANCE_ROLES = ['host', 'speaker', 'attendee'] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

export const ATTENDANCE_STATUSES = ['invited', 'confirmed', 'declined', 'attended'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const HANDLE_KINDS = ['x', 'x_id', 'linkedin', 'email'] as const;
export type HandleKind = (typeof HANDLE_KINDS)[number];

/** Default weight of each interaction kind in the interaction graph G (DESIGN.md, "Scores"). */
export const DEFAULT_KIND_WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  mention: 1,
  reply: 1,
  quote: 1,
  comment: 1,
  message: 1,
  repost: 0.5,
  like: 0.25,
  met: 1,
  // A connection says two people know each other, less than a message exchanged does.
  connection: 0.5,
  invitation: 0.25,
  endorsement: 0.5,
  recommendation: 1,
  call: 1,
  lunch: 1,
};

export interface Handle {
  kind: HandleKind;
  value: string;
}

export interface PersonSummary {
  id: number;
  name: string;
  role: Role;
  /** Where the role comes from: the user's word, a guess from the title (a suggestion), or none. */
  roleSource?: 'user' | 'inferred' | 'none';
  organisation: string | null;
  title: string | null;
  isMe: boolean;
}

export interface Person extends PersonSummary {
  gender: Gender | null;
  followers: number | null;
  notes: string;
  tags: string[];
  handles: Handle[];
  originalPosts: number | null;
  reposts: number | null;
}

export interface PersonActivity {
  /** Interactions this person sent and received, by kind, over all time. */
  sent: Partial<Record<InteractionKind, number>>;
  received: Partial<Record<InteractionKind, number>>;
  /** Distinct partners in either direction, and how many of them are reciprocal. */
  partners: number;
  reciprocalPartners: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Interactions per calendar month (UTC), oldest first, months without any included. */
  monthly: Array<{ month: string; sent: number; received: number }>;
}

export interface PersonDetail {
  person: Person;
  activity: PersonActivity;
  events: Array<{ id: number; name: string; date: string | null; role: AttendanceRole; status: AttendanceStatus }>;
  topPartners: Array<{ id: number; name: string; sent: number; received: number }>;
}

export interface PersonPatch {
  name?: string;
  role?: Role;
  organisation?: string | null;
  title?: string | null;
  gender?: Gender | null;
  followers?: number | null;
  notes?: string;
  tags?: string[];
}

export interface PeopleQuery {
  search?: string;
  role?: Role;
  limit?: number;
  offset?: number;
}

export interface PeoplePage {
  total: number;
  people: PersonSummary[];
}

export interface EventSummary {
  id: number;
  name: string;
  kind: EventKind;
  date: string | null;
  place: string | null;
  capacity: number | null;
  counts: Record<AttendanceStatus, number>;
}

export interface EventInput {
  name: string;
  kind: EventKind;
  date: string | null;
  place: string | null;
  capacity: number | null;
  hostOrganisation: string | null;
}

export interface EventAttendee {
  personId: number;
  name: string;
  organisation: string | null;
  role: Role;
  gender: Gender | null;
  attendanceRole: AttendanceRole;
  status: AttendanceStatus;
}

export interface EventDetail extends EventSummary {
  hostOrganisation: string | null;
  attendees: EventAttendee[];
}

export interface GraphQuery {
  /** ISO dates (inclusive) bounding interaction time; interactions without a time are kept. */
  from?: string;
  to?: string;
  channels?: Channel[];
}

export interface GraphNode {
  id: number;
  name: string;
  role: Role;
  organisation: string | null;
  isMe: boolean;
  inDegree: number;
  outDegree: number;
  /** Saved layout position, when the user's last layout of this network was stored. */
  x?: number;
  y?: number;
}

export interface GraphEdge {
  source: number;
  target: number;
  /** Summed kind weights of source's interactions towards target. */
  weight: number;
  count: number;
  /** True when target also interacts with source (in the same window and channels). */
  reciprocal: boolean;
  /** Tie strength of the pair now (decayed interactions both ways + co-attendance; DESIGN.md). */
  strength: number;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface NetworkInfo {
  /** File name without folders, for the title bar. */
  name: string;
  isSample: boolean;
  schemaVersion: number;
  counts: { people: number; organisations: number; events: number; interactions: number; follows: number };
  interactionSpan: { from: string | null; to: string | null };
}

export interface Preferences {
  language: 'fr' | 'en' | 'system';
  /** After an import, compute the scores again by themselves (on unless turned off). */
  autoScores?: boolean;
  theme: 'light' | 'dark' | 'system';
}

export interface JobProgress {
  job: string;
  phase: string;
  done: number;
  total: number;
}

/** The labels of the edit that undo would revert and the one redo would re-apply. */
export interface UndoState {
  undo: string | null;
  redo: string | null;
}
