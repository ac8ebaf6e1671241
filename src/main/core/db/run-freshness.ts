// The store's answers about whether a score run still describes the network: when the network
// last changed in a way scores depend on, and who a run has no score for.
import type { Db } from './connection';

/** The latest time people, interactions or follows changed: a person added, an import, a
 * merge (or its undo), or a user edit that touched interactions, follows or people's presence.
 * Notes, titles and attendance do not move scores, so their edits do not count. */
export function lastScoreRelevantChange(db: Db): string | null {
  const row = db
    .prepare(
      `SELECT max(t) AS t FROM (
         SELECT max(created_at) AS t FROM person
         UNION ALL SELECT max(imported_at) FROM import_batch
         UNION ALL SELECT max(merged_at) FROM person_merge
         UNION ALL SELECT max(undone_at) FROM person_merge
         UNION ALL SELECT max(at) FROM edit_log
           WHERE changes LIKE '%"table":"interaction"%' OR changes LIKE '%"table":"follow"%'
              OR changes LIKE '%"table":"person","op":"i"%' OR changes LIKE '%"table":"person","op":"d"%')`,
    )
    .get() as { t: string | null };
  return row.t;
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
  return (db.prepare('SELECT count(*) AS n FROM person p WHERE NOT EXISTS (SELECT 1 FROM score s WHERE s.run_id = ? AND s.person_id = p.id)').get(runId) as { n: number }).n;
}
