// One open network file: its connection, where it lives, and what it holds.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import type { NetworkInfo } from '../../shared/domain';
import { newestBackup, NetworkFileError, openDatabase, quickCheckProblems, saveCopy, schemaVersion, type Db, type OpenOptions } from './db/connection';
import { acquireLock, type NetworkLock } from './db/lock';
import { interactionSpan, isEmptyNetwork, networkCounts } from './db/network-info';
import { isUntouchedSample, watchSampleUse } from './db/sample-status';
import { storeSample } from './db/sample';
import type { SampleOptions } from './sample/generate';

/**
 * Opens a file for this process alone: takes its lock (NetworkLockedError when another Maillage
 * has it), then checks it (NetworkDamagedError when SQLite finds it damaged) before migrating.
 */
function openLocked(file: string, options: OpenOptions): { db: Db; lock: NetworkLock | null } {
  if (file === ':memory:') return { db: openDatabase(file, options), lock: null };
  const lock = acquireLock(file);
  try {
    return { db: openDatabase(file, { ...options, check: true }), lock };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export class Network {
  private constructor(
    readonly db: Db,
    private filePath: string,
    private lock: NetworkLock | null,
  ) {
    watchSampleUse(db);
  }

  /** Opens an existing network file (migrating it to the current schema). */
  static open(file: string): Network {
    const { db, lock } = openLocked(file, {});
    return new Network(db, file, lock);
  }

  /** Creates (or opens) a file; an empty new file gets the sample network when asked. */
  static create(file: string, options: { sample?: SampleOptions | false } = {}): Network {
    const { db, lock } = openLocked(file, { create: true });
    const network = new Network(db, file, lock);
    if (options.sample !== false && options.sample !== undefined && network.isEmpty()) storeSample(network.db, options.sample);
    return network;
  }

  get file(): string {
    return this.filePath;
  }

  isEmpty(): boolean {
    return isEmptyNetwork(this.db);
  }

  /** The untouched built-in sample: after any import, edit or merge the network is the user's. */
  isSample(): boolean {
    return isUntouchedSample(this.db);
  }

  info(): NetworkInfo {
    return {
      name: this.filePath === ':memory:' ? 'Sample' : basename(this.filePath),
      isSample: this.isSample(),
      schemaVersion: schemaVersion(this.db),
      counts: networkCounts(this.db),
      interactionSpan: interactionSpan(this.db),
    };
  }

  /** Save as: writes a copy and continues on the copy, like a document editor. */
  saveAs(target: string): void {
    // Lock the target first: never overwrite a file another Maillage has open.
    const targetLock = target === ':memory:' ? null : acquireLock(target);
    let reopened: Db;
    try {
      saveCopy(this.db, target);
      reopened = openDatabase(target);
    } catch (error) {
      targetLock?.release();
      throw error;
    }
    this.db.close();
    this.lock?.release();
    watchSampleUse(reopened);
    (this as { db: Db }).db = reopened;
    this.lock = targetLock;
    this.filePath = target;
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.lock?.release();
    this.lock = null;
  }
}

/** What restoreBackup did: where the backup came from and where the damaged file now is. */
export interface RestoredBackup {
  restoredFrom: string;
  damagedCopy: string | null;
}

/**
 * Puts a backup back in place of a damaged network file. The damaged file (and its WAL, which
 * belongs to it) is copied aside as `FILE.damaged-<time>` first, never deleted; the backup is
 * checked before use and stays where it is. Refused while another Maillage has the file open.
 */
export function restoreBackup(file: string, backup: string | undefined = newestBackup(file)?.path): RestoredBackup {
  if (!backup) throw new NetworkFileError(file, 'no backup of this network file was found (looked for FILE.vN.backup and FILE.backup)');
  const lock = acquireLock(file);
  try {
    let problems: string[];
    try {
      const check = openDatabase(backup, { readonly: true });
      try {
        problems = quickCheckProblems(check);
      } finally {
        check.close();
      }
    } catch (error) {
      problems = [(error as Error).message];
    }
    if (problems.length > 0) throw new NetworkFileError(backup, `this backup is damaged too (${problems.slice(0, 3).join('; ')}); nothing was changed`);

    let damagedCopy: string | null = null;
    if (existsSync(file)) {
      damagedCopy = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      copyFileSync(file, damagedCopy);
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${damagedCopy}-wal`);
    }
    // The damaged file's WAL and shared-memory index must not be replayed onto the backup.
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
    const partial = `${file}.restoring`;
    copyFileSync(backup, partial);
    renameSync(partial, file);
    return { restoredFrom: backup, damagedCopy };
  } finally {
    lock.release();
  }
}
