// Guidance (issue #14 part 7): where the network's data is too thin for a score to mean something,
// which scores it touches, why, and what to import or type in. Shared by the app and the CLI.
import { RANKABLE_SCORES, type RankableScore } from './scores';

/** What the guidance talks about: the score descriptors of ./scores, and what is not a ranked score. */
export type GuidanceTopic = RankableScore | 'communities' | 'tie_strength' | 'my_network';

export const GUIDANCE_IDS = ['owner', 'talk', 'reciprocity', 'brokerage', 'meetings', 'untied'] as const;
export type GuidanceId = (typeof GUIDANCE_IDS)[number];

/** Each fix names a file to import or something to type in; the locales say how (guidance.fixes.*). */
export const GUIDANCE_FIXES = ['linkedinMessages', 'xArchive', 'listening', 'guestList', 'markAttended', 'logMeeting', 'setOwner'] as const;
export type GuidanceFix = (typeof GUIDANCE_FIXES)[number];

/** Where the item's button leads: the Import page, the Events page (mark who attended), the owner
 * form, the person page's "log an interaction" (the People page, to pick the person). */
export type GuidanceAction = 'import' | 'events' | 'owner' | 'logInteraction';

export interface GuidanceItem {
  id: GuidanceId;
  affects: GuidanceTopic[];
  /** The figures its text quotes (counts of this network), by the names the locales interpolate. */
  params: Record<string, number>;
  fixes: GuidanceFix[];
  action: GuidanceAction;
}

/** The store's answer: what the network holds, as the guidance reads it. */
export interface NetworkEvidence {
  people: number;
  ownerId: number | null;
  /** People other than the owner with at least one interaction. */
  contacts: number;
  /** …whose every interaction is a LinkedIn connection with the owner (0 with no owner): all tied the same way. */
  connectionOnlyContacts: number;
  /** …with no conversation (message, X exchange, meeting): nothing says who talks to them. */
  silentContacts: number;
  /** …with a tie to someone other than the owner (null: no owner set). */
  contactsBeyondOwner: number | null;
  /** People (not the owner) with no interaction, apart from accounts known only by follows (audience). */
  untied: number;
  audienceOnly: number;
  /** Pairs two-way only through a LinkedIn connection; all two-way pairs (null: not counted, as no connection exists). */
  reciprocalByConnection: number;
  reciprocalPairs: number | null;
  /** Whether any interaction of these kinds exists: LinkedIn connections, LinkedIn messages, anything on X, meetings/calls/lunches. */
  holds: { connection: boolean; linkedinMessage: boolean; x: boolean; meeting: boolean };
  /** Guests of any event; those marked attended at a dated event; those among them who attended with someone else. */
  attendance: { guests: number; attended: number; coAttended: number };
  follows: number;
  imports: Array<{ format: string; count: number }>;
}

export interface Guidance {
  items: GuidanceItem[];
  evidence: NetworkEvidence;
}

/** Which items each view shows: those touching what it displays. */
export const GUIDANCE_VIEWS = {
  rankings: [...RANKABLE_SCORES, 'communities'],
  me: ['my_network', 'tie_strength', 'communities', 'influence'],
  person: [...RANKABLE_SCORES, 'communities', 'tie_strength'],
  planner: ['influence', 'betweenness', 'constraint', 'communities', 'tie_strength'],
} as const satisfies Record<string, readonly GuidanceTopic[]>;
export type GuidanceView = keyof typeof GUIDANCE_VIEWS;

export function guidanceFor(items: GuidanceItem[], view: GuidanceView): GuidanceItem[] {
  const topics: readonly GuidanceTopic[] = GUIDANCE_VIEWS[view];
  return items.filter((item) => item.affects.some((topic) => topics.includes(topic)));
}
