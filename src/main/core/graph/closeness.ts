// Harmonic closeness of G: how easily a person is reached by the rest of the network.
//
// Marchiori & Latora, "Harmony in the small-world", Physica A 285, 2000; Boldi & Vigna,
// "Axioms for centrality", Internet Math. 10, 2014. We match networkx 2.8
// harmonic_centrality(G) / (n − 1) on the DiGraph (hop counts). Subtlety: networkx runs
// shortest_path_length(G, v) from every source v and adds 1/d(v, u) to u — so a person's
// closeness sums distances FROM the others TO them (in-closeness: being reached, e.g.
// relayed to), not from them to others. We do the same: BFS forward along out-edges from each
// source and credit every node reached. 0 for n ≤ 1.
// Above exactThreshold, sources are sampled and scaled by n/k (sampling.ts).

import type { CsrGraph } from './csr';
import type { LongRun } from './progress';
import { chooseSources, finishSampled } from './sampling';
import { shortestPathSums } from './shortest-paths';
import type { SampleReport, SamplingOptions } from './sampling';

export interface ClosenessOptions extends SamplingOptions, LongRun {}

/** Same threshold, sample size and seed as betweenness, so computeScores can run both off
 * the same searches: DEFAULT exact up to 10,000 people, 1,000 sampled sources above. */
export const CLOSENESS_DEFAULTS = { exactThreshold: 10_000, samples: 1_000, seed: 1 } as const;

export interface ClosenessResult extends SampleReport {
  scores: Float64Array;
  /** BFS sources run: n when exact. */
  sources: number;
}

export function closeness(graph: CsrGraph, options: ClosenessOptions = {}): ClosenessResult {
  const n = graph.nodeCount;
  const { sources, exact } = chooseSources(
    'closeness',
    n,
    options.exactThreshold ?? CLOSENESS_DEFAULTS.exactThreshold,
    options.samples ?? CLOSENESS_DEFAULTS.samples,
    options.seed ?? CLOSENESS_DEFAULTS.seed,
  );
  const sums = shortestPathSums(graph, sources, { betweenness: false, closeness: true, squares: !exact }, options, 'closeness');
  const score = sums.closeness!;
  const k = sources.length;
  const report = finishSampled(score, sums.closenessSq, n, k, n > 1 ? 1 / (n - 1) : 0);
  return { scores: score, sources: k, ...report };
}
