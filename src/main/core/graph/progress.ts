// Progress and cancellation for the long scores, so a 100k-person run can show a bar and stop.
import { ScoreCancelledError } from '../../../shared/errors';

/** Passed to every long-running score. Both callbacks are optional and called from the
 * computing thread; keep them cheap (they run every few thousand units of work). */
export interface LongRun {
  /** Units done so far out of total (units are the algorithm's own: sources, iterations). */
  onProgress?: (done: number, total: number) => void;
  /** Polled at the same points as onProgress; returning true aborts with ScoreCancelledError. */
  shouldCancel?: () => boolean;
}

export { ScoreCancelledError };

/** Reports progress and honours cancellation; call at natural checkpoints of an algorithm. */
export function checkpoint(run: LongRun | undefined, what: string, done: number, total: number): void {
  if (run === undefined) return;
  if (run.shouldCancel?.() === true) throw new ScoreCancelledError(what);
  run.onProgress?.(done, total);
}
