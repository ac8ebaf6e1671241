// Starts a score run in a worker thread and relays its progress; one run at a time per network.
// In-memory networks (tests) run in the calling thread, since a worker cannot share them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScoreRunSummary } from '../../../shared/scores';
import type { Network } from '../network';
import type { ScoreOptions } from '../graph/score-all';
import type { ScoreParams } from '../db/score-graph';
import { getRunSummary, runScores, ScoreRunCancelled } from '../db/score-runs';
import type { ScoreWorkerInput, ScoreWorkerMessage } from './worker';

export type JobProgress = (done: number, total: number, phase: string) => void;

/** The worker's file: beside this module in the source tree (run through tsx), or the bundled score-worker.js. */
function workerFile(): { file: URL | string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return { file: new URL('./worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
  const bundled = join(dirname(here), 'score-worker.js');
  if (!existsSync(bundled)) throw new Error(`score worker missing at ${bundled}: rebuild with "npm run build"`);
  return { file: bundled, execArgv: [] };
}

export class ScoreJobs {
  private running: { cancel: () => void } | null = null;

  get busy(): boolean {
    return this.running !== null;
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancel();
    return true;
  }

  async run(network: Network, params: ScoreParams, options: ScoreOptions, onProgress: JobProgress): Promise<ScoreRunSummary> {
    if (this.running) throw new Error('A score run is already in progress');
    try {
      if (network.file === ':memory:') {
        let cancelled = false;
        this.running = { cancel: () => (cancelled = true) };
        return runScores(network.db, params, options, onProgress, () => cancelled);
      }
      return await this.inWorker(network, params, options, onProgress);
    } finally {
      this.running = null;
    }
  }

  private inWorker(network: Network, params: ScoreParams, options: ScoreOptions, onProgress: JobProgress): Promise<ScoreRunSummary> {
    const cancel = new SharedArrayBuffer(4);
    const { file, execArgv } = workerFile();
    const worker = new Worker(file, { workerData: { file: network.file, params, options, cancel } satisfies ScoreWorkerInput, execArgv });
    this.running = { cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
    return new Promise((resolve, reject) => {
      let settled = false;
      worker.on('message', (message: ScoreWorkerMessage) => {
        if (message.type === 'progress') onProgress(message.done, message.total, message.phase);
        else if (message.type === 'done') {
          settled = true;
          const summary = getRunSummary(network.db, message.runId);
          if (summary) resolve(summary);
          else reject(new Error(`score run ${message.runId} was not found after it finished`));
        } else if (message.type === 'cancelled') {
          settled = true;
          reject(new ScoreRunCancelled());
        } else {
          settled = true;
          reject(new Error(message.message));
        }
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!settled) reject(new Error(`the score worker stopped unexpectedly (exit code ${code})`));
      });
    });
  }
}
