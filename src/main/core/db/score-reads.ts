// A score run as the explanations and My network read it: its parameters, one person's row, the
// values of one score, a community's members.
import type { Db } from './connection';
import { SCORE_SELECT, type toPersonScores } from './score-queries';
import type { ScoreParams } from './score-graph';

export function runEdgeCount(db: Db, runId: number): number {
  return (db.prepare('SELECT edge_count FROM score_run WHERE id = ?').get(runId) as { edge_count: number }).edge_count;
}

export function runParams(db: Db, runId: number): { params: ScoreParams; network: { influenceMedian: number; audienceMedian: number } } {
  const run = db.prepare('SELECT params, network FROM score_run WHERE id = ?').get(runId) as { params: string; network: string };
  return { params: JSON.parse(run.params) as ScoreParams, network: JSON.parse(run.network) as { influenceMedian: number; audienceMedian: number } };
}

export type ScoreRowOf = Parameters<typeof toPersonScores>[0];

export function scoreRowOf(db: Db, runId: number, personId: number): ScoreRowOf | undefined {
  return db.prepare(`${SCORE_SELECT} WHERE s.run_id = ? AND s.person_id = ?`).get(runId, personId) as ScoreRowOf | undefined;
}

/** person id → PageRank in the run. */
export function pagerankOf(db: Db, runId: number): Iterable<[number, number]> {
  return db.prepare('SELECT person_id, pagerank FROM score WHERE run_id = ?').raw().iterate(runId) as Iterable<[number, number]>;
}

/** person id, influence, community of everyone in the run. */
export function influenceAndCommunity(db: Db, runId: number): Array<[number, number, number]> {
  return db.prepare('SELECT person_id, influence, community FROM score WHERE run_id = ?').raw().all(runId) as Array<[number, number, number]>;
}

/** The members of a community, most influential first. */
export function communityMembers(db: Db, runId: number, community: number): Array<{ id: number; name: string }> {
  return db
    .prepare('SELECT s.person_id AS id, p.name FROM score s JOIN person p ON p.id = s.person_id WHERE s.run_id = ? AND s.community = ? ORDER BY s.influence DESC')
    .all(runId, community) as Array<{ id: number; name: string }>;
}
