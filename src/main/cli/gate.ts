// The command line's one door into Maillage: it opens the network file and calls the same
// dispatch and services as the app and `serve` — same validation, same score worker, same undo
// log, same errors. Commands parse argv into a contract payload, call the gate, format the answer.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { EventChannel, RequestChannel } from '../../shared/channels';
import type { ApiErrorInfo, EventPayload, RequestOf, ResponseOf } from '../../shared/contract';
import type { JobProgress, NetworkInfo } from '../../shared/domain';
import type { CsvSeparator } from '../../shared/csv';
import type { ExportFormat } from '../../shared/imports';
import { MaillageError } from '../../shared/errors';
import { dispatch } from '../core/dispatch';
import { ImportStaging, removeAbandonedStaging } from '../core/import/staging';
import { Network, restoreBackup, type RestoredBackup } from '../core/network';
import { NetworkFolder } from '../core/network-folder';
import { defaultDataDir, defaultSampleFile } from '../core/paths';
import { PreferenceStore } from '../core/preferences';
import { checkExportTarget, DEFAULT_SAMPLE_SEED, ExportTargetError, SAMPLE_DEFAULTS, writeExportText, writeSample } from '../core/host-files';
import { createServices } from '../core/services';
import { defaultRendererDir } from '../serve/renderer-dir';
import { startServer, type RunningServer } from '../serve/server';
import { UsageError } from './errors';

export { DEFAULT_SAMPLE_SEED, ExportTargetError, SAMPLE_DEFAULTS, writeSample, type RunningServer };

/** An error answered through the gate, as the one error type (code, key, parameters). */
export function gateError(info: ApiErrorInfo): MaillageError {
  const issues = info.issues?.length ? `: ${info.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : '';
  return new MaillageError(info.code, `${info.message}${issues}`, info.key, info.params);
}

export class Gate {
  private readonly staging = new ImportStaging();
  private readonly api;

  private constructor(
    private readonly network: Network,
    onProgress: (progress: JobProgress) => void,
  ) {
    this.api = createServices({
      networks: { current: () => network },
      // The command line has no interface language or theme to keep.
      preferences: new PreferenceStore(null),
      emit: (channel, payload) => {
        if (channel === 'job:progress') onProgress(payload as JobProgress);
      },
      staging: this.staging,
    });
  }

  /** Opens an existing network file (`create`: or creates an empty one) for `command`. */
  static open(file: string | undefined, command: string, options: { create?: boolean; onProgress?: (progress: JobProgress) => void } = {}): Gate {
    if (!file) throw new UsageError(`${command} needs --db FILE`);
    return new Gate(options.create ? Network.create(file) : Network.open(file), options.onProgress ?? (() => {}));
  }

  /** Calls a channel of the contract exactly as the app does; a refusal is thrown as a MaillageError. */
  async call<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
    const envelope = await dispatch(this.api, channel, payload);
    if (!envelope.ok) throw gateError(envelope.error);
    return envelope.value as ResponseOf<C>;
  }

  /** Hands a file on disk to the import channels, where it lies (nothing is copied). */
  stage(path: string): string {
    return this.staging.stagePath(basename(resolve(path)), path).id;
  }

  /**
   * Writes an export to a file: the text comes through the gate like the app's download, and is
   * written next to the target then renamed, never over this network, a locked one or any SQLite
   * file (checked before the export is made and again before the rename).
   */
  async exportTo(format: ExportFormat, path: string, separator?: CsvSeparator): Promise<{ bytes: number }> {
    checkExportTarget(path, this.network.file);
    const text = (await this.call('export:file', { format, ...(separator ? { separator } : {}) })).content;
    return writeExportText(text, path, this.network.file);
  }

  /** Writes a report made through the gate (HTML) with the same rules as an export: temporary file then rename, never over a network or any SQLite file. */
  async writeReport(path: string, text: string): Promise<{ bytes: number }> {
    return writeExportText(text, path, this.network.file);
  }

  info(): NetworkInfo {
    return this.network.info();
  }

  close(): void {
    this.staging.clear();
    this.network.close();
  }
}

/** Runs `work` with a gate on the file, and closes it whatever happens. */
export async function withGate<T>(file: string | undefined, command: string, work: (gate: Gate) => Promise<T>, options: Parameters<typeof Gate.open>[2] = {}): Promise<T> {
  const gate = Gate.open(file, command, options);
  try {
    return await work(gate);
  } finally {
    gate.close();
  }
}

/** Puts the newest (or the named) backup of a damaged network file back in its place. */
export function restoreNetwork(file: string, backup?: string): RestoredBackup {
  return restoreBackup(file, backup);
}

/**
 * Serves the app on the loopback interface over the network file (without one, the sample in
 * the data folder, created on first start; an explicit new file starts empty).
 */
export async function serveNetwork(db: string | undefined, options: { port: number; rendererDir?: string; out?: (line: string) => void }): Promise<{ file: string; server: RunningServer; stop: () => Promise<void> }> {
  const dataDir = defaultDataDir();
  const file = db ?? defaultSampleFile(dataDir);
  // Our own data folder is created on first use; a folder the user named is never created
  // behind their back (a typo in --db would silently start a new, empty network elsewhere).
  if (db === undefined) mkdirSync(dirname(file), { recursive: true });
  else if (!existsSync(dirname(file))) throw new UsageError(`${file}: the folder ${dirname(file)} does not exist; create it first or check the path (serve does not create folders)`);
  const abandoned = removeAbandonedStaging();
  if (abandoned.length) options.out?.(`Removed ${abandoned.length} import file folder(s) left in the temp folder by a Maillage that was stopped abruptly.`);
  const network = Network.create(file, { sample: db === undefined ? { seed: DEFAULT_SAMPLE_SEED } : false });
  // Without --db, the page can start the user's own network in the data folder, and switch
  // between its networks, without a restart.
  const folder = db === undefined ? new NetworkFolder(dataDir, network) : undefined;
  let server: RunningServer | undefined;
  const emit = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => server?.emit(channel, payload);
  const staging = new ImportStaging();
  const api = createServices({ networks: folder ?? { current: () => network }, ...(folder ? { folder } : {}), rescoreAfterImport: true, preferences: new PreferenceStore(join(dataDir, 'preferences.json')), emit, staging });
  try {
    server = await startServer({ api, staging, rendererDir: options.rendererDir ?? defaultRendererDir(), port: options.port });
  } catch (error) {
    staging.clear();
    network.close();
    throw error;
  }
  const running = server;
  return {
    file,
    server: running,
    stop: async () => {
      await running.close();
      staging.clear();
      (folder?.current() ?? network).close();
    },
  };
}

/** One call through the gate on the file (`create`: an empty network when the file is new). */
export async function callService<C extends RequestChannel>(db: string | undefined, channel: C, payload: RequestOf<C>, options: { create?: boolean } = {}): Promise<ResponseOf<C>> {
  return withGate(db, channel, (gate) => gate.call(channel, payload), options);
}
