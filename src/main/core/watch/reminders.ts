// Reminders from the network's signals (issue #17): a strong tie gone quiet, the only bridge to
// a community gone quiet, a mention or message unanswered after N days, someone who amplifies
// the owner and is never returned. Each signal becomes one dated reminder in the network file;
// done, snoozed and dismissed reminders stay so, and a new signal makes a new reminder.
import { DEFAULT_KIND_WEIGHTS, type InteractionKind } from '../../../shared/domain';
import { MaillageError } from '../../../shared/errors';
import type { Reminder, ReminderDecision, ReminderInbox, ReminderRules } from '../../../shared/watch';
import type { Db } from '../db/connection';
import {
  latestCommunities,
  networkOwner,
  ownerEventAttendance,
  reminderById,
  reminderNotifications,
  remindersWithStatus,
  setReminderStatus,
  storeSignals,
  wakeSnoozed,
  type ReminderSignal,
} from '../db/reminders';
import { exchangesOf } from '../db/exchanges';
import { tieStrength } from '../graph/tie-strength';

export const REMINDER_DEFAULTS: ReminderRules = { unansweredDays: 7, quietDays: 90, amplifications: 3 };

/** As on "My network": strong over a 10-year half-life (≥ 3), now (180 days) under a quarter of it. */
const HISTORY_HALF_LIFE_DAYS = 3650;
const NOW_HALF_LIFE_DAYS = 180;
const STRONG = 3;
const QUIET_SHARE = 0.25;
/** A community worth a bridge: at least this many people. */
const MIN_COMMUNITY = 3;
/** What asks for an answer (a reply is itself an answer: it ends a turn), and what amplifies someone. */
const ASKS_ANSWER: ReadonlySet<InteractionKind> = new Set(['mention', 'quote', 'comment', 'message']);
/** Older than this, an unanswered mention is history, not a reminder (the quiet tie covers it). */
const UNANSWERED_HORIZON_DAYS = 365;
const AMPLIFIES: ReadonlySet<InteractionKind> = new Set(['mention', 'reply', 'quote', 'repost', 'comment']);
const DAY = 86_400_000;

/** A reminder that is not there (not_found) or a decision that cannot be taken (conflict). */
export class ReminderError extends MaillageError {}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Partner {
  /** Owner → partner, partner → owner. */
  lastSent: string | null;
  lastReceived: string | null;
  /** Incoming that asks for an answer, after the owner's last word to them. */
  waiting: string[];
  amplifications: string[];
}

