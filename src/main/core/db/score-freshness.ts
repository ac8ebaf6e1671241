// Whether stored score runs still describe the network: every change to the network stamps the
// time it happened, and a run older than that stamp is stale. Rank changes compare a run with
// the previous run over the same window and channels only.
import type { Db } from './connection';

const CHANGED_AT = 'network_changed_at';

/** Records that the network changed now (an import, an edit, an undo, an erasure…). */
export function markNetworkChanged(db: Db): void {
  db.prepare('INSERT INTO network_setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(CHANGED_AT, new Date().toISOString());
}

/** Whether the network changed after this run was computed. */
export function runIsStale(db: Db, runId: number): boolean {
  const changed = db.prepare('SELECT value FROM network_setting WHERE key = ?').pluck().get(CHANGED_AT) as string | undefined;
  if (!changed) return false;
  const created = db.prepare('SELECT created_at FROM score_run WHERE id = ?').pluck().get(runId) as string | undefined;
  // Same millisecond: said stale (a change may have landed after the run read the network).
  return created !== undefined && changed >= created;
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
