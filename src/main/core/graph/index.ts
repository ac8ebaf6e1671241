// The graph-analytics core's public API: build G once (buildCsr), then computeScores, or any
// single score. Everything here is pure TypeScript over typed arrays (no electron, no DOM).

export { buildCsr, csrFromTriples, edgeWeight, GraphInputError } from './csr';
export type { Adjacency, CsrGraph, EdgeListInput } from './csr';
export { computeScores, SCORE_PHASES } from './score-all';
export type { NetworkScores, PerPersonScores, ScoreInputs, ScoreOptions, ScorePhase, ScoreResult } from './score-all';
export { ScoreCancelledError } from './progress';
export type { LongRun } from './progress';
export { degrees } from './degree';
export { pagerank, pagerankContributions, PAGERANK_DEFAULTS } from './pagerank';
export type { PageRankExplanation, PageRankOptions, PageRankResult } from './pagerank';
export { betweenness, BETWEENNESS_DEFAULTS } from './betweenness';
export { closeness, CLOSENESS_DEFAULTS } from './closeness';
export { hits, HITS_DEFAULTS } from './hits';
export { clustering } from './clustering';
export { constraint } from './constraint';
export { louvain, modularity, LOUVAIN_DEFAULTS } from './louvain';
export { reciprocity } from './reciprocity';
export { creatorRatio } from './creator-ratio';
export { influence, median, quadrant, quadrantName, QUADRANTS, QUADRANT_UNKNOWN } from './influence';
export type { Quadrant, QuadrantResult } from './influence';
export { tieStrength, TIE_STRENGTH_DEFAULTS } from './tie-strength';
export type { TieAttendance, TieInteractions, TieStrengthOptions, TieStrengthResult } from './tie-strength';
