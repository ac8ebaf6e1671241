// Undo and redo for the user's edits. While an edit runs, temporary triggers record every row
// it inserts, updates or deletes (including foreign-key cascades) in the tables a user edit can
// touch; the record is stored in edit_log, in the network file, so undo survives a restart.
// Undo replays the changes backwards with the old rows; redo replays them forwards.
import { errorKind } from '../../../shared/errors';
import type { UndoState } from '../../../shared/domain';
import type { Db } from './connection';

/** Every table a user edit (person, event, attendance, merge) can change. */
const TRACKED = ['person', 'handle', 'organisation', 'event', 'attendance', 'interaction', 'follow', 'layout_position', 'score', 'merge_candidate', 'person_merge'];
const MAX_HISTORY = 200;

interface Change {
  table: string;
  op: 'i' | 'u' | 'd';
  rowid: number;
  old: Record<string, unknown> | null;
  new: Record<string, unknown> | null;
}

export type { UndoState };

export class NothingToUndoError extends errorKind('conflict') {}

const prepared = new WeakSet<Db>();

function columns(db: Db, table: string): string[] {
  return (db.prepare(`PRAGMA main.table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

/** Creates the capture table and triggers on this connection (temporary: they never reach the file). */
function prepare(db: Db): void {
  if (prepared.has(db)) return;
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS edit_capture (on_ INTEGER NOT NULL);
           CREATE TEMP TABLE IF NOT EXISTS edit_captured (seq INTEGER PRIMARY KEY, tbl TEXT, op TEXT, row_id INTEGER, old TEXT, new TEXT);`);
  for (const table of TRACKED) {
    const cols = columns(db, table);
    const json = (alias: string) => `json_object(${cols.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;
    const when = 'WHEN EXISTS (SELECT 1 FROM temp.edit_capture)';
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_i AFTER INSERT ON main.${table} ${when}
        BEGIN INSERT INTO edit_captured (tbl, op, row_id, old, new) VALUES ('${table}', 'i', NEW.rowid, NULL, ${json('NEW')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_u AFTER UPDATE ON main.${table} ${when}
        BEGIN INSERT INTO edit_captured (tbl, op, row_id, old, new) VALUES ('${table}', 'u', NEW.rowid, ${json('OLD')}, ${json('NEW')}); END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_d AFTER DELETE ON main.${table} ${when}
        BEGIN INSERT INTO edit_captured (tbl, op, row_id, old, new) VALUES ('${table}', 'd', OLD.rowid, ${json('OLD')}, NULL); END;`);
  }
  prepared.add(db);
}

/** Runs a user edit in one transaction and records it for undo. Starting an edit clears the redo history. */
export function recordEdit<T>(db: Db, label: string, edit: () => T): T {
  prepare(db);
  return db.transaction(() => {
    db.prepare('DELETE FROM temp.edit_captured').run();
    db.prepare('INSERT INTO temp.edit_capture VALUES (1)').run();
    let result: T;
    try {
      result = edit();
    } finally {
      db.prepare('DELETE FROM temp.edit_capture').run();
    }
    // An update that wrote the same values (saving unchanged notes) is not a step to undo.
    const rows = (db.prepare('SELECT tbl, op, row_id, old, new FROM temp.edit_captured ORDER BY seq').all() as Array<{ tbl: string; op: Change['op']; row_id: number; old: string | null; new: string | null }>).filter(
      (r) => !(r.op === 'u' && r.old === r.new),
    );
    db.prepare('DELETE FROM temp.edit_captured').run();
    if (rows.length) {
      const changes: Change[] = rows.map((r) => ({ table: r.tbl, op: r.op, rowid: r.row_id, old: r.old === null ? null : JSON.parse(r.old), new: r.new === null ? null : JSON.parse(r.new) }));
      db.prepare('DELETE FROM edit_log WHERE undone = 1').run();
      db.prepare('INSERT INTO edit_log (label, at, changes) VALUES (?, ?, ?)').run(label, new Date().toISOString(), JSON.stringify(changes));
      db.prepare('DELETE FROM edit_log WHERE id <= (SELECT max(id) FROM edit_log) - ?').run(MAX_HISTORY);
    }
    return result;
  })();
}

// Never INSERT OR REPLACE: a replace is a delete, and a deleted person cascades to their ties.
function insertRow(db: Db, table: string, rowid: number, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO main.${table} (rowid, ${cols.join(', ')}) VALUES (@__rowid, ${cols.map((c) => `@${c}`).join(', ')})`).run({ ...row, __rowid: rowid });
}

function updateRow(db: Db, table: string, rowid: number, row: Record<string, unknown>): void {
  const cols = Object.keys(row);
  db.prepare(`UPDATE main.${table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE rowid = @__rowid`).run({ ...row, __rowid: rowid });
}

function apply(db: Db, changes: Change[], direction: 'undo' | 'redo'): void {
  // Constraints are checked at commit, when the whole step is back in place.
  db.pragma('defer_foreign_keys = ON');
  for (const c of direction === 'undo' ? [...changes].reverse() : changes) {
    const kind = direction === 'undo' ? ({ i: 'd', d: 'i', u: 'u' } as const)[c.op] : c.op;
    const row = direction === 'undo' ? c.old : c.new;
    if (kind === 'd') db.prepare(`DELETE FROM main.${c.table} WHERE rowid = ?`).run(c.rowid);
    else if (kind === 'i') insertRow(db, c.table, c.rowid, row as Record<string, unknown>);
    else updateRow(db, c.table, c.rowid, row as Record<string, unknown>);
  }
}

export function undoState(db: Db): UndoState {
  const undo = db.prepare('SELECT label FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as { label: string } | undefined;
  const redo = db.prepare('SELECT label FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as { label: string } | undefined;
  return { undo: undo?.label ?? null, redo: redo?.label ?? null };
}

/** Undoes the latest edit not yet undone; returns its label. */
export function undoLast(db: Db): string {
  return db.transaction(() => {
    const entry = db.prepare('SELECT id, label, changes FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1').get() as { id: number; label: string; changes: string } | undefined;
    if (!entry) throw new NothingToUndoError('Nothing to undo.', 'nothingToUndo');
    apply(db, JSON.parse(entry.changes) as Change[], 'undo');
    db.prepare('UPDATE edit_log SET undone = 1 WHERE id = ?').run(entry.id);
    return entry.label;
  })();
}

/** Redoes the earliest undone edit; returns its label. */
export function redoNext(db: Db): string {
  return db.transaction(() => {
    const entry = db.prepare('SELECT id, label, changes FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1').get() as { id: number; label: string; changes: string } | undefined;
    if (!entry) throw new NothingToUndoError('Nothing to redo.', 'nothingToRedo');
    apply(db, JSON.parse(entry.changes) as Change[], 'redo');
    db.prepare('UPDATE edit_log SET undone = 0 WHERE id = ?').run(entry.id);
    return entry.label;
  })();
}
