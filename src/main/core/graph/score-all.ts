// Runs every score of DESIGN.md "Scores" on one graph: the single entry point for the app,
// the CLI and the bench, so all three compute the same numbers the same way.

import type { CsrGraph } from './csr';
import { GraphInputError } from './csr';
import { BETWEENNESS_DEFAULTS } from './betweenness';
import type { BetweennessResult } from './betweenness';
import { CLOSENESS_DEFAULTS } from './closeness';
import type { ClosenessResult } from './closeness';
import { clustering } from './clustering';
import { constraint } from './constraint';
import { creatorRatio } from './creator-ratio';
import { degrees } from './degree';
import { hits } from './hits';
import type { HitsOptions } from './hits';
import { influence, quadrant } from './influence';
import { louvain } from './louvain';
import type { LouvainOptions } from './louvain';
import { pagerank } from './pagerank';
import type { PageRankOptions } from './pagerank';
import type { LongRun } from './progress';
import { reciprocity } from './reciprocity';
import { chooseSources, finishSampled } from './sampling';
import type { SamplingOptions } from './sampling';
import { shortestPathSums } from './shortest-paths';
import { tieStrength } from './tie-strength';
import type { TieAttendance, TieInteractions, TieStrengthOptions, TieStrengthResult } from './tie-strength';

export interface ScoreInputs {
  /** Per person (length nodeCount): followers, or in-follow count when followers are unknown. */
  audience: Float64Array;
  /** Per person: own original posts and reposts; NaN when unknown. */
  originalPosts: Float64Array;
  reposts: Float64Array;
  /** Optional pair scores; omitted → result.ties is null. */
  ties?: { interactions: TieInteractions; attendance: TieAttendance | null; options: TieStrengthOptions };
}

type Plain<T> = Omit<T, keyof LongRun>;

/** Every field optional; each algorithm's own DEFAULTS apply. */
export interface ScoreOptions {
  pagerank?: Plain<PageRankOptions>;
  betweenness?: SamplingOptions;
  closeness?: SamplingOptions;
  hits?: Plain<HitsOptions>;
  louvain?: Plain<LouvainOptions>;
}

export const SCORE_PHASES = [
  'degree',
  'pagerank',
  'paths',
  'hits',
  'clustering',
  'communities',
  'reciprocity',
  'constraint',
  'influence',
  'ties',
] as const;
export type ScorePhase = (typeof SCORE_PHASES)[number];

/** Rough share of the run each phase takes on a mention graph, for one smooth progress bar. */
const PHASE_WEIGHT: Record<ScorePhase, number> = {
  degree: 1,
  pagerank: 6,
  paths: 65,
  hits: 6,
  clustering: 3,
  communities: 10,
  reciprocity: 1,
  constraint: 4,
  influence: 1,
  ties: 3,
};
const TOTAL_WEIGHT = SCORE_PHASES.reduce((s, p) => s + PHASE_WEIGHT[p], 0);

export interface PerPersonScores {
  inDegree: Float64Array;
  outDegree: Float64Array;
  weightedInDegree: Float64Array;
  weightedOutDegree: Float64Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  closeness: Float64Array;
  authority: Float64Array;
  hub: Float64Array;
  clustering: Float64Array;
  /** 0 = largest community. */
  community: Int32Array;
  /** NaN without partners. */
  reciprocity: Float64Array;
  /** NaN for people without any contact. */
  constraint: Float64Array;
  /** NaN when unknown or no posts. */
  creatorRatio: Float64Array;
  audience: Float64Array;
  /** 0–100. */
  influence: Float64Array;
  /** QUADRANTS index (peer 0, megaphone 1, expert 2, star 3) or 255 unknown. */
  quadrant: Uint8Array;
}

export interface NetworkScores {
  people: number;
  ties: number;
  modularity: number;
  communityCount: number;
  louvainLevels: number;
  /** NaN without edges. */
  reciprocity: number;
  pagerank: { iterations: number; error: number; converged: boolean };
  hits: { iterations: number; error: number; converged: boolean };
  betweenness: Omit<BetweennessResult, 'scores'>;
  closeness: Omit<ClosenessResult, 'scores'>;
  influenceMedian: number;
  audienceMedian: number;
}

export interface ScoreResult {
  perPerson: PerPersonScores;
  network: NetworkScores;
  ties: TieStrengthResult | null;
  /** Wall-clock milliseconds per phase. */
  timings: Record<ScorePhase, number>;
}

/** Betweenness and closeness both run one BFS per source; when their sources coincide (both
 * exact, or the same sample — the DEFAULTS make it so) they share the searches. */
