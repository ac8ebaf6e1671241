// Tie strength for every pair of the network (DESIGN.md: decayed interactions both ways plus
// co-attendance, half-life configurable), keyed by person ids.
import { DEFAULT_KIND_WEIGHTS, type GraphQuery, type InteractionKind } from '../../shared/domain';
import type { Db } from './db/connection';
import { tieStrength, TIE_STRENGTH_DEFAULTS } from './graph/tie-strength';
import { interactionFilter } from './interaction-filter';

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
export function windowAsOf(query: GraphQuery): number {
  if (!query.to) return Date.now();
  return Date.parse(query.to.length === 10 ? `${query.to}T23:59:59.999Z` : query.to);
}

export function networkTieStrengths(db: Db, query: GraphQuery, options: TieOptions = {}): Map<string, number> {
  const weights = options.weights ?? DEFAULT_KIND_WEIGHTS;
  const asOf = options.asOf ?? windowAsOf(query);
  const { clause, params } = interactionFilter(query);
  const rows = db
    .prepare(`SELECT i.from_person_id, i.to_person_id, i.kind, i.weight, i.at FROM interaction i ${clause}${clause ? ' AND' : ' WHERE'} i.at IS NOT NULL`)
    .raw()
    .all(params) as Array<[number, number, InteractionKind, number, string]>;
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
  const attended = db
    .prepare("SELECT a.person_id, a.event_id, e.date FROM attendance a JOIN event e ON e.id = a.event_id WHERE a.status = 'attended' AND e.date IS NOT NULL")
    .raw()
    .all() as Array<[number, number, string]>;
  const eventIndex = new Map<number, number>();
  const eventAt: number[] = [];
  const person = new Int32Array(attended.length);
  const event = new Int32Array(attended.length);
  attended.forEach(([p, e, date], k) => {
    if (!eventIndex.has(e)) {
      eventIndex.set(e, eventAt.length);
      eventAt.push(Date.parse(`${date}T12:00:00Z`));
    }
    person[k] = indexOf(p);
    event[k] = eventIndex.get(e) as number;
  });
  const ties = tieStrength(ids.length, { source, target, at, weight }, { person, event, eventAt: Float64Array.from(eventAt) }, {
    asOf,
    halfLifeDays: options.halfLifeDays ?? TIE_STRENGTH_DEFAULTS.halfLifeDays,
  });
  const strengths = new Map<string, number>();
  for (let k = 0; k < ties.a.length; k++) strengths.set(pairKey(ids[ties.a[k] as number] as number, ids[ties.b[k] as number] as number), ties.strength[k] as number);
  return strengths;
}
