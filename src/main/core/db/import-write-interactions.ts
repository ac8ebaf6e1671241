// Stores a bundle's interactions: person keys already resolved to ids, an external id for every
// row (the source's, or one derived from the row's content), nothing stored twice.
import { hash } from 'node:crypto';
import type { Db } from './connection';
import type { ImportSummary } from '../../../shared/imports';
import type { ImportBundle } from '../import/bundle';
import { orderById } from '../import/id-order';

export interface InteractionTarget {
  format: string;
  batchId: number;
  idOf: (key: string, what: string) => number;
  summary: ImportSummary;
  tick: (n?: number) => void;
}

/** Rows per INSERT statement: one call into SQLite per row costs more than the row itself. */
const ROWS_PER_INSERT = 64;

/** An INSERT of `rows` rows; `upsert` lets the unique index refuse ids already stored (it must exist then). */
const insertInteractions = (rows: number, upsert: boolean): string =>
  `INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id)
   VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}${upsert ? ' ON CONFLICT(external_id) DO NOTHING' : ''}`;

/**
 * Rows without a source id get one from their content, so that a newer export of the same source
 * (the same rows plus new ones) adds only the new rows. Identical rows within one file are kept
 * apart by their occurrence number. The id is sha1 of the row's canonical content and occurrence,
 * as it always was: ids stored by earlier versions stay valid, so a newer export imported after
 * an upgrade still adds only its new rows. Measured per million rows: the one-shot crypto.hash
 * takes 0.9 s of CPU, createHash().update().digest() 2.2 s. A different content with the same
 * 160-bit id would be taken for a duplicate: that does not happen in practice.
 */
const contentOf = (from: number, to: number, kind: string, channel: string, at: string | undefined, weight: number | undefined): string =>
  `${from}|${to}|${kind}|${channel}|${at ?? ''}|${weight ?? 1}`;
const contentId = (format: string, content: string, occurrence: number): string => `${format}:${hash('sha1', `${content}|${occurrence}`)}`;

export function writeInteractions(db: Db, bundle: ImportBundle, target: InteractionTarget): void {
  const { summary, tick } = target;
  const rows = bundle.interactions;
  const froms = new Float64Array(rows.length);
  const tos = new Float64Array(rows.length);
  const ids: string[] = new Array<string>(rows.length);
  const derived = new Uint8Array(rows.length);
  const kept: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i]!;
    const from = target.idOf(x.from, 'an interaction');
    const to = target.idOf(x.to, 'an interaction');
    if (from === to) {
      // The page names the person as the file does (a bundle key like x:123 tells a user nothing); rare, so found by a scan.
      const person = bundle.people.find((p) => p.key === x.from)?.name.trim() || x.from;
      summary.warnings.push({ message: `an interaction of ${x.from} with themselves was passed over`, why: { key: 'selfInteractionOf', params: { person } } });
      tick();
      continue;
    }
    froms[i] = from;
    tos[i] = to;
    if (x.externalId) ids[i] = x.externalId;
    else {
      // Every derived id starts as the first occurrence; repeats are renumbered below.
      ids[i] = contentId(target.format, contentOf(from, to, x.kind, x.channel, x.at, x.weight), 1);
      derived[i] = 1;
    }
    kept.push(i);
  }

  // Identical contents got identical first ids, and copies of an id fall in one run of equal
  // prefixes, in file order: numbering the repeats run by run (a run is one or two ids) numbers
  // them as the file has them, without a map of a million contents.
  // A source id given twice (the same post in two overlapping API responses) is one interaction:
  // its later copies are marked here, in the same runs.
  const order = orderById(ids, kept);
  const renumbered = new Uint8Array(rows.length);
  const repeated = new Uint8Array(rows.length);
  for (let start = 0; start < order.rows.length; ) {
    let end = start + 1;
    while (end < order.rows.length && order.prefixOf(end) === order.prefixOf(start)) end++;
    if (end - start > 1) {
      const seen = new Map<string, number>();
      for (let k = start; k < end; k++) {
        const row = order.rows[k]!;
        if (!derived[row]) {
          if (seen.has(ids[row]!)) repeated[row] = 1;
          else seen.set(ids[row]!, 1);
          continue;
        }
        const occurrence = (seen.get(ids[row]!) ?? 0) + 1;
        seen.set(ids[row]!, occurrence);
        if (occurrence > 1) {
          const x = rows[row]!;
          ids[row] = contentId(target.format, contentOf(froms[row]!, tos[row]!, x.kind, x.channel, x.at, x.weight), occurrence);
          renumbered[row] = 1;
        }
      }
    }
    start = end;
  }

  const large = kept.length > DEFER_INDEXES_ABOVE;
  const expectedNew = large ? newRowsExpected(db, ids, kept) : kept.length;
  const existing = large ? (db.prepare('SELECT count(*) FROM interaction').pluck().get() as number) : 0;
  // A large import that brings more rows than the network holds rebuilds every index of the table
  // after its rows are in, the unique one included (see deferIndexes).
  const deferred = expectedNew > DEFER_INDEXES_ABOVE && existing <= expectedNew;
  // Ids already stored, read before any index is dropped: every one of them when the unique index
  // will be missing; when it stays, those of a newer export (mostly rows already here).
  const stored = deferred ? (existing > 0 ? storedIds(db) : null) : large && expectedNew < kept.length / 2 ? storedIds(db, ids, kept) : null;
  const rebuild = deferred ? deferIndexes(db) : NOTHING;
  const upsert = !deferred;
  const statement = db.prepare(insertInteractions(ROWS_PER_INSERT, upsert));
  const values: unknown[] = [];
  let pending = 0;
  const flush = (): void => {
    if (pending === 0) return;
    const added = (pending === ROWS_PER_INSERT ? statement : db.prepare(insertInteractions(pending, upsert))).run(values).changes;
    summary.added.interactions += added;
    summary.duplicateInteractions += pending - added;
    tick(pending);
    values.length = 0;
    pending = 0;
  };
  const insert = (row: number): void => {
    if (repeated[row] || stored?.has(ids[row]!)) {
      summary.duplicateInteractions++;
      tick();
      return;
    }
    const x = rows[row]!;
    values.push(froms[row], tos[row], x.kind, x.channel, x.at ?? null, x.weight ?? 1, target.batchId, ids[row]);
    if (++pending === ROWS_PER_INSERT) flush();
  };
  if (!large || deferred) {
    // The file's order: rows get ids in the order the user sees them, and a large import reads
    // its rows' strings where the parser left them, in order (measured on 1M rows: 6.1 s to
    // insert them in id order into a maintained unique index, 3.9 s in file order without it).
    for (const row of kept) insert(row);
  } else {
    // A newer export into the indexes kept: in external-id order, the unique index is walked
    // once from its start to its end instead of at a million random places (content hashes are
    // random): 8.0 s unsorted, 5.1 s sorted, measured on 1M rows. The repeats renumbered above
    // follow, in file order.
    for (const row of order.rows) if (!renumbered[row]) insert(row);
    for (const row of kept) if (renumbered[row]) insert(row);
  }
  flush();
  rebuild();
}

