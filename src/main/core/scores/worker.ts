// The score run's worker thread: opens its own connection to the network file, computes and
// stores the run, and reports progress, so that neither the UI nor the main event loop waits.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import type { ScoreOptions } from '../graph/score-all';
import type { ScoreParams } from '../db/score-graph';
import { runScores, ScoreRunCancelled } from '../db/score-runs';

export interface ScoreWorkerInput {
  file: string;
  params: ScoreParams;
  options: ScoreOptions;
  /** Int32Array over a SharedArrayBuffer: set [0] to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

export type ScoreWorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'done'; runId: number }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

const input = workerData as ScoreWorkerInput;
const flag = new Int32Array(input.cancel);
const post = (message: ScoreWorkerMessage) => parentPort?.postMessage(message);
const db = openDatabase(input.file);
let lastPost = 0;
try {
  const summary = runScores(
    db,
    input.params,
    input.options,
    (done, total, phase) => {
      const now = performance.now();
      if (now - lastPost > 50 || done >= total) {
        lastPost = now;
        post({ type: 'progress', done, total, phase });
      }
    },
    () => Atomics.load(flag, 0) === 1,
  );
  post({ type: 'done', runId: summary.id });
} catch (error) {
  if (error instanceof ScoreRunCancelled || Atomics.load(flag, 0) === 1) post({ type: 'cancelled' });
  else post({ type: 'error', message: (error as Error).message });
} finally {
  db.close();
}
