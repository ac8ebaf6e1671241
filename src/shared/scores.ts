// The scores of DESIGN.md as the UI and the CLI name them, and the shapes of a score run.
import type { Channel, Role } from './domain';

/** Columns of `maillage scores --format csv`, in DESIGN.md's order. */
export const SCORE_CSV_COLUMNS = [
  'id', 'name', 'role', 'organisation', 'in_degree', 'out_degree', 'pagerank', 'betweenness', 'closeness', 'authority', 'hub',
  'clustering', 'community', 'reciprocity', 'constraint', 'creator_ratio', 'audience', 'influence', 'quadrant',
] as const;

/** Scores a ranking can be sorted by. */
export const RANKABLE_SCORES = [
  'influence', 'pagerank', 'betweenness', 'closeness', 'authority', 'hub', 'in_degree', 'out_degree', 'weighted_in', 'weighted_out',
  'clustering', 'reciprocity', 'constraint', 'creator_ratio', 'audience',
] as const;
export type RankableScore = (typeof RANKABLE_SCORES)[number];

/** What every view needs to know about one score: add a score here, and the store's queries, the
 * rankings, the CLI, the network's sizes and the person panel all know it. */
export interface ScoreDescriptor {
  id: RankableScore;
  /** Its field in PersonScores. */
  field: 'influence' | 'pagerank' | 'betweenness' | 'closeness' | 'authority' | 'hub' | 'inDegree' | 'outDegree' | 'weightedIn' | 'weightedOut' | 'clustering' | 'reciprocity' | 'constraint' | 'creatorRatio' | 'audience';
  /** Its column in the store's score table. */
  column: string;
  /** Its name and its meaning in the locales (FR/EN). */
  labelKey: `scores.names.${RankableScore}`;
  meaningKey: `scores.help.${RankableScore}`;
  /** Which end ranks first: low constraint is brokerage, so its "top" is the lowest. */
  direction: 'higher-first' | 'lower-first';
  /** Decimals shown beside a person; 0 for counts. */
  digits: number;
  /** Listed in the person panel's "all scores". */
  inPanel: boolean;
}

const descriptor = (id: RankableScore, field: ScoreDescriptor['field'], column: string, digits: number, options: { lowerFirst?: boolean; inPanel?: boolean } = {}): ScoreDescriptor => ({
  id, field, column, labelKey: `scores.names.${id}`, meaningKey: `scores.help.${id}`, direction: options.lowerFirst ? 'lower-first' : 'higher-first', digits, inPanel: options.inPanel ?? true,
});

export const SCORE_DESCRIPTORS: Readonly<Record<RankableScore, ScoreDescriptor>> = {
  influence: descriptor('influence', 'influence', 'influence', 1),
  pagerank: descriptor('pagerank', 'pagerank', 'pagerank', 4),
  betweenness: descriptor('betweenness', 'betweenness', 'betweenness', 4),
  closeness: descriptor('closeness', 'closeness', 'closeness', 3),
  authority: descriptor('authority', 'authority', 'authority', 3),
  hub: descriptor('hub', 'hub', 'hub', 3),
  in_degree: descriptor('in_degree', 'inDegree', 'in_degree', 0),
  out_degree: descriptor('out_degree', 'outDegree', 'out_degree', 0),
  weighted_in: descriptor('weighted_in', 'weightedIn', 'weighted_in', 2, { inPanel: false }),
  weighted_out: descriptor('weighted_out', 'weightedOut', 'weighted_out', 2, { inPanel: false }),
  clustering: descriptor('clustering', 'clustering', 'clustering', 3),
  reciprocity: descriptor('reciprocity', 'reciprocity', 'reciprocity', 2),
  constraint: descriptor('constraint', 'constraint', 'burt_constraint', 3, { lowerFirst: true }),
  creator_ratio: descriptor('creator_ratio', 'creatorRatio', 'creator_ratio', 2),
  audience: descriptor('audience', 'audience', 'audience', 0),
};

/** A person's value of one score (null where the score is undefined for them). */
export function scoreValue(scores: Pick<PersonScores, ScoreDescriptor['field']>, id: RankableScore): number | null {
  return scores[SCORE_DESCRIPTORS[id].field];
}

