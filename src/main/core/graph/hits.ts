// HITS authority and hub scores of G: who is pointed to by good pointers, and who points well.
//
// Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46(5), 1999.
// Matches networkx 2.8 hits(G) (link_analysis/hits_alg.py). Subtleties of that version:
// - it IS weighted: it takes A = adjacency_matrix(G) with the default weight="weight", so
//   A[u][v] = w(u,v);
// - it does not iterate itself: it asks scipy svds for the top right singular vector of A,
//   so authority = principal eigenvector of AᵀA, hub = A·authority, each scaled to sum 1.
// We reach the same vector by power iteration a ← Aᵀ(A a) from the uniform vector, which
// converges at rate (σ₂/σ₁)² per iteration. When σ₁ is repeated (e.g. two identical
// disconnected parts) the vector is not unique and networkx's answer depends on ARPACK's
// random start; ours is the limit from the uniform start. No edges → all zeros.

import type { CsrGraph } from './csr';
import { GraphInputError } from './csr';
import { checkpoint } from './progress';
import type { LongRun } from './progress';

export interface HitsOptions extends LongRun {
  /** Stop when the L1 change of the (sum-1) authority vector < tolerance. DEFAULT 1e-12. */
  tolerance?: number;
  /** DEFAULT 10,000: a small spectral gap (σ₂/σ₁ = 0.99) needs ~1,400 iterations at 1e-12,
   * and each costs two passes over the edges. */
  maxIterations?: number;
}

export const HITS_DEFAULTS = { tolerance: 1e-12, maxIterations: 10_000 } as const;

export interface HitsResult {
  authority: Float64Array;
  hub: Float64Array;
  iterations: number;
  error: number;
  converged: boolean;
}

/** out[u] = Σ_v w(u,v) x[v] over the given adjacency; returns Σ out. */
function multiply(offsets: Int32Array, neighbours: Int32Array, weights: Float64Array, x: Float64Array, out: Float64Array): number {
  let total = 0;
  for (let u = 0; u < out.length; u++) {
    let s = 0;
    for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) s += weights[e]! * x[neighbours[e]!]!;
    out[u] = s;
    total += s;
  }
  return total;
}

export function hits(graph: CsrGraph, options: HitsOptions = {}): HitsResult {
  const tolerance = options.tolerance ?? HITS_DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? HITS_DEFAULTS.maxIterations;
  if (!(tolerance > 0)) throw new GraphInputError(`hits: tolerance must be > 0, got ${tolerance}`);
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new GraphInputError(`hits: maxIterations must be a positive integer, got ${maxIterations}`);
  }
  const n = graph.nodeCount;
  const out = graph.outgoing;
  const inc = graph.incoming;
  let authority = new Float64Array(n);
  const hub = new Float64Array(n);
  if (graph.edgeCount === 0) return { authority, hub, iterations: 0, error: 0, converged: true };

  authority.fill(1 / n);
  let next = new Float64Array(n);
  let error = Infinity;
  let iterations = 0;
  while (iterations < maxIterations) {
    multiply(out.offsets, out.neighbours, out.weights, authority, hub); // h = A a
    const total = multiply(inc.offsets, inc.neighbours, inc.weights, hub, next); // a' = Aᵀ h
    error = 0;
    for (let v = 0; v < n; v++) {
      const a = next[v]! / total;
      next[v] = a;
      error += Math.abs(a - authority[v]!);
    }
    [authority, next] = [next, authority];
    iterations++;
    if (error < tolerance) break;
    if (iterations % 10 === 0) checkpoint(options, 'HITS', iterations, maxIterations);
  }
  const hubTotal = multiply(out.offsets, out.neighbours, out.weights, authority, hub);
  for (let u = 0; u < n; u++) hub[u] = hub[u]! / hubTotal;
  return { authority, hub, iterations, error, converged: error < tolerance };
}
