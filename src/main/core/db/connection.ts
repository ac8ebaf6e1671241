// Opening, creating and copying a network file: the one place that imports better-sqlite3.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

export type Db = Database.Database;
export type Statement = Database.Statement;

export class NetworkFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'NetworkFileError';
  }
}

export interface OpenOptions {
  /** Create the file when it does not exist (otherwise opening a missing file is an error). */
  create?: boolean;
  readonly?: boolean;
  /** Stop migrating at this version (tests open old schemas this way). */
  targetVersion?: number;
}

/** Opens (or creates) a network file, applies pending migrations, and returns the connection. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.create && !existsSync(file)) {
    throw new NetworkFileError(file, 'no such network file');
  }
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  } catch (error) {
    throw new NetworkFileError(file, `cannot open: ${(error as Error).message}`);
  }
  try {
    configure(db, options.readonly ?? false);
    if (!options.readonly) {
      const target = options.targetVersion ?? LATEST_VERSION;
      const current = schemaVersion(db);
      // A file written by an older Maillage is copied before its schema changes, so that a
      // migration that goes wrong (or a user who goes back to the older version) loses nothing.
      if (file !== ':memory:' && current > 0 && current < target) saveCopy(db, migrationBackupPath(file, current));
      migrate(db, target);
    }
    else if (schemaVersion(db) > LATEST_VERSION) throw new Error('written by a newer Maillage');
  } catch (error) {
    db.close();
    throw error instanceof NetworkFileError ? error : new NetworkFileError(file, (error as Error).message);
  }
  return db;
}

function configure(db: Db, readonly: boolean): void {
  // A file that is not SQLite fails here, on its first read, with "file is not a database".
  db.pragma('foreign_keys = ON');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('busy_timeout = 5000');
}

/** Where the copy taken before migrating a file from schema `version` goes. */
export function migrationBackupPath(file: string, version: number): string {
  return `${file}.v${version}.backup`;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies migrations after the file's version, each in its own transaction with its version bump. */
export function migrate(db: Db, target: number = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new Error(`schema version ${current} is newer than this Maillage understands (${LATEST_VERSION}); update Maillage`);
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/**
 * Writes a consistent copy of the open network to `target` (Save as). VACUUM INTO produces a
 * compact file and never touches the source; we write to a temporary name first so that a
 * failure leaves no half-written file under the user's chosen name.
 */
export function saveCopy(db: Db, target: string): void {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new NetworkFileError(target, `cannot save: ${(error as Error).message}`);
  }
}

/** PRAGMA integrity_check, as a list of problems (empty when the file is sound). */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}
