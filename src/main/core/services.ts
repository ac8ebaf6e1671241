// The service API every host calls (Electron IPC, the browser host, the CLI): one function per
// channel of the contract, on the network that is open now. No host holds logic of its own.
import type { Api, EventPayload } from '../../shared/contract';
import type { ScoreRunParams } from '../../shared/scores';
import { MaillageError } from '../../shared/errors';
import type { EventChannel } from '../../shared/channels';
import { createEvent, deleteEvent, getEventDetail, listEvents, removeAttendance, setAttendance, updateEvent } from './db/events';
import { myNetwork } from './my-network';
import { reachPath } from './introducer';
import { loadGraphView, savePositions } from './db/graph-view';
import type { Network } from './network';
import { getPerson, getPersonDetail, updatePerson } from './db/people';
import { erasePerson, erasePreview } from './db/person-erase';
import type { NetworkFolder } from './network-folder';
import { addPerson, bulkUpdatePeople, getOwner, logInteraction, peopleRoles, setOwner } from './my-data';
import { listPeople } from './db/people';
import type { PreferenceStore } from './preferences';
import { storeSample } from './db/sample';
import { exportText } from './export/index';
import { ImportStaging, type StagedFile } from './import/staging';
import { commitImport, listImports, previewImport, removeImport } from './imports';
import { comparePlans } from './invite/compare';
import { eventImpact } from './invite/impact';
import { eventReportServices, type PdfPrinter } from './invite/report-services';
import { matchmaking } from './invite/matchmaking';
import { inviteCsvFile, planEventInvites } from './invite/service';
import { recordEdit, redoNext, undoLast, undoState } from './db/edit-log';
import { acceptCandidate, listMergeCandidates, listMerges, rejectCandidate, undoMerge } from './db/merges';
import { explainPerson } from './scores/explain';
import { ScoreJobs } from './scores/job';
import { ranking, runScoresTable } from './db/score-queries';
import { getRunSummary, latestRunId, runIds } from './db/score-runs';
import { clearNetwork } from './db/network-info';
import { scoreFreshness } from './scores/freshness';
import { importAttendees, importCalendar, previewAttendees, previewCalendar } from './attendees';
import { parityReport } from './parity';
import { renameCommunity, runCommunities } from './communities';
import { watchServices } from './watch/services';
import { networkGuidance } from './guidance';

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
  /** A host that can create, open and switch the networks of its data folder (the browser host). */
  folder?: NetworkFolder;
  /** Hosts with a page (the app, the browser host) compute the scores again after an import, unless the user turned it off. */
  rescoreAfterImport?: boolean;
  /** The desktop app prints reports to PDF (Electron's printToPDF); other hosts leave it out. */
  printPdf?: PdfPrinter;
}

/** An error of the services themselves (a busy job, a file no longer staged): a MaillageError like every other. */
export class ServiceError extends MaillageError {}

const EXPORT_MIME = { gexf: 'application/gexf+xml', graphml: 'application/graphml+xml', csv: 'text/csv', json: 'application/json' } as const;

