// Opening, creating and copying a network file: the one place that imports better-sqlite3.
import { MaillageError } from '../../../shared/errors';
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { identifyFile, markAsMaillage, type FileIdentity } from './file-identity';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

export type Db = Database.Database;
export type Statement = Database.Statement;

export class NetworkFileError extends MaillageError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super('failed', `${file}: ${message}`, 'networkFile', { file, reason: message });
  }
}

/**
 * The file is damaged (SQLite's quick_check found problems, or its header is unreadable). We
 * refuse it rather than "repair" it silently, and name the newest backup when there is one.
 */
export class NetworkDamagedError extends NetworkFileError {
  constructor(
    file: string,
    /** What SQLite found wrong, in its words. */
    readonly problems: string[],
    /** The newest backup of this file, if any (see restoreBackup in network.ts). */
    readonly backup: { path: string; savedAt: Date } | null,
  ) {
    const shown = problems.slice(0, 3).join('; ') + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : '');
    const advice = backup
      ? ` A backup exists: ${backup.path} (saved ${backup.savedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC). Restoring it keeps the damaged file aside as ${basename(file)}.damaged-<time>; nothing is repaired silently.`
      : ' No backup of it was found; the file was left untouched.';
    super(file, `the network file is damaged: ${shown}.${advice}`);
    if (backup) this.params.backup = backup.path;
  }
}

/** Another application's SQLite database: refused before anything is written to it. */
export class NetworkForeignFileError extends NetworkFileError {
  constructor(file: string, identity: Extract<FileIdentity, { kind: 'foreign' }>) {
    const tables = identity.tables.slice(0, 5).join(', ') + (identity.tables.length > 5 ? ` and ${identity.tables.length - 5} more` : '');
    const what = identity.tables.length ? `its tables: ${tables}` : `application id ${identity.applicationId}, version ${identity.version}`;
    super(file, `is not a Maillage network but another application's SQLite database (${what}); Maillage left it untouched. Choose a new file name to start a network.`);
    this.name = 'NetworkForeignFileError';
  }
}

/** A network file (or its folder) this user may not write: Maillage needs to write to it, even to read. */
export class NetworkReadOnlyError extends NetworkFileError {
  constructor(
    file: string,
    readonly folder: boolean,
  ) {
    super(
      file,
      `${folder ? 'is in a read-only folder' : 'is read-only'}: Maillage cannot write to it (its lock, journal and schema live beside and in it). Open a copy instead: copy the file to a folder you can write to and open the copy; the original stays untouched.`,
    );
    this.name = 'NetworkReadOnlyError';
  }
}

/**
 * Refuses a network file that this process may not write (or whose folder it may not write:
 * the lock file and SQLite's WAL go there) with NetworkReadOnlyError, before anything is opened.
 */
export function checkWritable(file: string): void {
  if (file === ':memory:') return;
  const denied = (path: string) => {
    try {
      accessSync(path, constants.W_OK);
      return false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
    }
  };
  if (existsSync(file) && denied(file)) throw new NetworkReadOnlyError(file, false);
  const folder = dirname(resolve(file));
  if (existsSync(folder) && denied(folder)) throw new NetworkReadOnlyError(file, true);
}

export interface OpenOptions {
  /** Create the file when it does not exist (otherwise opening a missing file is an error). */
  create?: boolean;
  readonly?: boolean;
  /** Stop migrating at this version (tests open old schemas this way). */
  targetVersion?: number;
  /**
   * Run PRAGMA quick_check before anything writes to the file (before WAL is set and before
   * migrations take a backup), and refuse a damaged file with NetworkDamagedError.
   */
  check?: boolean;
}