export const QUADRANT_NAMES = ['star', 'expert', 'megaphone', 'peer'] as const;
export type QuadrantName = (typeof QUADRANT_NAMES)[number];

export interface ScoreRunParams {
  from?: string;
  to?: string;
  channels?: Channel[];
}

export interface ScoreRunSummary {
  id: number;
  createdAt: string;
  params: ScoreRunParams;
  people: number;
  ties: number;
  modularity: number;
  communities: number;
  reciprocity: number | null;
  betweenness: { exact: boolean; sampleSize: number; expectedError: number };
  closeness: { exact: boolean; sampleSize: number; expectedError: number };
  pagerankIterations: number;
  timings: Record<string, number>;
}

export interface PersonScores {
  personId: number;
  name: string;
  role: Role;
  organisation: string | null;
  inDegree: number;
  outDegree: number;
  weightedIn: number;
  weightedOut: number;
  pagerank: number;
  betweenness: number;
  closeness: number;
  authority: number;
  hub: number;
  clustering: number;
  community: number;
  reciprocity: number | null;
  constraint: number | null;
  creatorRatio: number | null;
  audience: number;
  influence: number;
  quadrant: QuadrantName | null;
}

export interface RankingQuery {
  by?: RankableScore;
  role?: Role;
  limit?: number;
  runId?: number;
}

export interface RankingRow extends PersonScores {
  rank: number;
  /** Rank in the previous run (null: not ranked then, i.e. new). */
  previousRank: number | null;
  /** Influence in up to the last 12 runs up to this one, oldest first (null: not in that run). */
  influenceHistory: Array<number | null>;
}

export interface Ranking {
  run: ScoreRunSummary | null;
  previousRunId: number | null;
  rows: RankingRow[];
}

export interface InfluenceExplanation {
  personId: number;
  scores: PersonScores;
  /** Ranks among everyone in the run, 1 = highest. */
  ranks: Partial<Record<RankableScore, number>>;
  /** Who contributes most of this person's PageRank, with the share of it. */
  contributors: Array<{ personId: number; name: string; share: number }>;
  /** Partners who interact both ways, and one-way partners in each direction. */
  reciprocal: Array<{ personId: number; name: string }>;
  amplifiedBy: Array<{ personId: number; name: string }>;
  amplifies: Array<{ personId: number; name: string }>;
  community: { id: number; size: number; top: Array<{ personId: number; name: string }> };
  /** Influence versus audience, in words the UI translates (quadrant + medians). */
  audienceGap: { quadrant: QuadrantName | null; influence: number; audience: number; influenceMedian: number; audienceMedian: number };
  /** Strongest ties now (decayed interactions both ways + co-attendance). */
  strongestTies: Array<{ personId: number; name: string; strength: number }>;
}

/** The owner's view of their own network (the "My network" page). */
/** "How do I reach…": the chain of people from one to another (both ends included) chosen by the
 * introducer rule (src/main/core/introducer.ts), and the strength of its weakest tie. */
export interface ReachPath {
  people: Array<{ personId: number; name: string }>;
  weakest: number;
}

export interface MyNetwork {
  me: { personId: number; name: string } | null;
  /** Strong ties gone quiet: strong over the whole history, weak now (decayed). */
  reconnect: Array<{ personId: number; name: string; organisation: string | null; pastStrength: number; strengthNow: number; lastAt: string | null }>;
  /** Influential people two hops away, with how many contacts are shared and the best introducer. */
  introductions: Array<{ personId: number; name: string; organisation: string | null; influence: number; mutual: number; introducer: { personId: number; name: string; strength: number } | null }>;
  /** People the owner amplifies who never return it, and people who amplify the owner unanswered. */
  unreturned: Array<{ personId: number; name: string; count: number }>;
  unanswered: Array<{ personId: number; name: string; count: number }>;
  /** Communities where the owner has no direct tie, with their most influential members. */
  unbridged: Array<{ community: number; size: number; top: Array<{ personId: number; name: string; influence: number }> }>;
  runId: number | null;
}

/**
 * How a community is named to people: numbered from 1, the same on screen, in the CLI, in the
 * invite reasons and in the exports. The store and the algorithms keep Louvain's 0-based index.
 */
export function communityLabel(community: number): number {
  return community + 1;
}
