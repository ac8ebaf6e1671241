// Whether the newest score run still describes the network: the planner uses a run that read the
// network as it is now, and says which run it used and when it was computed.
import type { ScoreFreshness } from '../../../shared/invite';
import type { Db } from '../db/connection';
import { newestRun, runIsStale, unscoredPeople } from '../db/score-freshness';

export function scoreFreshness(db: Db): ScoreFreshness {
  const run = newestRun(db);
  if (!run) return { runId: null, runAt: null, fresh: false, unscored: 0 };
  const unscored = unscoredPeople(db, run.id);
  // A person the run does not know makes it stale too (a run cancelled half-way leaves none, but
  // a person added by another process between the revision read and the load would).
  return { runId: run.id, runAt: run.createdAt, fresh: unscored === 0 && !runIsStale(db, run.id), unscored };
}