/**
 * Opens (or creates) a network file, applies pending migrations, and returns the connection.
 * Before anything writes (journal mode, migrations, the application id), the file must be a
 * Maillage network or empty, and no newer than this Maillage: anything else is refused unchanged.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.create && !existsSync(file)) {
    throw new NetworkFileError(file, 'no such network file');
  }
  const readonly = options.readonly ?? false;
  if (!readonly) checkWritable(file);
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: !options.create });
  } catch (error) {
    throw new NetworkFileError(file, `cannot open: ${(error as Error).message}`);
  }
  try {
    if (options.check && file !== ':memory:') checkSound(db, file);
    const identity = identify(db, file);
    const version = identity.kind === 'empty' ? 0 : identity.version;
    if (version > LATEST_VERSION) {
      throw new NetworkFileError(file, `was written by a newer Maillage (schema version ${version}; this one understands up to ${LATEST_VERSION}): update Maillage to open it. Nothing was changed.`);
    }
    configure(db, readonly);
    if (!readonly) {
      const target = options.targetVersion ?? LATEST_VERSION;
      // A file written by an older Maillage is copied before its schema changes, so that a
      // migration that goes wrong (or a user who goes back to the older version) loses nothing.
      if (file !== ':memory:' && version > 0 && version < target) saveCopy(db, migrationBackupPath(file, version));
      migrate(db, target);
      if (identity.kind !== 'maillage') markAsMaillage(db);
    }
  } catch (error) {
    db.close();
    throw error instanceof NetworkFileError ? error : new NetworkFileError(file, (error as Error).message);
  }
  return db;
}

/** What the file is (reads its header and schema only); a foreign database is refused here. */
function identify(db: Db, file: string): FileIdentity {
  let identity: FileIdentity;
  try {
    identity = identifyFile(db);
  } catch (error) {
    // Not SQLite at all (a CSV, a text file): SQLite says "file is not a database".
    if (isDamage(error)) throw new NetworkFileError(file, `is not a Maillage network: ${(error as Error).message}; Maillage left it untouched`);
    throw error;
  }
  if (identity.kind === 'foreign') throw new NetworkForeignFileError(file, identity);
  return identity;
}

/** SQLite's errors for a file that is not (or no longer) a database. */
function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB'));
}

function checkSound(db: Db, file: string): void {
  let problems: string[];
  try {
    problems = quickCheckProblems(db);
  } catch (error) {
    if (!isDamage(error)) throw error;
    problems = [(error as Error).message];
  }
  if (problems.length > 0) throw new NetworkDamagedError(file, problems, newestBackup(file));
}

function configure(db: Db, readonly: boolean): void {
  db.pragma('foreign_keys = ON');
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('busy_timeout = 5000');
}

/**
 * The backups of a network file, newest first: the copies taken before migrations
 * (`FILE.vN.backup`) and a hand-made `FILE.backup`.
 */
export function listBackups(file: string): Array<{ path: string; savedAt: Date }> {
  if (file === ':memory:') return [];
  const folder = dirname(file);
  const name = basename(file);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  const backups: Array<{ path: string; savedAt: Date }> = [];
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`)) continue;
    const suffix = entry.slice(name.length);
    if (suffix !== '.backup' && !/^\.v\d+\.backup$/.test(suffix)) continue;
    try {
      const stat = statSync(join(folder, entry));
      if (stat.isFile() && stat.size > 0) backups.push({ path: join(folder, entry), savedAt: stat.mtime });
    } catch {
      // vanished while we looked: not a backup we can offer
    }
  }
  return backups.sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime() || b.path.localeCompare(a.path));
}

export function newestBackup(file: string): { path: string; savedAt: Date } | null {
  return listBackups(file)[0] ?? null;
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

/** PRAGMA quick_check (O(N), skips index-content checks), as a list of problems. */
export function quickCheckProblems(db: Db): string[] {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  // SQLite may pack several findings into one row, under a "*** in database main ***" heading.
  return rows
    .flatMap((r) => r.quick_check.split('\n'))
    .map((m) => m.trim())
    .filter((m) => m !== '' && m !== 'ok' && !/^\*\*\* in database \w+ \*\*\*$/.test(m));
}

/** PRAGMA integrity_check, as a list of problems (empty when the file is sound). */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}