/** The signals of today's network, for its owner. */
export function reminderSignals(db: Db, asOf: number, rules: ReminderRules = REMINDER_DEFAULTS): ReminderSignal[] {
  const owner = networkOwner(db);
  if (!owner) return [];
  const me = owner.personId;
  const exchanges = exchangesOf(db, me);
  const partners = new Map<number, Partner>();
  const partner = (id: number) => {
    let p = partners.get(id);
    if (!p) partners.set(id, (p = { lastSent: null, lastReceived: null, waiting: [], amplifications: [] }));
    return p;
  };
  for (const [from, to, kind, , at] of exchanges) {
    if (Date.parse(at) > asOf) continue;
    if (from === me) {
      const p = partner(to);
      p.lastSent = at;
      p.waiting = []; // the owner spoke to them: everything before is answered
    } else {
      const p = partner(from);
      p.lastReceived = at;
      if (ASKS_ANSWER.has(kind)) p.waiting.push(at);
      if (AMPLIFIES.has(kind)) p.amplifications.push(at);
    }
  }
  const last = (p: Partner) => (p.lastSent ?? '') > (p.lastReceived ?? '') ? p.lastSent : p.lastReceived;
  const signals: ReminderSignal[] = [];
  const today = day(asOf);

  for (const [id, p] of partners) {
    // Unanswered: the oldest mention or message since the owner's last word, N days old.
    const first = p.waiting[0];
    const latest = p.waiting.at(-1);
    if (first !== undefined && latest !== undefined && Date.parse(first) + rules.unansweredDays * DAY <= asOf && Date.parse(latest) + UNANSWERED_HORIZON_DAYS * DAY > asOf) {
      signals.push({ key: `unanswered:${id}:${first}`, kind: 'unanswered', personId: id, details: { since: first, count: p.waiting.length, days: rules.unansweredDays }, dueAt: day(Date.parse(first) + rules.unansweredDays * DAY) });
    }
    // Amplifies the owner, never returned: not one interaction from the owner, ever.
    const nth = p.amplifications[rules.amplifications - 1];
    if (p.lastSent === null && nth !== undefined) {
      signals.push({ key: `unreturned:${id}`, kind: 'unreturned', personId: id, details: { count: p.amplifications.length, lastAt: p.lastReceived }, dueAt: nth.slice(0, 10) });
    }
  }

  // Strong ties gone quiet: tie strength of the owner's pairs (their exchanges and shared events).
  const ids = [me, ...partners.keys()];
  const attendance = ownerEventAttendance(db, me).filter(([person]) => person === me || partners.has(person));
  const index = new Map(ids.map((id, i) => [id, i]));
  for (const [person] of attendance) if (!index.has(person)) index.set(person, index.size);
  const personAt = [...index.keys()];
  const dated = exchanges.filter((e) => Date.parse(e[4]) <= asOf);
  const edges = {
    source: Int32Array.from(dated, (e) => index.get(e[0]) as number),
    target: Int32Array.from(dated, (e) => index.get(e[1]) as number),
    at: Float64Array.from(dated, (e) => Date.parse(e[4])),
    weight: Float64Array.from(dated, (e) => e[3] * DEFAULT_KIND_WEIGHTS[e[2]]),
  };
  const events = [...new Set(attendance.map((a) => a[1]))];
  const eventIndex = new Map(events.map((e, i) => [e, i]));
  const eventAt = new Float64Array(events.length);
  for (const [, event, date] of attendance) eventAt[eventIndex.get(event) as number] = Date.parse(`${date}T12:00:00Z`);
  const shared = { person: Int32Array.from(attendance, (a) => index.get(a[0]) as number), event: Int32Array.from(attendance, (a) => eventIndex.get(a[1]) as number), eventAt };
  const strengths = (halfLifeDays: number) => {
    const ties = tieStrength(index.size, edges, shared, { asOf, halfLifeDays });
    const out = new Map<number, number>();
    for (let k = 0; k < ties.a.length; k++) {
      const a = ties.a[k] as number;
      const b = ties.b[k] as number;
      if (a === 0 || b === 0) out.set(personAt[a === 0 ? b : a] as number, ties.strength[k] as number);
    }
    return out;
  };
  const past = strengths(HISTORY_HALF_LIFE_DAYS);
  const now = strengths(NOW_HALF_LIFE_DAYS);
  for (const [id, strength] of past) {
    const current = now.get(id) ?? 0;
    const p = partners.get(id);
    if (!p || strength < STRONG || current >= strength * QUIET_SHARE) continue;
    const lastAt = last(p);
    signals.push({ key: `quiet_tie:${id}:${lastAt}`, kind: 'quiet_tie', personId: id, details: { lastAt, pastStrength: strength, strengthNow: current }, dueAt: today });
  }

  // The only partner in a community the owner reaches through nobody else, gone quiet.
  const communities = latestCommunities(db);
  if (communities) {
    const mine = communities.community.get(me);
    const reach = new Map<number, number[]>();
    for (const id of partners.keys()) {
      const c = communities.community.get(id);
      if (c !== undefined && c !== mine) reach.set(c, [...(reach.get(c) ?? []), id]);
    }
    for (const [c, via] of reach) {
      const size = communities.size.get(c) ?? 0;
      const [id] = via;
      if (via.length !== 1 || id === undefined || size < MIN_COMMUNITY) continue;
      const lastAt = last(partners.get(id) as Partner);
      if (lastAt === null || Date.parse(lastAt) + rules.quietDays * DAY > asOf) continue;
      signals.push({ key: `quiet_bridge:${id}:${lastAt}`, kind: 'quiet_bridge', personId: id, details: { lastAt, community: c, communitySize: size, days: rules.quietDays }, dueAt: day(Date.parse(lastAt) + rules.quietDays * DAY) });
    }
  }
  return signals;
}

/** Refreshes the inbox from today's signals, then lists what is due and what is snoozed. */
export function reminderInbox(db: Db, asOf: number = Date.now(), rules: ReminderRules = REMINDER_DEFAULTS): ReminderInbox {
  const today = day(asOf);
  const created = storeSignals(db, reminderSignals(db, asOf, rules), new Date(asOf).toISOString());
  wakeSnoozed(db, today);
  return {
    me: networkOwner(db),
    asOf: today,
    due: remindersWithStatus(db, 'open'),
    snoozed: remindersWithStatus(db, 'snoozed'),
    created,
    notify: reminderNotifications(db),
    rules,
  };
}

/** Done, dismissed, snoozed until a later date, or open again. */
export function decideReminder(db: Db, id: number, decision: ReminderDecision, until: string | undefined, asOf: number = Date.now()): Reminder {
  const reminder = reminderById(db, id);
  if (!reminder) throw new ReminderError('not_found', `No reminder #${id}.`);
  const now = new Date(asOf).toISOString();
  if (decision === 'snooze') {
    if (until === undefined) throw new ReminderError('conflict', `To snooze reminder #${id}, give the date it comes back (--until DATE).`);
    if (until <= day(asOf)) throw new ReminderError('conflict', `A snooze runs until a later date than today (${day(asOf)}), got ${until}.`);
    setReminderStatus(db, id, 'snoozed', until, now);
  } else {
    if (until !== undefined) throw new ReminderError('conflict', `Only a snooze takes a date (--until); "${decision}" does not.`);
    setReminderStatus(db, id, decision === 'done' ? 'done' : decision === 'dismiss' ? 'dismissed' : 'open', null, decision === 'reopen' ? null : now);
  }
  return reminderById(db, id) as Reminder;
}
