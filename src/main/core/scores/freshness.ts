// Whether the newest score run still describes the network: the planner uses a run newer than
// the last change scores depend on, and says which run it used and when it was computed.
import type { ScoreFreshness } from '../../../shared/invite';
import type { Db } from '../db/connection';
import { lastScoreRelevantChange, newestRun, unscoredPeople } from '../db/run-freshness';

export function scoreFreshness(db: Db): ScoreFreshness {
  const run = newestRun(db);
  const changedAt = lastScoreRelevantChange(db);
  if (!run) return { runId: null, runAt: null, changedAt, fresh: false, unscored: 0 };
  const unscored = unscoredPeople(db, run.id);
  // ISO times compare as text; a person the run does not know makes it stale whatever the clock says.
  const fresh = unscored === 0 && (changedAt === null || changedAt <= run.createdAt);
  return { runId: run.id, runAt: run.createdAt, changedAt, fresh, unscored };
}
