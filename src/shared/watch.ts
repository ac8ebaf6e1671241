// What the articles ask a CMO to watch (issue #17): the yearly Top 30 edition, the reminders
// inbox, conversations versus broadcasts, creators versus curators. Shapes shared by the
// services, the CLI and the views.
import type { InteractionKind, Role } from './domain';
import type { ExportFile } from './imports';
import type { QuadrantName } from './scores';

/** A period of the edition: inclusive dates, `to` through the end of its day. */
export interface EditionWindow {
  from: string;
  to: string;
}

export interface TopEditionQuery {
  /** A calendar year, or an explicit window (from and to) instead. */
  year?: number;
  from?: string;
  to?: string;
  n?: number;
  role?: Role;
}

/** Why a person ranks where they do, in figures the report turns into one line per language. */
export interface TopEditionWhy {
  /** Who gives them most of their influence (PageRank shares), strongest first. */
  relayers: Array<{ personId: number; name: string; share: number }>;
  /** Distinct people who mention, answer, quote or relay them in the window. */
  citedBy: number;
  /** Share of their partners with whom ties go both ways (null: no partner). */
  reciprocity: number | null;
  quadrant: QuadrantName | null;
}

export interface TopEditionRow {
  /** Place in this edition (1 = first), in `top N`'s order. */
  rank: number;
  /** Place in the same ranking over the window a year earlier; null: not ranked then. */
  previousRank: number | null;
  personId: number;
  name: string;
  role: Role;
  organisation: string | null;
  influence: number;
  audience: number;
  why: TopEditionWhy;
}

export interface TopEdition {
  window: EditionWindow;
  previousWindow: EditionWindow;
  /** The calendar year when the edition is one. */
  year: number | null;
  role: Role | null;
  n: number;
  runId: number;
  previousRunId: number;
  rows: TopEditionRow[];
  /** The figures the methodology section quotes. */
  methodology: {
    people: number;
    ties: number;
    previousPeople: number;
    communities: number;
    modularity: number;
    kindWeights: Record<InteractionKind, number>;
    damping: number;
    /** Rows of this edition that had a place a year earlier. */
    ranked: number;
    /** People with at least one tie in the earlier window (who could have a place then). */
    previousActive: number;
  };
  generatedAt: string;
}

export interface TopReport {
  edition: TopEdition;
  file: ExportFile;
}

export const REMINDER_KINDS = ['quiet_tie', 'quiet_bridge', 'unanswered', 'unreturned'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
export const REMINDER_STATUSES = ['open', 'done', 'snoozed', 'dismissed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

export interface Reminder {
  id: number;
  kind: ReminderKind;
  personId: number;
  name: string;
  organisation: string | null;
  /** The figures behind the reason: last exchange, counts, days, community. */
  details: { lastAt?: string | null; since?: string; count?: number; days?: number; community?: number; communitySize?: number; pastStrength?: number; strengthNow?: number };
  dueAt: string;
  status: ReminderStatus;
  snoozedUntil: string | null;
}

export interface ReminderInbox {
  me: { personId: number; name: string } | null;
  asOf: string;
  /** Due now: open, or snoozed until today or earlier. */
  due: Reminder[];
  /** Snoozed to a later date. */
  snoozed: Reminder[];
  /** Reminders created by this refresh. */
  created: number;
  /** Whether the desktop app notifies due reminders (off by default). */
  notify: boolean;
  /** The rules' thresholds, for the view's explanations. */
  rules: ReminderRules;
}

export interface ReminderRules {
  /** A mention or message waits this many days before it counts as unanswered. */
  unansweredDays: number;
  /** A bridge is quiet after this many days without an exchange. */
  quietDays: number;
  /** Amplifications (mentions, replies, quotes, reposts, comments) never returned, at least. */
  amplifications: number;
}

export const REMINDER_DECISIONS = ['done', 'dismiss', 'snooze', 'reopen'] as const;
export type ReminderDecision = (typeof REMINDER_DECISIONS)[number];

export const CONVERSATION_PERIODS = ['month', 'quarter', 'year'] as const;
export type ConversationPeriod = (typeof CONVERSATION_PERIODS)[number];

/** One period of a person's conversations (DESIGN idea: conversations, not broadcasts). */
export interface ConversationRow {
  /** 2025-03, 2025-Q1 or 2025. */
  period: string;
  /** Mentions and messages they sent after 7 days without a word between the two (either way). */
  threadsStarted: number;
  repliesReceived: number;
  quotesReceived: number;
  /** (Replies + quotes received) ÷ threads started; null without a thread. */
  answersPerThread: number | null;
  /** Distinct people they exchanged words with (mentions, replies, quotes, comments, messages, meetings). */
  partners: number;
  /** Their activity that is conversation: replies, quotes, comments, messages, meetings, and mentions or reposts answered within 7 days. */
  conversation: number;
  /** Their mentions and reposts nobody answered within 7 days. */
  broadcast: number;
  conversationShare: number | null;
  /** Median hours from a mention, quote, comment or message to their answer (a wait counted once, however many came). */
  medianAnswerHours: number | null;
  answered: number;
  unanswered: number;
}

export interface Conversations {
  person: { personId: number; name: string };
  by: ConversationPeriod;
  rows: ConversationRow[];
  /** Days within which an answer counts. */
  answerDays: number;
}

/** The survey the articles quote: 191 marketers, 81.8 % creators, 18.2 % curators. */
export const CREATOR_SURVEY = { marketers: 191, creators: 0.818, curators: 0.182 } as const;

export interface CreatorShareRow {
  /** 'all' for the whole network, else a role. */
  role: Role | 'all';
  people: number;
  creators: number;
  curators: number;
  creatorShare: number | null;
  curatorShare: number | null;
}

export interface CreatorMove {
  personId: number;
  name: string;
  role: Role;
  from: 'creator' | 'curator';
  to: 'creator' | 'curator';
  ratioBefore: number;
  ratioNow: number;
}

export interface CreatorsView {
  /** posts: the creator ratio of DESIGN.md (own posts known, undated); interactions: a year's own words versus reposts. */
  source: 'posts' | 'interactions';
  year: number | null;
  rows: CreatorShareRow[];
  /** With a year: who moved between creator and curator since the year before. */
  movers: CreatorMove[];
  survey: typeof CREATOR_SURVEY;
}
