// Conversations, not broadcasts (issue #17): for one person, per month, quarter or year — the
// threads they start, the replies and quotes they get back, how many people they talk with,
// how much of what they send is conversation rather than broadcast, and how fast they answer.
import type { InteractionKind } from '../../../shared/domain';
import { errorKind } from '../../../shared/errors';
import type { ConversationPeriod, ConversationRow, Conversations } from '../../../shared/watch';
import type { Db } from '../db/connection';
import { exchangesOf, type Exchange } from '../db/exchanges';
import { networkOwner } from '../db/reminders';
import { personNames } from '../db/score-windows';

/** The person asked for is not there, or the network has no owner to default to. */
export class ConversationError extends errorKind('not_found') {}

const DAY = 86_400_000;
export const ANSWER_DAYS = 7;
/** Words addressed to someone; a like is not, and a repost relays without a word. */
const WORDS: ReadonlySet<InteractionKind> = new Set(['mention', 'reply', 'quote', 'comment', 'message', 'met']);
/** Always a conversation: an answer, a quote, a comment, a private message, a meeting. */
const CONVERSING: ReadonlySet<InteractionKind> = new Set(['reply', 'quote', 'comment', 'message', 'met']);
/** Asks for an answer (a reply is one). */
const ASKS: ReadonlySet<InteractionKind> = new Set(['mention', 'quote', 'comment', 'message']);
/** Can open a thread. */
const OPENS: ReadonlySet<InteractionKind> = new Set(['mention', 'message']);

export function periodOf(at: string, by: ConversationPeriod): string {
  if (by === 'year') return at.slice(0, 4);
  if (by === 'month') return at.slice(0, 7);
  return `${at.slice(0, 4)}-Q${Math.floor((Number(at.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Is there a time in the sorted list within (from, to]? */
function anyWithin(times: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length && (times[lo] as number) <= to;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Tally {
  threads: number; replies: number; quotes: number; partners: Set<number>; conversation: number; broadcast: number; waits: number[]; unanswered: number;
}

/** The conversation metrics of one person's exchanges (sorted by time), by period. */
export function conversationRows(person: number, exchanges: readonly Exchange[], by: ConversationPeriod): ConversationRow[] {
  const tallies = new Map<string, Tally>();
  const tally = (at: string) => {
    const key = periodOf(at, by);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { threads: 0, replies: 0, quotes: 0, partners: new Set(), conversation: 0, broadcast: 0, waits: [], unanswered: 0 }));
    return t;
  };
  // Each partner's words to the person and the person's to them, in time order.
  const heard = new Map<number, number[]>();
  for (const [from, to, kind, , at] of exchanges) {
    if (to === person && kind !== 'like') {
      const list = heard.get(from) ?? [];
      list.push(Date.parse(at));
      heard.set(from, list);
    }
  }
  const waiting = new Map<number, string>();
  // When the pair last exchanged a word, either way: a thread opens after 7 days of silence.
  const lastWord = new Map<number, number>();
  for (const [from, to, kind, , at] of exchanges) {
    if (kind === 'like') continue;
    const t = tally(at);
    const time = Date.parse(at);
    const other = from === person ? to : from;
    const silentSince = lastWord.get(other);
    if (WORDS.has(kind)) lastWord.set(other, time);
    if (from === person) {
      const partner = to;
      if (WORDS.has(kind)) t.partners.add(partner);
      const replies = heard.get(partner) ?? [];
      if (CONVERSING.has(kind) || anyWithin(replies, time, time + ANSWER_DAYS * DAY)) t.conversation++;
      else t.broadcast++;
      if (OPENS.has(kind) && (silentSince === undefined || silentSince < time - ANSWER_DAYS * DAY)) t.threads++;
      // Their word ends the partner's wait: one answer, timed from the first word it answers.
      const since = waiting.get(partner);
      if (since !== undefined) {
        tally(since).waits.push((time - Date.parse(since)) / 3_600_000);
        waiting.delete(partner);
      }
    } else {
      if (WORDS.has(kind)) t.partners.add(from);
      if (kind === 'reply') t.replies++;
      if (kind === 'quote') t.quotes++;
      if (ASKS.has(kind) && !waiting.has(from)) waiting.set(from, at);
    }
  }
  for (const since of waiting.values()) tally(since).unanswered++;
  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, t]) => ({
      period,
      threadsStarted: t.threads,
      repliesReceived: t.replies,
      quotesReceived: t.quotes,
      answersPerThread: t.threads ? (t.replies + t.quotes) / t.threads : null,
      partners: t.partners.size,
      conversation: t.conversation,
      broadcast: t.broadcast,
      conversationShare: t.conversation + t.broadcast ? t.conversation / (t.conversation + t.broadcast) : null,
      medianAnswerHours: median(t.waits),
      answered: t.waits.length,
      unanswered: t.unanswered,
    }));
}

/** A person's conversations (the owner's when no person is given), by period. */
export function conversations(db: Db, query: { personId?: number; by?: ConversationPeriod }): Conversations {
  const by = query.by ?? 'month';
  let person: { personId: number; name: string } | null;
  if (query.personId !== undefined) {
    const name = personNames(db, [query.personId]).get(query.personId);
    if (name === undefined) throw new ConversationError(`No person #${query.personId}.`);
    person = { personId: query.personId, name };
  } else {
    person = networkOwner(db);
    if (!person) throw new ConversationError('No owner in this network: give a person (--person ID), or say who you are first.');
  }
  return { person, by, rows: conversationRows(person.personId, exchangesOf(db, person.personId), by), answerDays: ANSWER_DAYS };
}
