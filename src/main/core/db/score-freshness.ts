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

/** The latest run before this one over the same window and channels, or null. */
export function previousComparableRun(db: Db, runId: number): number | null {
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