export function createServices({ networks, preferences, emit, staging = new ImportStaging(), folder, rescoreAfterImport: autoRescore = false, printPdf }: ServiceDeps): Api {
  const db = () => networks.current().db;
  const jobs = new ScoreJobs();
  let importing = false;
  const stagedFile = (id: string): StagedFile => {
    const file = staging.get(id);
    if (!file) throw new ServiceError('not_found', 'This file is no longer staged for import: drop it again.', 'notStaged');
    return file;
  };
  // The page hears of every change; whether it made the scores stale is the store's to say
  // (db/score-freshness.ts: the network's revision moves with every write scores read).
  const changed = () => {
    emit('network:changed', networks.current().info());
  };
  /** A user edit: one transaction, recorded for undo; the UI hears that the network and the history changed. */
  const edit = async <T>(label: string, work: () => T, notifyNetwork = true): Promise<T> => {
    const result = recordEdit(db(), label, work);
    if (notifyNetwork) changed();
    emit('edit:changed', undoState(db()));
    return result;
  };
  const step = async (direction: 'undo' | 'redo') => {
    if (direction === 'undo') undoLast(db());
    else redoNext(db());
    changed();
    const state = undoState(db());
    emit('edit:changed', state);
    return state;
  };
  /**
   * After an import, the scores are computed again in the worker, over the window and channels of
   * the latest run, so that Rankings shows the imported people without being asked. Not awaited:
   * the import answers at once, and the run reports its progress and its end as any run does.
   */
  const rescoreAfterImport = (): void => {
    if (jobs.busy) return;
    const latest = latestRunId(db());
    const params = (latest === null ? null : getRunSummary(db(), latest)?.params) ?? {};
    jobs.run(networks.current(), params, {}, (done, total, phase) => emit('job:progress', { job: 'scores', phase, done, total })).then(
      (summary) => {
        emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
        emit('scores:changed', summary);
      },
      () => emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 }),
    );
  };
  const needFolder = (): NetworkFolder => {
    if (!folder) throw new ServiceError('conflict', 'This app opens networks from its File menu.');
    return folder;
  };
  /** A score run in the worker, with progress and cancel: the one way any channel gets new scores. */
  const runScoresJob = async (params: ScoreRunParams) => {
    if (jobs.busy) throw new ServiceError('conflict', 'A score run is already in progress.', 'scoresBusy');
    try {
      const summary = await jobs.run(networks.current(), params, {}, (done, total, phase) => emit('job:progress', { job: 'scores', phase, done, total }));
      emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
      emit('scores:changed', summary);
      return summary;
    } catch (error) {
      emit('job:progress', { job: 'scores', phase: 'done', done: 1, total: 1 });
      throw error;
    }
  };
  /** The invite planner needs a score run: make the first one like any other, not on the main thread. */
  const withScores = async <T>(work: () => T): Promise<T> => {
    // A run newer than the last change scores depend on (scores/freshness.ts), else a new one first.
    if (!scoreFreshness(db()).fresh) await runScoresJob({});
    return work();
  };
  // What a CMO watches (issue #17); the edition's score runs go through the same worker as
  // "Compute scores", so the app keeps turning.
  const watch = watchServices(networks, preferences, async (window) => (await runScoresJob(window)).id);
  return {
    ...watch,
    ...eventReportServices(networks, preferences, printPdf),
    'network:info': async () => networks.current().info(),
    'network:guidance': async () => networkGuidance(db()),
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
      // Only an untouched sample: one import, edit or merge makes the network the user's, and
      // wiping it would lose their people and leave imports and undo history pointing at others.
      if (!network.isSample()) {
        throw new ServiceError('conflict', 'Only an untouched sample network can be regenerated; this one holds imports or edits, so it is yours and is never regenerated.', 'notSample');
      }
      // Replace the sample whole: wipe and rewrite in one transaction, reporting progress.
      network.db.transaction(() => {
        clearNetwork(network.db);
        storeSample(network.db, { seed }, (done, total) => emit('job:progress', { job: 'sample', phase: 'write', done, total }));
      })();
      const info = network.info();
      emit('network:changed', info);
      return info;
    },
    'scores:run': async (params) => runScoresJob(params ?? {}),
    'scores:cancel': async () => jobs.cancel(),
    'scores:runs': async () =>
      runIds(db()).map((id) => getRunSummary(db(), id)).filter((r) => r !== null),
    'scores:table': async ({ runId }) => {
      const id = runId ?? latestRunId(db());
      return id === null ? [] : runScoresTable(db(), id);
    },
    'rankings:get': async (query) => ranking(db(), query ?? {}),
    'person:explain': async ({ id, runId }) => explainPerson(db(), id, runId ?? latestRunId(db())),
    'me:overview': async () => myNetwork(db()),
    'reach:path': async ({ from, to, query, among }) => reachPath(db(), query ?? {}, from, to, among),
    'import:preview': async ({ staged, ...choice }) => previewImport(db(), stagedFile(staged), choice),
    'import:commit': async ({ staged, ...choice }) => {
      if (importing) throw new ServiceError('conflict', 'An import is already in progress.', 'importBusy');
      importing = true;
      try {
        const summary = await commitImport(db(), stagedFile(staged), choice, (phase, done, total) => emit('job:progress', { job: 'import', phase, done, total }));
        staging.discard(staged);
        changed();
        if (autoRescore && !summary.alreadyImported && preferences.read().autoScores !== false) rescoreAfterImport();
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
      if (!removed) throw new ServiceError('not_found', `No import #${id}.`, 'importNotFound', { id });
      changed();
      return true;
    },
    'merges:list': async () => ({ proposals: listMergeCandidates(db()), merges: listMerges(db()) }),
    'merges:accept': async ({ id }) => edit('merge', () => acceptCandidate(db(), id)),
    'merges:reject': async ({ id }) => edit('reject merge', () => (rejectCandidate(db(), id), true)),
    'merges:undo': async ({ id }) => edit('undo merge', () => (undoMerge(db(), id), true)),
    'event:get': async ({ id }) => getEventDetail(db(), id),
    'event:create': async (input) => edit('create event', () => createEvent(db(), input)),
    'event:update': async ({ id, patch }) => edit('edit event', () => updateEvent(db(), id, patch)),
    'event:delete': async ({ id }) => edit('delete event', () => (deleteEvent(db(), id), true)),
    'attendance:set': async ({ eventId, personId, role, status }) =>
      edit('attendance', () => setAttendance(db(), eventId, personId, { ...(role ? { role } : {}), ...(status ? { status } : {}) })),
    'attendance:remove': async ({ eventId, personId }) => edit('attendance', () => removeAttendance(db(), eventId, personId)),
    'invite:plan': async (request) => withScores(() => planEventInvites(db(), request)),
    'invite:compare': async ({ a, b }) =>
      withScores(() => {
        const first = planEventInvites(db(), a);
        const second = planEventInvites(db(), b);
        return { a: first, b: second, comparison: comparePlans(first.plan, second.plan) };
      }),
    'invite:csv': async ({ separator, ...request }) => withScores(() => inviteCsvFile(db(), planEventInvites(db(), request), separator ?? ',')),
    'event:matchmaking': async ({ id, tableSize, limit }) => matchmaking(db(), id, { ...(tableSize ? { tableSize } : {}), ...(limit ? { limit } : {}) }),
    'event:impact': async ({ id, days }) => eventImpact(db(), id, days ? { days } : {}),
    'owner:get': async () => getOwner(db()),
    'owner:set': async (input) => edit('owner', () => setOwner(db(), input)),
    'people:roles': async ({ role }) => peopleRoles(db(), role),
    'people:bulkUpdate': async (patch) => edit('edit people', () => bulkUpdatePeople(db(), patch)),
    'person:create': async (input) => edit('add person', () => getPerson(db(), addPerson(db(), input))!),
    'interaction:create': async (input) => edit('log interaction', () => logInteraction(db(), input)),
    'person:erasePreview': async (id) => erasePreview(db(), id),
    // Final: not recorded for undo, and the undo history that held the person goes with them.
    'person:erase': async (id) => {
      if (!erasePerson(db(), id)) throw new ServiceError('not_found', `No person with id ${id}`);
      changed();
      emit('edit:changed', undoState(db()));
      return true;
    },
    'networks:list': async () => folder?.list() ?? null,
    'networks:create': async ({ name, owner }) => {
      const info = needFolder().create(name, owner).info();
      emit('network:changed', info);
      emit('edit:changed', undoState(db()));
      return info;
    },
    'networks:open': async ({ file }) => {
      const info = needFolder().open(file).info();
      emit('network:changed', info);
      emit('edit:changed', undoState(db()));
      return info;
    },
    'attendees:preview': async ({ staged, eventId, mapping }) => previewAttendees(db(), stagedFile(staged), { eventId, mapping }),
    'attendees:import': async ({ staged, eventId, mapping }) => {
      if (importing) throw new ServiceError('conflict', 'An import is already in progress.', 'importBusy');
      importing = true;
      try {
        // Like any import: one transaction, listed in the import history and removable there.
        const summary = await importAttendees(db(), stagedFile(staged), { eventId, mapping });
        staging.discard(staged);
        changed();
        return summary;
      } finally {
        importing = false;
      }
    },
    'calendar:preview': async ({ staged }) => previewCalendar(stagedFile(staged)),
    'calendar:import': async ({ staged }) => {
      if (importing) throw new ServiceError('conflict', 'An import is already in progress.', 'importBusy');
      importing = true;
      try {
        const summary = await importCalendar(db(), stagedFile(staged));
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
      renameCommunity(db(), id, name);
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
    'export:file': async ({ format, separator }) => {
      const base = networks.current().info().name.replace(/\.[^.]+$/, '') || 'network';
      return { fileName: `${base}.${format}`, mime: EXPORT_MIME[format], content: exportText(db(), format, separator ? { separator } : {}) };
    },
    'preferences:get': async () => preferences.read(),
    'preferences:set': async (patch) => {
      const next = preferences.write(patch);
      emit('preferences:changed', next);
      return next;
    },
  };
}