function betweennessAndCloseness(graph: CsrGraph, options: ScoreOptions, run: LongRun): { bc: BetweennessResult; cc: ClosenessResult } {
  const n = graph.nodeCount;
  const b = { ...BETWEENNESS_DEFAULTS, ...options.betweenness };
  const c = { ...CLOSENESS_DEFAULTS, ...options.closeness };
  const bSources = chooseSources('betweenness', n, b.exactThreshold, b.samples, b.seed);
  const cSources = chooseSources('closeness', n, c.exactThreshold, c.samples, c.seed);
  const shared =
    bSources.exact === cSources.exact &&
    bSources.sources.length === cSources.sources.length &&
    bSources.sources.every((x, i) => cSources.sources[i] === x);
  const bSums = shortestPathSums(graph, bSources.sources, { betweenness: true, closeness: shared, squares: !bSources.exact }, run, 'betweenness');
  const cSums = shared
    ? bSums
    : shortestPathSums(graph, cSources.sources, { betweenness: false, closeness: true, squares: !cSources.exact }, run, 'closeness');
  const bScores = bSums.betweenness!;
  const cScores = cSums.closeness!;
  const bReport = finishSampled(bScores, bSums.betweennessSq, n, bSources.sources.length, n > 2 ? 1 / ((n - 1) * (n - 2)) : 1);
  const cReport = finishSampled(cScores, cSums.closenessSq, n, cSources.sources.length, n > 1 ? 1 / (n - 1) : 0);
  return {
    bc: { scores: bScores, pivots: bSources.sources.length, ...bReport },
    cc: { scores: cScores, sources: cSources.sources.length, ...cReport },
  };
}

export function computeScores(
  graph: CsrGraph,
  inputs: ScoreInputs,
  options: ScoreOptions = {},
  onProgress?: (done: number, total: number, phase: ScorePhase) => void,
  shouldCancel?: () => boolean,
): ScoreResult {
  const n = graph.nodeCount;
  for (const key of ['audience', 'originalPosts', 'reposts'] as const) {
    if (inputs[key].length !== n) throw new GraphInputError(`computeScores: inputs.${key} has ${inputs[key].length} values for ${n} people`);
  }
  const timings = {} as Record<ScorePhase, number>;
  let doneBefore = 0;
  const phase = <T>(name: ScorePhase, body: (run: LongRun) => T): T => {
    const started = performance.now();
    const weight = PHASE_WEIGHT[name];
    const run: LongRun = {
      onProgress: (done, total) => onProgress?.(doneBefore + (weight * done) / Math.max(1, total), TOTAL_WEIGHT, name),
    };
    if (shouldCancel !== undefined) run.shouldCancel = shouldCancel;
    run.onProgress?.(0, 1);
    const result = body(run);
    doneBefore += weight;
    onProgress?.(doneBefore, TOTAL_WEIGHT, name);
    timings[name] = performance.now() - started;
    return result;
  };

  const degree = phase('degree', () => degrees(graph));
  const pr = phase('pagerank', (run) => pagerank(graph, { ...options.pagerank, ...run }));
  const { bc, cc } = phase('paths', (run) => betweennessAndCloseness(graph, options, run));
  const hh = phase('hits', (run) => hits(graph, { ...options.hits, ...run }));
  const clus = phase('clustering', () => clustering(graph));
  const comm = phase('communities', (run) => louvain(graph, { ...options.louvain, ...run }));
  const rec = phase('reciprocity', () => reciprocity(graph));
  const cons = phase('constraint', () => constraint(graph));
  const inf = phase('influence', () => {
    const scaled = influence(pr.scores);
    return { scaled, quadrant: quadrant(scaled, inputs.audience), creator: creatorRatio(inputs.originalPosts, inputs.reposts) };
  });
  const ties = phase('ties', () =>
    inputs.ties ? tieStrength(n, inputs.ties.interactions, inputs.ties.attendance, inputs.ties.options) : null,
  );

  const { scores: betweennessScores, ...betweennessInfo } = bc;
  const { scores: closenessScores, ...closenessInfo } = cc;
  return {
    perPerson: {
      ...degree,
      pagerank: pr.scores,
      betweenness: betweennessScores,
      closeness: closenessScores,
      authority: hh.authority,
      hub: hh.hub,
      clustering: clus,
      community: comm.community,
      reciprocity: rec.person,
      constraint: cons,
      creatorRatio: inf.creator,
      audience: inputs.audience,
      influence: inf.scaled,
      quadrant: inf.quadrant.code,
    },
    network: {
      people: n,
      ties: graph.edgeCount,
      modularity: comm.modularity,
      communityCount: comm.communityCount,
      louvainLevels: comm.levels,
      reciprocity: rec.network,
      pagerank: { iterations: pr.iterations, error: pr.error, converged: pr.converged },
      hits: { iterations: hh.iterations, error: hh.error, converged: hh.converged },
      betweenness: betweennessInfo,
      closeness: closenessInfo,
      influenceMedian: inf.quadrant.influenceMedian,
      audienceMedian: inf.quadrant.audienceMedian,
    },
    ties,
    timings,
  };
}
