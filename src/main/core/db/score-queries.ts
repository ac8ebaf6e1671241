// Reading stored score runs: rankings with rank changes, and one person's scores.
import type { Role } from '../../../shared/domain';
import { RANKABLE_SCORES, SCORE_DESCRIPTORS, type PersonScores, type QuadrantName, type RankableScore, type Ranking, type RankingQuery, type RankingRow } from '../../../shared/scores';
import type { Db } from './connection';
import { getRunSummary, latestRunId } from './score-runs';

const COLUMN = Object.fromEntries(RANKABLE_SCORES.map((id) => [id, `s.${SCORE_DESCRIPTORS[id].column}`])) as Record<RankableScore, string>;

interface ScoreRow {
  person_id: number; name: string; role: Role; organisation: string | null; in_degree: number; out_degree: number; weighted_in: number;
  weighted_out: number; pagerank: number; betweenness: number; closeness: number; authority: number; hub: number; clustering: number;
  community: number; reciprocity: number | null; burt_constraint: number | null; creator_ratio: number | null; audience: number;
  influence: number; quadrant: QuadrantName | null;
}

export const SCORE_SELECT = `SELECT s.*, p.name, p.role, o.name AS organisation FROM score s JOIN person p ON p.id = s.person_id
  LEFT JOIN organisation o ON o.id = p.organisation_id`;

export function toPersonScores(r: ScoreRow): PersonScores {
  return {
    personId: r.person_id, name: r.name, role: r.role, organisation: r.organisation, inDegree: r.in_degree, outDegree: r.out_degree,
    weightedIn: r.weighted_in, weightedOut: r.weighted_out, pagerank: r.pagerank, betweenness: r.betweenness, closeness: r.closeness,
    authority: r.authority, hub: r.hub, clustering: r.clustering, community: r.community, reciprocity: r.reciprocity,
    constraint: r.burt_constraint, creatorRatio: r.creator_ratio, audience: r.audience, influence: r.influence, quadrant: r.quadrant,
  };
}

/** Scores whose "top" is the lowest (low constraint means brokerage). */
const ASCENDING: ReadonlySet<RankableScore> = new Set(RANKABLE_SCORES.filter((id) => SCORE_DESCRIPTORS[id].direction === 'lower-first'));

function ranksOf(db: Db, runId: number, by: RankableScore): Map<number, number> {
  const order = ASCENDING.has(by) ? 'ASC' : 'DESC';
  const rows = db.prepare(`SELECT s.person_id AS id FROM score s WHERE s.run_id = ? AND ${COLUMN[by]} IS NOT NULL ORDER BY ${COLUMN[by]} ${order}, s.person_id`).raw().all(runId) as Array<[number]>;
  return new Map(rows.map(([id], i) => [id, i + 1]));
}

export function ranking(db: Db, query: RankingQuery): Ranking {
  const by = query.by ?? 'influence';
  if (!RANKABLE_SCORES.includes(by)) throw new Error(`unknown score "${by}"`);
  const runId = query.runId ?? latestRunId(db);
  if (runId === null) return { run: null, previousRunId: null, rows: [] };
  const run = getRunSummary(db, runId);
  if (!run) return { run: null, previousRunId: null, rows: [] };
  const previousRunId = (db.prepare('SELECT max(id) AS id FROM score_run WHERE id < ?').get(runId) as { id: number | null }).id;
  const order = ASCENDING.has(by) ? 'ASC' : 'DESC';
  const rows = db
    .prepare(`${SCORE_SELECT} WHERE s.run_id = @run AND ${COLUMN[by]} IS NOT NULL ${query.role ? 'AND p.role = @role' : ''} ORDER BY ${COLUMN[by]} ${order}, s.person_id LIMIT @limit`)
    .all({ run: runId, role: query.role ?? null, limit: query.limit ?? 30 }) as ScoreRow[];
  const previous = previousRunId === null ? null : ranksOf(db, previousRunId, by);
  const overall = ranksOf(db, runId, by);
  const history = influenceHistory(db, runId, rows.map((r) => r.person_id));
  return {
    run,
    previousRunId,
    rows: rows.map(
      (r): RankingRow => ({ ...toPersonScores(r), rank: overall.get(r.person_id) as number, previousRank: previous?.get(r.person_id) ?? null, influenceHistory: history.get(r.person_id) ?? [] }),
    ),
  };
}

const HISTORY_RUNS = 12;

/** Each person's influence over the last runs up to `runId` (for the rankings' sparklines). */
function influenceHistory(db: Db, runId: number, personIds: number[]): Map<number, Array<number | null>> {
  const runs = (db.prepare('SELECT id FROM score_run WHERE id <= ? ORDER BY id DESC LIMIT ?').all(runId, HISTORY_RUNS) as Array<{ id: number }>).map((r) => r.id).reverse();
  const out = new Map<number, Array<number | null>>();
  if (personIds.length === 0) return out;
  const rows = db
    .prepare(`SELECT run_id, person_id, influence FROM score WHERE run_id IN (${runs.map(() => '?').join(',')}) AND person_id IN (${personIds.map(() => '?').join(',')})`)
    .all(...runs, ...personIds) as Array<{ run_id: number; person_id: number; influence: number }>;
  const at = new Map(rows.map((r) => [`${r.run_id}:${r.person_id}`, r.influence]));
  for (const id of personIds) out.set(id, runs.map((run) => at.get(`${run}:${id}`) ?? null));
  return out;
}

export function personRanks(db: Db, runId: number, personId: number): Partial<Record<RankableScore, number>> {
  const ranks: Partial<Record<RankableScore, number>> = {};
  for (const by of RANKABLE_SCORES) {
    const rank = ranksOf(db, runId, by).get(personId);
    if (rank !== undefined) ranks[by] = rank;
  }
  return ranks;
}

/** All people's scores of a run, for CSV/JSON output and the network drawing. */
export function runScoresTable(db: Db, runId: number): PersonScores[] {
  return (db.prepare(`${SCORE_SELECT} WHERE s.run_id = ? ORDER BY s.person_id`).all(runId) as ScoreRow[]).map(toPersonScores);
}
