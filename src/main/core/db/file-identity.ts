// Which SQLite files are Maillage networks: the application id in the file header marks ours, so
// that `--db` on another application's database is refused before a single byte of it changes.
import type Database from 'better-sqlite3';

/** `PRAGMA application_id` of every Maillage network file: "Mail" in ASCII (0x4D61696C). */
export const MAILLAGE_APPLICATION_ID = 0x4d61696c;

/** Tables that every Maillage schema since version 1 holds: how a file from before the id is recognised. */
const MAILLAGE_CORE_TABLES = ['import_batch', 'person', 'handle', 'interaction', 'follow', 'score_run'];

export type FileIdentity =
  /** Carries Maillage's application id. */
  | { kind: 'maillage'; version: number }
  /** Written by a Maillage from before the id: our tables and a schema version. It gets the id when opened for writing. */
  | { kind: 'maillage-unmarked'; version: number }
  /** A new or empty SQLite file: no table, no version, no id. */
  | { kind: 'empty' }
  /** Anything else: another application's database. */
  | { kind: 'foreign'; applicationId: number; version: number; tables: string[] };

/** Reads the header and the schema only: never writes. */
export function identifyFile(db: Database.Database): FileIdentity {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  if (applicationId === MAILLAGE_APPLICATION_ID) return { kind: 'maillage', version };
  if (applicationId === 0 && version === 0 && tables.length === 0) return { kind: 'empty' };
  if (applicationId === 0 && version > 0 && MAILLAGE_CORE_TABLES.every((t) => tables.includes(t))) return { kind: 'maillage-unmarked', version };
  return { kind: 'foreign', applicationId, version, tables };
}

/** Marks a file as a Maillage network (only called on empty files and on recognised Maillage files). */
export function markAsMaillage(db: Database.Database): void {
  db.pragma(`application_id = ${MAILLAGE_APPLICATION_ID}`);
}
