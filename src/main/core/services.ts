// The service API every host calls (Electron IPC, the browser host, the CLI): one function per
// channel of the contract, on the network that is open now. No host holds logic of its own.
import type { Api, EventPayload } from '../../shared/contract';
import type { EventChannel } from '../../shared/channels';
import { createEvent, deleteEvent, EventNotFoundError, getEventDetail, listEvents, removeAttendance, setAttendance, updateEvent } from './events';
import { myNetwork } from './my-network';
import { loadGraphView, savePositions } from './graph-view';
import type { Network } from './network';
import { getPersonDetail, updatePerson } from './people';
import { listPeople } from './people';
import type { PreferenceStore } from './preferences';
import { storeSample } from './sample/store';
import { exportText } from './export/index';
import { ImportError } from './import/bundle';
import { ImportStaging, type StagedFile } from './import/staging';
import { commitImport, listImports, previewImport, removeImport } from './imports';
import { comparePlans } from './invite/compare';
import { eventImpact } from './invite/impact';
import { InviteEventError } from './invite/load';
import { matchmaking } from './invite/matchmaking';
import { InvitePlanInputError } from './invite/plan';
import { inviteCsvFile, InviteRequestError, planEventInvites } from './invite/service';
import { NothingToUndoError, recordEdit, redoNext, undoLast, undoState } from './undo';
import { acceptCandidate, listMergeCandidates, listMerges, MergeError, rejectCandidate, undoMerge } from './merges';
import { explainPerson } from './scores/explain';
import { ScoreJobs } from './scores/job';
import { ranking, runScoresTable } from './scores/queries';
import { getRunSummary, latestRunId, ScoreRunCancelled } from './scores/run';
import { scoreFreshness } from './scores/freshness';
import { importAttendees, importCalendar, previewAttendees } from './attendees';
import { parityReport } from './parity';
import { CommunityNameError, CommunityNotFoundError, renameCommunity, runCommunities } from './communities';
import type { ScoreRunParams } from '../../shared/scores';

export type Emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;

/** The currently open network; hosts that can switch files (Electron) replace it. */
export interface NetworkHolder {
  current(): Network;
}

export interface ServiceDeps {
  networks: NetworkHolder;
  preferences: PreferenceStore;
  emit: Emit;
  /** Where the host puts files the page hands over for import (each host fills it its own way). */
  staging?: ImportStaging;
}

export class ServiceError extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const EXPORT_MIME = { gexf: 'application/gexf+xml', graphml: 'application/graphml+xml', csv: 'text/csv', json: 'application/json' } as const;

/** Runs a service step that reads a user's file or data: its errors become messages the user can act on. */
async function userError<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImportError) throw new ServiceError('failed', error.message);
    if (error instanceof MergeError) throw new ServiceError('conflict', error.message);
    if (error instanceof EventNotFoundError || error instanceof InviteEventError) throw new ServiceError('not_found', error.message);
    if (error instanceof InviteRequestError || error instanceof InvitePlanInputError) throw new ServiceError('conflict', error.message);
    throw error;
  }
}

