// What the invite planner, matchmaking and event impact answer: shared by the core that computes
// them, the CLI that prints them and the Invite page that shows them.
import type { Role } from './domain';
import type { CommunityNameKind } from './communities';

export interface InviteWeights {
  influence: number;
  coverage: number;
  brokerage: number;
  newTies: number;
}

export interface RoleQuota {
  roles: Role[];
  atLeast: number;
}

/** Which score run an answer used, and whether the network changed since (core/scores/freshness.ts). */
export interface ScoreFreshness {
  runId: number | null;
  /** When that run was computed (ISO). */
  runAt: string | null;
  /** True when a run exists and nothing scores depend on changed after it read the network. */
  fresh: boolean;
  /** People the run has no score for ("not yet scored"). */
  unscored: number;
}

/** Where an attendee of the event stands for its plan (see core/invite/statuses.ts). */
export type SeatStatus = 'host' | 'speaker' | 'confirmed' | 'attended' | 'pending' | 'declined';

export type ReasonKind = 'must' | 'influence' | 'newCommunity' | 'reach' | 'bridges' | 'newTies' | 'notScored';

export interface ReasonPart {
  kind: ReasonKind;
  values: Record<string, number | string>;
}

export interface PlannedInvitee {
  id: number;
  name: string;
  /** One line in English; `why` is the same in machine form for translation. */
  reason: string;
  why: ReasonPart[];
  /** Weighted objective gain when picked. */
  gain: number;
}

export type ConstraintName = 'capacity' | 'must' | 'exclude' | 'maxPerOrg' | 'parity' | 'roleQuota';

export interface PlanViolation {
  constraint: ConstraintName;
  message: string;
  shortBy: number;
}

export interface NearMiss {
  id: number;
  name: string;
  reason: string;
  why: { kind: 'maxPerOrg' | 'parity' | 'roleQuota'; values: Record<string, number | string> };
}

export interface ObjectiveBreakdown {
  /** Weighted sum of the four terms. */
  total: number;
  coverage: number;
  influence: number;
  brokerage: number;
  newTies: number;
  communitiesCovered: number;
  communities: number;
  reach: number;
  people: number;
}

export interface InvitePlan {
  invitees: PlannedInvitee[];
  waitlist: Array<{ id: number; name: string; gain: number }>;
  nearMisses: NearMiss[];
  objective: ObjectiveBreakdown;
  unknownGender: number;
  violations: PlanViolation[];
}

export interface PlanComparison {
  /** In b, not in a (with b's reason). */
  entering: Array<{ id: number; name: string; reason: string }>;
  /** In a, not in b (with a's reason). */
  leaving: Array<{ id: number; name: string; reason: string }>;
  kept: number[];
  /** b − a for each objective term. */
  objectiveDelta: Pick<ObjectiveBreakdown, 'total' | 'coverage' | 'influence' | 'brokerage' | 'newTies' | 'communitiesCovered' | 'reach'>;
}

export interface MatchPair {
  a: number;
  b: number;
  aName: string;
  bName: string;
  common: number;
  adamicAdar: number;
  /** One line in English; `why` is the machine form. */
  reason: string;
  why: { kind: 'commonContacts'; values: { common: number; roleA: Role; roleB: Role } };
}

export interface Matchmaking {
  event: { id: number; name: string };
  /** Confirmed or attended attendees (any role). */
  attendees: Array<{ id: number; name: string; role: Role }>;
  pairs: MatchPair[];
  tables: Array<{ table: number; members: number[]; score: number }>;
  /** Σ Adamic–Adar of untied pairs seated together. */
  tableScore: number;
}

export interface EventImpact {
  event: { id: number; name: string; date: string };
  window: { before: [string, string]; after: [string, string] };
  attendees: number;
  /** Ordered pairs of attendees: interactions after, none before the event. */
  tiesCreated: Array<{ from: number; to: number; fromName: string; toName: string; interactions: number }>;
  /** Mentions (kind mention) received by the attendees, from anyone. */
  mentions: { before: number; after: number; change: number };
  /** Per attendee: reciprocity in each window (null: no partner in that window). */
  reciprocity: Array<{ id: number; name: string; before: number | null; after: number | null; change: number | null }>;
}

/** What the organiser asks the planner (the app's Invite tab, `maillage invite`). */
export interface InvitePlanRequest {
  eventId: number;
  /** DEFAULT the event's capacity. */
  capacity?: number;
  parity?: number;
  maxPerOrg?: number;
  must?: number[];
  exclude?: number[];
  roleQuotas?: RoleQuota[];
  weights?: Partial<InviteWeights>;
  waitlist?: number;
  declinedLastK?: number;
  /** Invited people who have not answered hold their seat unless this is true. */
  freePending?: boolean;
}

export interface InvitePerson {
  name: string;
  organisation: string | null;
  role: Role;
  gender: 'f' | 'm' | 'x' | null;
  influence: number;
  /** null: not yet scored (added after the score run), or the run found no community. */
  community: number | null;
  scored: boolean;
}

export interface InvitePlanResult {
  event: { id: number; name: string; date: string | null; capacity: number | null };
  capacity: number;
  /** The score run the plan used (null: none, so the planning graph's own scores). */
  runId: number | null;
  scores: ScoreFreshness;
  source: 'scores' | 'planning-graph';
  plan: InvitePlan;
  /** Everyone the plan names (invitees, waiting list, near misses, excluded). */
  people: Record<number, InvitePerson>;
  excluded: Array<{ id: number; reason: string }>;
  /** Every attendee of the event and where they stand (hosts, speakers, confirmed, pending, declined). */
  statuses: Record<number, SeatStatus>;
  /** Each community number in the plan → its name (shown with communityLabel). */
  communities: Record<number, { kind: CommunityNameKind; name: string }>;
  /** The constraints as applied: the event's hosts and speakers added to the organiser's musts. */
  options: { capacity: number; must: number[]; exclude: number[]; weights: Partial<InviteWeights>; parity?: number; maxPerOrg?: number; roleQuotas: RoleQuota[]; waitlist: number; freePending: boolean };
}

/** The columns of the invite CSV for mailing tools (app and command line). */
export const INVITE_CSV_COLUMNS = ['list', 'status', 'name', 'organisation', 'email', 'x_handle', 'linkedin_url', 'role', 'reason'] as const;