const NOTHING = (): void => undefined;

/** Above this many new interactions (and at least as many as the network holds), indexes are rebuilt rather than maintained. */
const DEFER_INDEXES_ABOVE = 200_000;
/** Rows looked up to estimate how many of a large import are new. */
const SAMPLE = 1_000;

/**
 * How many of the rows are probably not in the network yet, from the share of an evenly spaced
 * sample whose ids are already stored. A newer export of a source already imported is mostly
 * rows that are here: rebuilding every index for its few new rows cost more than adding them
 * (measured, 1M-row CSV export + 1% new rows into the network of the first: 21.4 s with the
 * indexes rebuilt).
 */
function newRowsExpected(db: Db, ids: readonly string[], rows: readonly number[]): number {
  const stored = db.prepare('SELECT 1 FROM interaction WHERE external_id = ?').pluck();
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  let sampled = 0;
  let present = 0;
  for (let k = 0; k < rows.length; k += step) {
    sampled++;
    if (stored.get(ids[rows[k]!]!) !== undefined) present++;
  }
  return Math.round((rows.length * (sampled - present)) / sampled);
}

/**
 * The ids already stored: all of them, or those between the smallest and the largest of the
 * import's. For an import that is mostly rows already here (a newer export), a walk of that range
 * of the unique index and a set lookup per row cost less than sending every row to SQLite to be
 * refused there (measured, 1M-row CSV export + 1% new rows: the INSERTs took 5.5 s, 1M of them
 * refused). all() then one Set: stepping a million rows through iterate() costs twice as much
 * (1M ids: 1.8 s with iterate, 0.9 s with all).
 */
function storedIds(db: Db, ids?: readonly string[], rows?: readonly number[]): Set<string> {
  if (!ids || !rows || rows.length === 0) return new Set(db.prepare('SELECT external_id FROM interaction WHERE external_id IS NOT NULL').pluck().all() as string[]);
  let low = ids[rows[0]!]!;
  let high = low;
  for (const row of rows) {
    const id = ids[row]!;
    if (id < low) low = id;
    else if (id > high) high = id;
  }
  return new Set(db.prepare('SELECT external_id FROM interaction WHERE external_id BETWEEN ? AND ?').pluck().all(low, high) as string[]);
}

/**
 * For an import expected to add more rows than the network holds, drops the interaction table's
 * indexes (from, to, and the unique external id) and returns what recreates them: building an
 * index by sorting once is cheaper than inserting a million keys in random order into B-trees
 * (measured: 300k rows in 8.4 s of CPU instead of 9.2 s, with the cache raised; the gain grows
 * with the size), and without the unique index the rows can go in in file order. Uniqueness
 * holds all the same: the import skips the ids already stored and its own repeats, and building
 * the unique index again would refuse any duplicate left, rolling the import back. It stays
 * atomic: DDL is transactional in SQLite, and an error before the rebuild rolls the drop back
 * with the rest. The rebuild lets SQLite sort with a second thread (PRAGMA threads), restored
 * after.
 */
function deferIndexes(db: Db): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' AND sql IS NOT NULL")
    .all() as Array<{ name: string; sql: string }>;
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  return () => {
    const threads = db.pragma('threads', { simple: true }) as number;
    db.pragma('threads = 2');
    try {
      for (const index of indexes) db.exec(index.sql);
    } catch (error) {
      // Two rows that JavaScript told apart but SQLite stores alike (ids with unpaired surrogates).
      if (/UNIQUE constraint failed/.test((error as Error).message)) throw new Error('two of the interactions have the same id once stored; nothing was imported', { cause: error });
      throw error;
    } finally {
      db.pragma(`threads = ${threads}`);
    }
  };
}