export function createServices({ networks, preferences, emit, staging = new ImportStaging() }: ServiceDeps): Api {
  const db = () => networks.current().db;
  const jobs = new ScoreJobs();
  let importing = false;
  const stagedFile = (id: string): StagedFile => {
    const file = staging.get(id);
    if (!file) throw new ServiceError('not_found', 'This file is no longer staged for import: drop it again.');
    return file;
  };
  const changed = () => emit('network:changed', networks.current().info());
  /** A user edit: one transaction, recorded for undo; the UI hears that the network and the history changed. */
  const edit = async <T>(label: string, work: () => T, notifyNetwork = true): Promise<T> => {
    const result = await userError(() => recordEdit(db(), label, work));
    if (notifyNetwork) changed();
    emit('edit:changed', undoState(db()));
    return result;
  };
  const step = async (direction: 'undo' | 'redo') => {
    try {
      if (direction === 'undo') undoLast(db());
      else redoNext(db());
    } catch (error) {
      if (error instanceof NothingToUndoError) throw new ServiceError('conflict', error.message);
      throw error;
    }
    changed();
    const state = undoState(db());
    emit('edit:changed', state);
    return state;
  };
  /** A score run in the worker thread, its progress relayed to the page. */
  const runScoreJob = async (params: ScoreRunParams) => {
    if (jobs.busy) throw new ServiceError('conflict', 'A score run is already in progress.');
    try {
      const summary = await jobs.run(networks.current(), params, {}, (done, total, phase) => emit('job:progress', { job: 'scores', phase, done, total }));
      emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
      emit('scores:changed', summary);
      return summary;
    } catch (error) {
      emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
      if (error instanceof ScoreRunCancelled) throw new ServiceError('conflict', error.message);
      throw error;
    }
  };
  /** The planner works on scores newer than the last change: when the network changed since the
   * newest run (or there is none), a new run is started in the worker first, with progress. */
  const freshScores = async () => {
    if (scoreFreshness(db()).fresh) return;
    await runScoreJob({});
  };
  return {
    'network:info': async () => networks.current().info(),
    'graph:get': async (query) => loadGraphView(db(), query ?? {}),
    'people:list': async (query) => listPeople(db(), query ?? {}),
    'person:get': async (id) => getPersonDetail(db(), id),
    // Notes and tags change nothing the network view draws: do not make every view reload on
    // each autosave of the notes.
    'person:update': async ({ id, patch }) =>
      edit('person', () => updatePerson(db(), id, patch), Object.keys(patch).some((k) => k !== 'notes' && k !== 'tags')),
    'events:list': async () => listEvents(db()),
    'positions:save': async (positions) => savePositions(db(), positions),
    'sample:regenerate': async ({ seed }) => {
      const network = networks.current();
      if (!network.isSample()) throw new ServiceError('conflict', 'Only the sample network can be regenerated; this file holds your own data.');
      // Replace the sample whole: wipe and rewrite in one transaction, reporting progress.
      network.db.transaction(() => {
        for (const table of ['score', 'score_run', 'community', 'layout_position', 'interaction', 'follow', 'attendance', 'event', 'handle', 'person', 'organisation', 'network_setting']) {
          network.db.prepare(`DELETE FROM ${table}`).run();
        }
        storeSample(network.db, { seed }, (done, total) => emit('job:progress', { job: 'sample', phase: 'write', done, total }));
      })();
      const info = network.info();
      emit('network:changed', info);
      return info;
    },
    'scores:run': async (params) => runScoreJob(params ?? {}),
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
    'import:preview': async ({ staged, ...choice }) => userError(() => previewImport(db(), stagedFile(staged), choice)),
    'import:commit': async ({ staged, ...choice }) => {
      if (importing) throw new ServiceError('conflict', 'An import is already in progress.');
      importing = true;
      try {
        const summary = await userError(() =>
          commitImport(db(), stagedFile(staged), choice, (phase, done, total) => emit('job:progress', { job: 'import', phase, done, total })),
        );
        staging.discard(staged);
        changed();
        return summary;
      } finally {
        importing = false;
        emit('job:progress', { job: 'import', phase: 'done', done: 1, total: 1 });
      }
    },
    'import:discard': async ({ staged }) => {
      staging.discard(staged);
      return true;
    },
    'imports:list': async () => listImports(db()),
    'imports:remove': async ({ id }) => {
      const { removed } = removeImport(db(), id);
      if (!removed) throw new ServiceError('not_found', `No import #${id}.`);
      changed();
      return true;
    },
    'merges:list': async () => ({ proposals: listMergeCandidates(db()), merges: listMerges(db()) }),
    'merges:accept': async ({ id }) => edit('merge', () => acceptCandidate(db(), id)),
    'merges:reject': async ({ id }) => edit('reject merge', () => (rejectCandidate(db(), id), true)),
    'merges:undo': async ({ id }) => edit('undo merge', () => (undoMerge(db(), id), true)),
    'event:get': async ({ id }) => userError(() => getEventDetail(db(), id)),
    'event:create': async (input) => edit('create event', () => createEvent(db(), input)),
    'event:update': async ({ id, patch }) => edit('edit event', () => updateEvent(db(), id, patch)),
    'event:delete': async ({ id }) => edit('delete event', () => (deleteEvent(db(), id), true)),
    'attendance:set': async ({ eventId, personId, role, status }) =>
      edit('attendance', () => setAttendance(db(), eventId, personId, { ...(role ? { role } : {}), ...(status ? { status } : {}) })),
    'attendance:remove': async ({ eventId, personId }) => edit('attendance', () => removeAttendance(db(), eventId, personId)),
    'invite:plan': async (request) => {
      await freshScores();
      return userError(() => planEventInvites(db(), request));
    },
    'invite:compare': async ({ a, b }) =>
      userError(async () => {
        await freshScores();
        const first = planEventInvites(db(), a);
        const second = planEventInvites(db(), b);
        return { a: first, b: second, comparison: comparePlans(first.plan, second.plan) };
      }),
    'invite:csv': async ({ separator, ...request }) =>
      userError(async () => {
        await freshScores();
        return inviteCsvFile(db(), planEventInvites(db(), request), separator ?? ',');
      }),
    'event:matchmaking': async ({ id, tableSize, limit }) => userError(() => matchmaking(db(), id, { ...(tableSize ? { tableSize } : {}), ...(limit ? { limit } : {}) })),
    'event:impact': async ({ id, days }) => userError(() => eventImpact(db(), id, days ? { days } : {})),
    'attendees:preview': async ({ staged, eventId, mapping }) => userError(() => previewAttendees(db(), stagedFile(staged), { eventId, mapping })),
    'attendees:import': async ({ staged, eventId, mapping }) => {
      if (importing) throw new ServiceError('conflict', 'An import is already in progress.');
      importing = true;
      try {
        // Like any import: one transaction, listed in the import history and removable there.
        const summary = await userError(() => importAttendees(db(), stagedFile(staged), { eventId, mapping }));
        staging.discard(staged);
        changed();
        return summary;
      } finally {
        importing = false;
      }
    },
    'calendar:import': async ({ staged }) => {
      if (importing) throw new ServiceError('conflict', 'An import is already in progress.');
      importing = true;
      try {
        const summary = await userError(() => importCalendar(db(), stagedFile(staged)));
        staging.discard(staged);
        changed();
        return summary;
      } finally {
        importing = false;
      }
    },
    'parity:get': async ({ year }) => parityReport(db(), year ?? null),
    'communities:list': async ({ runId }) => {
      const id = runId ?? latestRunId(db());
      return id === null ? [] : runCommunities(db(), id);
    },
    'community:rename': async ({ id, name }) => {
      try {
        renameCommunity(db(), id, name);
      } catch (error) {
        if (error instanceof CommunityNotFoundError) throw new ServiceError('not_found', error.message);
        if (error instanceof CommunityNameError) throw new ServiceError('conflict', error.message);
        throw error;
      }
      const run = latestRunId(db());
      if (run === null) return [];
      // Views that show community names reload them when the scores change.
      const summary = getRunSummary(db(), run);
      if (summary) emit('scores:changed', summary);
      return runCommunities(db(), run);
    },
    'edit:state': async () => undoState(db()),
    'edit:undo': async () => step('undo'),
    'edit:redo': async () => step('redo'),
    'export:file': async ({ format }) => {
      const base = networks.current().info().name.replace(/\.[^.]+$/, '') || 'network';
      return { fileName: `${base}.${format}`, mime: EXPORT_MIME[format], content: exportText(db(), format) };
    },
    'preferences:get': async () => preferences.read(),
    'preferences:set': async (patch) => {
      const next = preferences.write(patch);
      emit('preferences:changed', next);
      return next;
    },
  };
}
