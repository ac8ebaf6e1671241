// Source sampling shared by betweenness and closeness: which sources to run, and how wrong
// the sampled scores are likely to be.
//
// Both scores are sums over sources s of a per-source term x_s(v) (pair dependency for
// betweenness, 1/d(s,v) for closeness). Sampling k of the n sources uniformly without
// replacement and scaling by n/k gives an unbiased estimate (Brandes & Pich, "Centrality
// estimation in large networks", 2007; networkx betweenness_centrality(G, k=...) scales the
// same way). Its standard error follows from the sample variance s²(v) of the x_s(v):
//   SE(v) = scale · n · sqrt((1 − k/n) · s²(v) / k)        (finite-population correction)
// We report expectedError = sqrt(mean_v SE(v)²), the expected root-mean-square error over
// people, and maxStandardError = max_v SE(v). These are standard errors (1σ), not bounds:
// about 68 % of people are within 1 SE, ~95 % within 2. For rarely-touched nodes s²(v) can
// be 0 in the sample while the truth is not, so individual SEs are optimistic; the RMS is the
// calibrated figure (bench and tests check it against exact values).

import { GraphInputError } from './csr';
import { sampleWithoutReplacement } from './random';

export interface SamplingOptions {
  /** Exact (every source) when nodeCount ≤ exactThreshold. */
  exactThreshold?: number;
  /** Number of sampled sources above the threshold; samples ≥ n means exact. */
  samples?: number;
  /** PRNG seed for the sample. DEFAULT 1. */
  seed?: number;
}

export interface SampleReport {
  exact: boolean;
  /** Sources actually run (n when exact). */
  sampleSize: number;
  /** RMS standard error over people, in the score's own (normalised) units; 0 when exact. */
  expectedError: number;
  maxStandardError: number;
}

export function chooseSources(
  what: string,
  n: number,
  exactThreshold: number,
  samples: number,
  seed: number,
): { sources: Int32Array; exact: boolean } {
  if (!Number.isInteger(exactThreshold) || exactThreshold < 0) {
    throw new GraphInputError(`${what}: exactThreshold must be an integer ≥ 0, got ${exactThreshold}`);
  }
  if (!Number.isInteger(samples) || samples < 1) {
    throw new GraphInputError(`${what}: samples must be a positive integer, got ${samples}`);
  }
  if (n <= exactThreshold || samples >= n) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return { sources: all, exact: true };
  }
  return { sources: sampleWithoutReplacement(n, samples, seed), exact: false };
}

/** Turns per-node sums Σx and Σx² over k of n sources into scaled scores (in place in sum)
 * and the error report. scale is the score's own normalisation. */
export function finishSampled(sum: Float64Array, sumSq: Float64Array | null, n: number, k: number, scale: number): SampleReport {
  const exact = sumSq === null;
  const factor = exact ? scale : (scale * n) / k;
  let meanSq = 0;
  let maxSe = 0;
  for (let v = 0; v < n; v++) {
    const s = sum[v]!;
    if (!exact && k > 1) {
      const variance = Math.max(0, (sumSq[v]! - (s * s) / k) / (k - 1));
      const se = scale * n * Math.sqrt(((1 - k / n) * variance) / k);
      meanSq += se * se;
      if (se > maxSe) maxSe = se;
    }
    sum[v] = s * factor;
  }
  return {
    exact,
    sampleSize: k,
    // One sampled source has no sample variance: the error is unknown, not zero.
    expectedError: exact || n === 0 ? 0 : k < 2 ? NaN : Math.sqrt(meanSq / n),
    maxStandardError: !exact && k < 2 ? NaN : maxSe,
  };
}
