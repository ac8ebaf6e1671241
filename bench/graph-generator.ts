// Seeded synthetic mention graphs for the bench and the large-graph tests: directed,
// scale-free in- and out-degrees, about 30 % of ties reciprocated, kind-weighted counts.
//
// Model: each person gets a popularity (chance to be mentioned) ∝ rank^-0.8 and an activity
// (chance to mention) ∝ rank^-0.5 over independent random rankings — a Zipf/Chung–Lu style
// fitness model, which gives in-degree tail exponent ≈ 1 + 1/0.8 = 2.25, typical of mention
// networks. A drawn tie u→v is answered v→u with probability p; since a mutual pair holds 2
// of the (1 + p) expected edges, edge reciprocity ≈ 2p / (1 + p), so p = 0.18 gives ≈ 0.31,
// less the answers that hit an already-drawn tie, plus reverses drawn by chance: ≈ 0.3.

import { seededRandom } from '../src/main/core/graph/random';
import type { EdgeListInput } from '../src/main/core/graph/csr';

export interface MentionGraphOptions {
  people: number;
  /** Distinct directed ties u→v to generate (exact). */
  ties: number;
  seed?: number;
  /** Probability that a drawn tie is answered. DEFAULT 0.18 (≈ 0.3 edge reciprocity). */
  answer?: number;
}

/** Cumulative weights ∝ (rank+1)^-exponent for a random ranking of the people. */
function fitness(n: number, exponent: number, random: () => number): Float64Array {
  const rankOf = new Int32Array(n);
  for (let i = 0; i < n; i++) rankOf[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = rankOf[i]!;
    rankOf[i] = rankOf[j]!;
    rankOf[j] = t;
  }
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += (rankOf[i]! + 1) ** -exponent;
    cumulative[i] = total;
  }
  for (let i = 0; i < n; i++) cumulative[i] = cumulative[i]! / total;
  return cumulative;
}

function draw(cumulative: Float64Array, random: () => number): number {
  const x = random();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KIND_WEIGHTS = [1, 1, 1, 1, 0.5, 0.5, 0.25]; // mostly mentions/replies, some reposts, likes

export function mentionGraph(options: MentionGraphOptions): EdgeListInput {
  const { people: n, ties } = options;
  const random = seededRandom(options.seed ?? 1);
  const answer = options.answer ?? 0.18;
  if (ties > n * (n - 1)) throw new Error(`mentionGraph: ${ties} ties cannot fit among ${n} people`);
  const popularity = fitness(n, 0.8, random);
  const activity = fitness(n, 0.5, random);
  const source = new Int32Array(ties);
  const target = new Int32Array(ties);
  const weight = new Float64Array(ties);
  const seen = new Set<number>();
  let m = 0;
  const add = (u: number, v: number): void => {
    const key = u * n + v;
    if (u === v || seen.has(key) || m >= ties) return;
    seen.add(key);
    source[m] = u;
    target[m] = v;
    // 1 + geometric number of repeat interactions, times a kind weight.
    let count = 1;
    while (random() < 0.4) count++;
    weight[m] = count * KIND_WEIGHTS[Math.floor(random() * KIND_WEIGHTS.length)]!;
    m++;
  };
  while (m < ties) {
    const u = draw(activity, random);
    const v = draw(popularity, random);
    add(u, v);
    if (random() < answer) add(v, u);
  }
  return { nodeCount: n, source, target, weight };
}
