// Tie strength (DESIGN.md: decayed interactions both ways plus co-attendance, half-life
// configurable), keyed by person ids: the one reader every view calls — the network view,
// My network and the person panel's explanation — so a pair has one strength everywhere.
import { DEFAULT_KIND_WEIGHTS, type GraphQuery, type InteractionKind } from '../../shared/domain';
import type { Db } from './db/connection';
import { attendedEvents, datedInteractions, windowEnd, type DatedAttendance, type DatedInteraction } from './db/interactions';
import { tieStrength, TIE_STRENGTH_DEFAULTS } from './graph/tie-strength';

export interface TieOptions {
  /** Reference time (ms); DEFAULT the end of the window, or now. */
  asOf?: number;
  halfLifeDays?: number;
  weights?: Record<InteractionKind, number>;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The "now" of a window: its end when it has one (so an old window is not decayed to nothing). */
export function windowAsOf(query: GraphQuery, now: number = Date.now()): number {
  return query.to ? Date.parse(windowEnd(query.to)) : now;
}

/** An event (a day) is placed at noon UTC, so that it is the same day in every time zone. */
export function eventTime(date: string): number {
  return Date.parse(`${date}T12:00:00Z`);
}

export function networkTieStrengths(db: Db, query: GraphQuery, options: TieOptions = {}): Map<string, number> {
  const { ids, ties } = strengths(datedInteractions(db, query), attendedEvents(db), query, options);
  const result = new Map<string, number>();
  for (let k = 0; k < ties.a.length; k++) result.set(pairKey(ids[ties.a[k] as number] as number, ids[ties.b[k] as number] as number), ties.strength[k] as number);
  return result;
}

/** The strength of each of one person's ties, by partner id: the same values as networkTieStrengths, read for one person. */
export function personTieStrengths(db: Db, personId: number, query: GraphQuery, options: TieOptions = {}): Map<number, number> {
  const { ids, ties } = strengths(datedInteractions(db, query, personId), attendedEvents(db, personId), query, options, personId);
  const result = new Map<number, number>();
  for (let k = 0; k < ties.a.length; k++) {
    // The person is node 0, and pairs come as a < b: the person's pairs are those with a = 0.
    if (ties.a[k] !== 0) continue;
    result.set(ids[ties.b[k] as number] as number, ties.strength[k] as number);
  }
  return result;
}

function strengths(rows: DatedInteraction[], attended: DatedAttendance[], query: GraphQuery, options: TieOptions, first?: number) {
  const weights = options.weights ?? DEFAULT_KIND_WEIGHTS;
  const asOf = options.asOf ?? windowAsOf(query);
  const ids: number[] = [];
  const index = new Map<number, number>();
  const indexOf = (id: number) => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      index.set(id, i);
    }
    return i;
  };
  if (first !== undefined) indexOf(first);
  const source = new Int32Array(rows.length);
  const target = new Int32Array(rows.length);
  const at = new Float64Array(rows.length);
  const weight = new Float64Array(rows.length);
  rows.forEach(([from, to, kind, w, when], k) => {
    source[k] = indexOf(from);
    target[k] = indexOf(to);
    at[k] = Date.parse(when);
    weight[k] = w * weights[kind];
  });
  const eventIndex = new Map<number, number>();
  const eventAt: number[] = [];
  const person = new Int32Array(attended.length);
  const event = new Int32Array(attended.length);
  attended.forEach(([p, e, date], k) => {
    if (!eventIndex.has(e)) {
      eventIndex.set(e, eventAt.length);
      eventAt.push(eventTime(date));
    }
    person[k] = indexOf(p);
    event[k] = eventIndex.get(e) as number;
  });
  const ties = tieStrength(ids.length, { source, target, at, weight }, { person, event, eventAt: Float64Array.from(eventAt) }, {
    asOf,
    halfLifeDays: options.halfLifeDays ?? TIE_STRENGTH_DEFAULTS.halfLifeDays,
  });
  return { ids, ties };
}
