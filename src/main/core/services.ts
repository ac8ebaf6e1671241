// The service API every host calls (Electron IPC, the browser host, the CLI): one function per
// channel of the contract, on the network that is open now. No host holds logic of its own.
import type { Api, EventPayload } from '../../shared/contract';
import type { EventChannel } from '../../shared/channels';
import { listEvents } from './events';
import { myNetwork } from './my-network';
import { loadGraphView, savePositions } from './graph-view';
import type { Network } from './network';
import { getPersonDetail, updatePerson } from './people';
import { listPeople } from './people';
import type { PreferenceStore } from './preferences';
import { storeSample } from './sample/store';
import { explainPerson } from './scores/explain';
import { ScoreJobs } from './scores/job';
import { ranking, runScoresTable } from './scores/queries';
import { getRunSummary, latestRunId, ScoreRunCancelled } from './scores/run';

export type Emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;

/** The currently open network; hosts that can switch files (Electron) replace it. */
export interface NetworkHolder {
  current(): Network;
}

export interface ServiceDeps {
  networks: NetworkHolder;
  preferences: PreferenceStore;
  emit: Emit;
}

export class ServiceError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export function createServices({ networks, preferences, emit }: ServiceDeps): Api {
  const db = () => networks.current().db;
  const jobs = new ScoreJobs();
  return {
    'network:info': async () => networks.current().info(),
    'graph:get': async (query) => loadGraphView(db(), query ?? {}),
    'people:list': async (query) => listPeople(db(), query ?? {}),
    'person:get': async (id) => getPersonDetail(db(), id),
    'person:update': async ({ id, patch }) => {
      const person = updatePerson(db(), id, patch);
      emit('network:changed', networks.current().info());
      return person;
    },
    'events:list': async () => listEvents(db()),
    'positions:save': async (positions) => savePositions(db(), positions),
    'sample:regenerate': async ({ seed }) => {
      const network = networks.current();
      if (!network.isSample()) throw new ServiceError('conflict', 'Only the sample network can be regenerated; this file holds your own data.');
      // Replace the sample whole: wipe and rewrite in one transaction, reporting progress.
      network.db.transaction(() => {
        for (const table of ['score', 'score_run', 'layout_position', 'interaction', 'follow', 'attendance', 'event', 'handle', 'person', 'organisation', 'network_setting']) {
          network.db.prepare(`DELETE FROM ${table}`).run();
        }
        storeSample(network.db, { seed }, (done, total) => emit('job:progress', { job: 'sample', phase: 'write', done, total }));
      })();
      const info = network.info();
      emit('network:changed', info);
      return info;
    },
    'scores:run': async (params) => {
      if (jobs.busy) throw new ServiceError('conflict', 'A score run is already in progress.');
      try {
        const summary = await jobs.run(networks.current(), params ?? {}, {}, (done, total, phase) => emit('job:progress', { job: 'scores', phase, done, total }));
        emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
        emit('scores:changed', summary);
        return summary;
      } catch (error) {
        emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
        if (error instanceof ScoreRunCancelled) throw new ServiceError('conflict', error.message);
        throw error;
      }
    },
    'scores:cancel': async () => jobs.cancel(),
    'scores:runs': async () =>
      (db().prepare('SELECT id FROM score_run ORDER BY id DESC').all() as Array<{ id: number }>).map((r) => getRunSummary(db(), r.id)).filter((r) => r !== null),
    'scores:table': async ({ runId }) => {
      const id = runId ?? latestRunId(db());
      return id === null ? [] : runScoresTable(db(), id);
    },
    'rankings:get': async (query) => ranking(db(), query ?? {}),
    'person:explain': async ({ id, runId }) => explainPerson(db(), id, runId ?? latestRunId(db())),
    'me:overview': async () => myNetwork(db()),
    'preferences:get': async () => preferences.read(),
    'preferences:set': async (patch) => {
      const next = preferences.write(patch);
      emit('preferences:changed', next);
      return next;
    },
  };
}
