// Weighted PageRank of G: the basis of "influence" (DESIGN.md, Scores).
//
// Definition: Page, Brin, Motwani & Winograd, "The PageRank citation ranking" (1999), in the
// form networkx 2.8 computes with pagerank(G, alpha=0.85, weight="weight") — see
// networkx/algorithms/link_analysis/pagerank_alg.py, _pagerank_scipy:
//   x' = alpha * (x·P + (Σ_{dangling d} x_d) / N) + (1 - alpha) / N
// where P[u][v] = w(u,v) / Σ_v' w(u,v'), dangling nodes (no outgoing weight) spread their
// mass uniformly, no personalization, start x = 1/N.
// One deliberate difference: networkx stops when the L1 change < N·tol (tol = 1e-6, so
// 1e-2 at N = 10k — loose); we stop when the L1 change itself < tolerance (1e-10), which
// pins every score to ~1e-10 absolute.

import type { CsrGraph } from './csr';
import { GraphInputError } from './csr';
import { checkpoint } from './progress';
import type { LongRun } from './progress';

export interface PageRankOptions extends LongRun {
  /** Damping factor, DEFAULT 0.85 (networkx's and the original paper's). */
  alpha?: number;
  /** Stop when Σ|x' − x| < tolerance. DEFAULT 1e-10. */
  tolerance?: number;
  /** DEFAULT 1000. At alpha 0.85 the error shrinks at least 0.85× per iteration, so 1e-10
   * takes at most ~150; hitting the cap means a bad alpha, reported as converged: false. */
  maxIterations?: number;
}

export const PAGERANK_DEFAULTS = { alpha: 0.85, tolerance: 1e-10, maxIterations: 1000 } as const;

export interface PageRankResult {
  scores: Float64Array;
  iterations: number;
  /** L1 change of the last iteration. */
  error: number;
  converged: boolean;
}

export function pagerank(graph: CsrGraph, options: PageRankOptions = {}): PageRankResult {
  const alpha = options.alpha ?? PAGERANK_DEFAULTS.alpha;
  const tolerance = options.tolerance ?? PAGERANK_DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? PAGERANK_DEFAULTS.maxIterations;
  if (!(alpha >= 0 && alpha < 1)) throw new GraphInputError(`pagerank: alpha must be in [0, 1), got ${alpha}`);
  if (!(tolerance > 0)) throw new GraphInputError(`pagerank: tolerance must be > 0, got ${tolerance}`);
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new GraphInputError(`pagerank: maxIterations must be a positive integer, got ${maxIterations}`);
  }
  const n = graph.nodeCount;
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, error: 0, converged: true };

  const { offsets, neighbours, weights } = graph.incoming;
  const outWeight = graph.outWeight;
  // 1 / out-weight, 0 for dangling nodes: one multiply per node per iteration instead of a
  // divide per edge.
  const invOut = new Float64Array(n);
  for (let u = 0; u < n; u++) invOut[u] = outWeight[u]! > 0 ? 1 / outWeight[u]! : 0;

  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n); // x[u] / outWeight(u)
  let error = Infinity;
  let iterations = 0;
  while (iterations < maxIterations) {
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      if (invOut[u] === 0) dangling += x[u]!;
      share[u] = x[u]! * invOut[u]!;
    }
    const base = (alpha * dangling) / n + (1 - alpha) / n;
    error = 0;
    for (let v = 0; v < n; v++) {
      let sum = 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) sum += share[neighbours[e]!]! * weights[e]!;
      const value = alpha * sum + base;
      next[v] = value;
      error += Math.abs(value - x[v]!);
    }
    [x, next] = [next, x];
    iterations++;
    if (error < tolerance) break;
    checkpoint(options, 'PageRank', iterations, maxIterations);
  }
  return { scores: x, iterations, error, converged: error < tolerance };
}

export interface PageRankContribution {
  /** The in-neighbour u. */
  from: number;
  /** alpha · pr[u] · w(u,v) / outWeight(u): the part of pr[v] that flows along u→v. */
  contribution: number;
  /** contribution / pr[v]. */
  share: number;
}

export interface PageRankExplanation {
  node: number;
  score: number;
  /** The top k in-neighbours by contribution (ties: lower index first). */
  top: PageRankContribution[];
  /** Share of pr[v] that comes from every other in-neighbour together. */
  otherNeighboursShare: number;
  /** Share from teleportation (1−alpha)/N and from dangling mass spread to everyone: the
   * part of the score nobody in particular gives. */
  baselineShare: number;
}

/** Who contributes most of a person's PageRank: "a ranking can explain itself" (DESIGN.md).
 * pr must be the converged scores of the same graph and alpha. */
export function pagerankContributions(
  graph: CsrGraph,
  pr: Float64Array,
  node: number,
  k: number,
  alpha: number = PAGERANK_DEFAULTS.alpha,
): PageRankExplanation {
  const n = graph.nodeCount;
  if (pr.length !== n) throw new GraphInputError(`pagerankContributions: ${pr.length} scores for ${n} nodes`);
  if (!Number.isInteger(node) || node < 0 || node >= n) {
    throw new GraphInputError(`pagerankContributions: node ${node} is outside 0..${n - 1}`);
  }
  if (!Number.isInteger(k) || k < 0) throw new GraphInputError(`pagerankContributions: k must be an integer ≥ 0, got ${k}`);
  const score = pr[node]!;
  const { offsets, neighbours, weights } = graph.incoming;
  const all: PageRankContribution[] = [];
  let total = 0;
  for (let e = offsets[node]!; e < offsets[node + 1]!; e++) {
    const u = neighbours[e]!;
    const contribution = (alpha * pr[u]! * weights[e]!) / graph.outWeight[u]!;
    total += contribution;
    all.push({ from: u, contribution, share: score > 0 ? contribution / score : 0 });
  }
  all.sort((a, b) => b.contribution - a.contribution || a.from - b.from);
  const top = all.slice(0, k);
  const topSum = top.reduce((s, c) => s + c.contribution, 0);
  return {
    node,
    score,
    top,
    otherNeighboursShare: score > 0 ? (total - topSum) / score : 0,
    baselineShare: score > 0 ? Math.max(0, score - total) / score : 0,
  };
}
