// Whether a score run still describes the network — the one rule, read by Rankings, My network,
// the person page and the planner alike. The network's revision moves with every write scores
// read (triggers of migration 011); a run keeps the revision it read and is stale once it moved.
// Rank changes compare a run with a run over the same window and channels only.
import type { Db } from './connection';

/** The network's revision now: it moves with every change scores depend on. */
export function networkRevision(db: Db): number {
  return db.prepare('SELECT revision FROM network_revision WHERE id = 1').pluck().get() as number;
}

/** Whether the network changed after this run read it. */
export function runIsStale(db: Db, runId: number): boolean {
  const read = db.prepare('SELECT network_revision FROM score_run WHERE id = ?').pluck().get(runId) as number | undefined;
  return read !== undefined && read < networkRevision(db);
}

export interface StoredRunFacts {
  id: number;
  createdAt: string;
  /** People the run scored. */
  people: number;
}

/** The newest score run, or null when none was ever computed. */
export function newestRun(db: Db): StoredRunFacts | null {
  const row = db.prepare('SELECT id, created_at AS createdAt, node_count AS people FROM score_run ORDER BY id DESC LIMIT 1').get() as StoredRunFacts | undefined;
  return row ?? null;
}

/** People in the network now without a score in the run (added or merged after it). */
export function unscoredPeople(db: Db, runId: number): number {
  return db.prepare('SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM score s WHERE s.run_id = ? AND s.person_id = p.id)').pluck().get(runId) as number;
}

/**
 * The run a ranking's rank changes compare with, or null: like with like. A run over a dated
 * window compares with the same window a year earlier where one was computed (the yearly Top 30's
 * "against the same window a year earlier", so `top --year Y` and the edition agree); otherwise
 * with the latest earlier run over the same window and channels.
 */
export function previousComparableRun(db: Db, runId: number): number | null {
  const yearEarlier = db
    .prepare(
      `SELECT p.id FROM score_run p, score_run r
       WHERE r.id = ? AND p.id <> r.id AND r.window_from IS NOT NULL AND r.window_to IS NOT NULL
         AND p.window_from = date(r.window_from, '-1 year') AND p.window_to = date(r.window_to, '-1 year') AND p.channels IS r.channels
       ORDER BY p.id DESC LIMIT 1`,
    )
    .pluck()
    .get(runId) as number | undefined;
  if (yearEarlier !== undefined) return yearEarlier;
  return (
    (db
      .prepare(
        `SELECT p.id FROM score_run p, score_run r
         WHERE r.id = ? AND p.id < r.id AND p.window_from IS r.window_from AND p.window_to IS r.window_to AND p.channels IS r.channels
         ORDER BY p.id DESC LIMIT 1`,
      )
      .pluck()
      .get(runId) as number | undefined) ?? null
  );
}
