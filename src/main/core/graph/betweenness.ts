// Shortest-path betweenness of G: who sits on the paths between others (brokerage).
//
// Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
// on hop counts (weights ignored), directed, endpoints excluded, normalised by
// 1/((n−1)(n−2)) — exactly networkx 2.8 betweenness_centrality(G) on a DiGraph (no
// normalisation when n ≤ 2, where every score is 0 anyway). Above exactThreshold, pivots are
// sampled and scaled by n/k like betweenness_centrality(G, k=...); see sampling.ts for the
// reported error.
//
// The BFS and accumulation live in shortest-paths.ts (shared with closeness).

import type { CsrGraph } from './csr';
import type { LongRun } from './progress';
import { chooseSources, finishSampled } from './sampling';
import { shortestPathSums } from './shortest-paths';
import type { SampleReport, SamplingOptions } from './sampling';

export interface BetweennessOptions extends SamplingOptions, LongRun {}

/** exactThreshold DEFAULT 10,000 people: exact costs ~2·n·m edge visits — about 9 s at 10k
 * people / 100k ties on a 2-core laptop (bench/), still a background task with a progress
 * bar; beyond that it grows as n·m. Above it, DEFAULT 1,000 sampled pivots (≥ 10× cheaper
 * than exact just past the threshold; ~14 s at 100k / 1M), with the RMS error reported. */
export const BETWEENNESS_DEFAULTS = { exactThreshold: 10_000, samples: 1_000, seed: 1 } as const;

export interface BetweennessResult extends SampleReport {
  scores: Float64Array;
  /** Sources run: n when exact. */
  pivots: number;
}

export function betweenness(graph: CsrGraph, options: BetweennessOptions = {}): BetweennessResult {
  const n = graph.nodeCount;
  const { sources, exact } = chooseSources(
    'betweenness',
    n,
    options.exactThreshold ?? BETWEENNESS_DEFAULTS.exactThreshold,
    options.samples ?? BETWEENNESS_DEFAULTS.samples,
    options.seed ?? BETWEENNESS_DEFAULTS.seed,
  );
  const sums = shortestPathSums(graph, sources, { betweenness: true, closeness: false, squares: !exact }, options, 'betweenness');
  const score = sums.betweenness!;
  const k = sources.length;
  const report = finishSampled(score, sums.betweennessSq, n, k, n > 2 ? 1 / ((n - 1) * (n - 2)) : 1);
  return { scores: score, pivots: k, ...report };
}
