// Influence (PageRank on a 0–100 scale) and the influence × audience quadrant (DESIGN.md).
//
// "Influence is not audience": influence comes from G, audience from followers. The quadrant
// places each person against the network's medians:
//   star      influence > median, audience > median
//   expert    influence > median, audience ≤ median   (influential without a big following)
//   megaphone influence ≤ median, audience > median   (big following, little influence)
//   peer      influence ≤ median, audience ≤ median
// Values EQUAL to the median count as low: in a network where most audiences are 0 (unknown
// followers, no follow edges), the median is 0 and those people must not be "high audience".
// The median of an even count is the mean of the two middle values; NaN values are ignored
// in the median and give quadrant "unknown".

import { GraphInputError } from './csr';

/** Rescales PageRank so the network's minimum is 0 and its maximum 100. When nobody stands
 * out — all scores equal within 1e-12 relative (one person, a mutual pair, a cycle, no
 * interactions) — everyone gets 0: influence measures standing out, and float noise must
 * not be stretched into a 0–100 spread. */
export function influence(pagerank: Float64Array): Float64Array {
  const n = pagerank.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = pagerank[i]!;
    if (!Number.isFinite(x)) throw new GraphInputError(`influence: PageRank of person ${i} is ${x}`);
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const result = new Float64Array(n);
  const span = max - min;
  if (n === 0 || span <= 1e-12 * Math.abs(max)) return result;
  // Divide before scaling so the maximum maps to exactly 100 ((max − min) / span is 1).
  for (let i = 0; i < n; i++) result[i] = 100 * ((pagerank[i]! - min) / span);
  return result;
}

export const QUADRANTS = ['peer', 'megaphone', 'expert', 'star'] as const;
export type Quadrant = (typeof QUADRANTS)[number] | 'unknown';
/** Code stored in QuadrantResult.code for 'unknown'. */
export const QUADRANT_UNKNOWN = 255;

/** Median of the finite values; NaN if there are none. */
export function median(values: Float64Array): number {
  const finite = values.filter((x) => !Number.isNaN(x)).sort();
  const n = finite.length;
  if (n === 0) return NaN;
  const mid = n >>> 1;
  return n % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}

export interface QuadrantResult {
  /** Per person: index into QUADRANTS (peer 0, megaphone 1, expert 2, star 3) or 255 unknown.
   * Bit 1 = high influence, bit 0 = high audience. */
  code: Uint8Array;
  influenceMedian: number;
  audienceMedian: number;
}

export function quadrant(influenceScores: Float64Array, audience: Float64Array): QuadrantResult {
  if (influenceScores.length !== audience.length) {
    throw new GraphInputError(`quadrant: ${influenceScores.length} influence values but ${audience.length} audience values`);
  }
  const influenceMedian = median(influenceScores);
  const audienceMedian = median(audience);
  const code = new Uint8Array(influenceScores.length);
  for (let i = 0; i < code.length; i++) {
    const x = influenceScores[i]!;
    const y = audience[i]!;
    code[i] = Number.isNaN(x) || Number.isNaN(y) ? QUADRANT_UNKNOWN : (x > influenceMedian ? 2 : 0) | (y > audienceMedian ? 1 : 0);
  }
  return { code, influenceMedian, audienceMedian };
}

export function quadrantName(code: number): Quadrant {
  return QUADRANTS[code] ?? 'unknown';
}
