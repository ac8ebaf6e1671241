// The BFS kernel under betweenness and closeness: one breadth-first search per source, with
// Brandes' path counting and dependency accumulation when betweenness is wanted, and the
// 1/d credit of harmonic closeness when closeness is wanted. Sharing it lets computeScores
// run both scores off the same searches when they use the same sources.
//
// Speed (this is the hot loop of the whole score run):
// - one flat Int32Array is the BFS queue and, read backwards, Brandes' stack; nothing is
//   allocated per source and only visited nodes are reset;
// - no predecessor lists: the dependency pass pulls from successors;
// - the dependency pass runs level by level with a coefficient array c that is non-zero only
//   for the level just below, so its inner loop is a branch-free sum Σ c[w] over out-edges
//   (no distance test per edge);
// - nodes are relabelled by decreasing in-degree first, so the people most BFS steps land on
//   share cache lines.

import type { CsrGraph } from './csr';
import { checkpoint } from './progress';
import type { LongRun } from './progress';

export interface PathSums {
  /** Σ over sources of the pair dependency δ_s(v), and of its square (for the sampling error). */
  betweenness: Float64Array | null;
  betweennessSq: Float64Array | null;
  /** Σ over sources of 1/d(s, v), and of its square. */
  closeness: Float64Array | null;
  closenessSq: Float64Array | null;
}

/** Relabels nodes by decreasing in-degree: returns the permuted out-adjacency and the maps. */
function relabel(graph: CsrGraph): { offsets: Int32Array; neighbours: Int32Array; newOf: Int32Array; oldOf: Int32Array } {
  const n = graph.nodeCount;
  const inOff = graph.incoming.offsets;
  const oldOf = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => inOff[b + 1]! - inOff[b]! - (inOff[a + 1]! - inOff[a]!) || a - b,
  );
  const newOf = new Int32Array(n);
  for (let i = 0; i < n; i++) newOf[oldOf[i]!] = i;
  const { offsets: oo, neighbours: on } = graph.outgoing;
  const offsets = new Int32Array(n + 1);
  const neighbours = new Int32Array(on.length);
  for (let i = 0; i < n; i++) {
    const u = oldOf[i]!;
    let pos = offsets[i]!;
    for (let e = oo[u]!; e < oo[u + 1]!; e++) neighbours[pos++] = newOf[on[e]!]!;
    offsets[i + 1] = pos;
  }
  return { offsets, neighbours, newOf, oldOf };
}

export function shortestPathSums(
  graph: CsrGraph,
  sources: Int32Array,
  want: { betweenness: boolean; closeness: boolean; squares: boolean },
  run: LongRun | undefined,
  what: string,
): PathSums {
  const n = graph.nodeCount;
  const { offsets, neighbours, newOf, oldOf } = relabel(graph);
  const bc = want.betweenness ? new Float64Array(n) : null;
  const bcSq = want.betweenness && want.squares ? new Float64Array(n) : null;
  const cc = want.closeness ? new Float64Array(n) : null;
  const ccSq = want.closeness && want.squares ? new Float64Array(n) : null;
  const dist = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  const sigma = new Float64Array(n);
  const coeff = new Float64Array(n); // (1 + δ[w]) / σ[w] for the level below the current one
  const pending = new Float64Array(n); // the current level's coefficients, by queue position
  const order = new Int32Array(n);
  const levelStart = new Int32Array(n + 3);
  const inverse = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) inverse[d] = 1 / d;
  const k = sources.length;
  const every = Math.max(1, Math.floor(k / 200));

  for (let i = 0; i < k; i++) {
    if (i % every === 0) checkpoint(run, what, i, k);
    const s = newOf[sources[i]!]!;
    if (offsets[s + 1] === offsets[s]) continue; // reaches nobody: contributes nothing
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let levels = 0; // levelStart[L] = first queue position at distance L
    levelStart[0] = 0;
    if (bc !== null) {
      while (head < tail) {
        const v = order[head]!;
        const dv = dist[v]! + 1;
        if (dv > levels) levelStart[(levels = dv)] = tail; // first of this frontier's children
        head++;
        const sv = sigma[v]!;
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
          const w = neighbours[e]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = dv;
            sigma[w] = sv;
            order[tail++] = w;
          } else if (dw === dv) {
            sigma[w]! += sv;
          }
        }
      }
    } else {
      // Closeness only: no path counts, so a byte per node marks "seen" (fits in L1/L2
      // where an Int32 distance would not) and levels come from the queue positions.
      seen[s] = 1;
      let levelEnd = 1;
      levels = 1;
      levelStart[1] = 1;
      while (head < tail) {
        if (head === levelEnd) {
          levelStart[++levels] = tail;
          levelEnd = tail;
        }
        const v = order[head++]!;
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
          const w = neighbours[e]!;
          if (seen[w] === 0) {
            seen[w] = 1;
            order[tail++] = w;
          }
        }
      }
      if (levelStart[levels] !== tail) levelStart[++levels] = tail;
    }
    levelStart[levels + 1] = tail;
    levelStart[levels + 2] = tail;
    // levelStart[levels] may equal tail (the deepest frontier found no children).
    const deepest = levelStart[levels] === tail ? levels - 1 : levels;

    if (cc !== null) {
      for (let L = 1; L <= deepest; L++) {
        const add = inverse[L]!;
        for (let j = levelStart[L]!; j < levelStart[L + 1]!; j++) {
          const w = order[j]!;
          cc[w]! += add;
          if (ccSq !== null) ccSq[w]! += add * add;
        }
      }
    }

    if (bc !== null) {
      for (let L = deepest; L >= 1; L--) {
        const from = levelStart[L]!;
        const to = levelStart[L + 1]!;
        for (let j = from; j < to; j++) {
          const v = order[j]!;
          let acc = 0;
          for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) acc += coeff[neighbours[e]!]!;
          const sv = sigma[v]!;
          const dep = sv * acc;
          pending[j] = (1 + dep) / sv;
          bc[v]! += dep;
          if (bcSq !== null) bcSq[v]! += dep * dep;
        }
        // Level L+1's coefficients are spent; publish level L's.
        for (let j = to; j < levelStart[L + 2]!; j++) coeff[order[j]!] = 0;
        for (let j = from; j < to; j++) coeff[order[j]!] = pending[j]!;
      }
    }
    for (let j = 0; j < tail; j++) {
      const v = order[j]!;
      dist[v] = -1;
      coeff[v] = 0;
      seen[v] = 0;
    }
  }
  checkpoint(run, what, k, k);

  const back = (x: Float64Array | null): Float64Array | null => {
    if (x === null) return null;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[oldOf[i]!] = x[i]!;
    return out;
  };
  return { betweenness: back(bc), betweennessSq: back(bcSq), closeness: back(cc), closenessSq: back(ccSq) };
}
