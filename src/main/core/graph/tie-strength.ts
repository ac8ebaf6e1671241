// Tie strength per pair: recent interactions both ways plus shared events, decayed by age.
//
// DESIGN.md idea 4 ("physical and online networking reinforce each other"), in the spirit of
// Granovetter's tie strength (frequency, recency, shared contexts) with exponential decay:
//   strength(u,v) = Σ_{interactions i between u and v, either direction} weight_i · ½^(age_i/h)
//                 + coAttendanceWeight · Σ_{events e both attended} ½^(age_e/h)
// age in days before asOf, h = halfLifeDays. An interaction h days old counts half.
// Items dated after asOf are left out (asOf closes the scoring window); items without a
// valid time are left out and counted, so the caller can warn.

import { GraphInputError } from './csr';

export interface TieInteractions {
  source: Int32Array;
  target: Int32Array;
  /** Epoch milliseconds. */
  at: Float64Array;
  /** Kind weight of each interaction (e.g. 1 mention, 0.5 repost). DEFAULT 1 each. */
  weight?: Float64Array;
}

export interface TieAttendance {
  /** One entry per person × event attended. */
  person: Int32Array;
  event: Int32Array;
  /** Epoch milliseconds of each event, indexed by event. */
  eventAt: Float64Array;
}

export interface TieStrengthOptions {
  /** Reference time, epoch ms: ages are measured back from it. Required. */
  asOf: number;
  /** DEFAULT 180 days: a tie unrefreshed for half a year counts half. */
  halfLifeDays?: number;
  /** Weight of attending the same event, relative to one interaction of weight 1. DEFAULT 1. */
  coAttendanceWeight?: number;
  /** Events with more attendees than this add no co-attendance. DEFAULT 2,000: sharing a
   * 5,000-seat conference says little about a tie, and its ~12.5M pairs would dominate
   * memory. */
  maxEventSize?: number;
}

export const TIE_STRENGTH_DEFAULTS = { halfLifeDays: 180, coAttendanceWeight: 1, maxEventSize: 2_000 } as const;

export interface TieStrengthResult {
  /** Pairs a < b, sorted by (a, b). */
  a: Int32Array;
  b: Int32Array;
  strength: Float64Array;
  skippedUndated: number;
  skippedFuture: number;
  skippedLargeEvents: number;
}

const DAY_MS = 86_400_000;

export function tieStrength(
  nodeCount: number,
  interactions: TieInteractions,
  attendance: TieAttendance | null,
  options: TieStrengthOptions,
): TieStrengthResult {
  const { asOf } = options;
  const halfLife = options.halfLifeDays ?? TIE_STRENGTH_DEFAULTS.halfLifeDays;
  const coWeight = options.coAttendanceWeight ?? TIE_STRENGTH_DEFAULTS.coAttendanceWeight;
  const maxEventSize = options.maxEventSize ?? TIE_STRENGTH_DEFAULTS.maxEventSize;
  if (!Number.isFinite(asOf)) throw new GraphInputError(`tieStrength: asOf must be a time in ms, got ${asOf}`);
  if (!(halfLife > 0) || !Number.isFinite(halfLife)) throw new GraphInputError(`tieStrength: halfLifeDays must be > 0, got ${halfLife}`);
  if (!(coWeight >= 0)) throw new GraphInputError(`tieStrength: coAttendanceWeight must be ≥ 0, got ${coWeight}`);
  const { source, target, at, weight } = interactions;
  if (source.length !== target.length || source.length !== at.length || (weight && weight.length !== source.length)) {
    throw new GraphInputError('tieStrength: interaction arrays must have the same length');
  }
  // The pair key u·n + v stays an exact integer below 2^53 for any realistic n.
  if (nodeCount > 94_906_265) throw new GraphInputError(`tieStrength: too many people (${nodeCount})`);
  const decayPerMs = Math.LN2 / (halfLife * DAY_MS);
  const sums = new Map<number, number>();
  const add = (u: number, v: number, amount: number): void => {
    const key = u < v ? u * nodeCount + v : v * nodeCount + u;
    sums.set(key, (sums.get(key) ?? 0) + amount);
  };
  const checkNode = (x: number, what: string, i: number): void => {
    if (!Number.isInteger(x) || x < 0 || x >= nodeCount) {
      throw new GraphInputError(`tieStrength: ${what} ${i}: person ${x} is outside 0..${nodeCount - 1}`);
    }
  };
  let skippedUndated = 0;
  let skippedFuture = 0;
  for (let i = 0; i < source.length; i++) {
    const u = source[i]!;
    const v = target[i]!;
    checkNode(u, 'interaction', i);
    checkNode(v, 'interaction', i);
    const t = at[i]!;
    const w = weight ? weight[i]! : 1;
    if (!(w >= 0)) throw new GraphInputError(`tieStrength: interaction ${i}: weight must be ≥ 0, got ${w}`);
    if (u === v || w === 0) continue;
    if (!Number.isFinite(t)) skippedUndated++;
    else if (t > asOf) skippedFuture++;
    else add(u, v, w * Math.exp(-(asOf - t) * decayPerMs));
  }

  let skippedLargeEvents = 0;
  if (attendance !== null && coWeight > 0) {
    const { person, event, eventAt } = attendance;
    if (person.length !== event.length) throw new GraphInputError('tieStrength: attendance arrays must have the same length');
    const byEvent = new Map<number, number[]>();
    for (let i = 0; i < person.length; i++) {
      checkNode(person[i]!, 'attendance', i);
      const e = event[i]!;
      if (!Number.isInteger(e) || e < 0 || e >= eventAt.length) {
        throw new GraphInputError(`tieStrength: attendance ${i}: event ${e} has no date entry (0..${eventAt.length - 1})`);
      }
      const list = byEvent.get(e);
      if (list) list.push(person[i]!);
      else byEvent.set(e, [person[i]!]);
    }
    for (const [e, people] of byEvent) {
      const t = eventAt[e]!;
      if (!Number.isFinite(t)) {
        skippedUndated++;
        continue;
      }
      if (t > asOf) {
        skippedFuture++;
        continue;
      }
      const unique = [...new Set(people)].sort((x, y) => x - y);
      if (unique.length > maxEventSize) {
        skippedLargeEvents++;
        continue;
      }
      const amount = coWeight * Math.exp(-(asOf - t) * decayPerMs);
      for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) add(unique[i]!, unique[j]!, amount);
    }
  }

  const keys = Float64Array.from(sums.keys()).sort();
  const a = new Int32Array(keys.length);
  const b = new Int32Array(keys.length);
  const strength = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    a[i] = Math.floor(key / nodeCount);
    b[i] = key - a[i]! * nodeCount;
    strength[i] = sums.get(key)!;
  });
  return { a, b, strength, skippedUndated, skippedFuture, skippedLargeEvents };
}
