// Erasing a person for good (GDPR): their row, handles, interactions, attendance, follows, their
// X account in the audience snapshots, positions, scores, merge records and every undo-history entry that holds their data, with
// SQLite's secure_delete on so that the freed pages are overwritten, then the WAL checkpointed
// and truncated so that no copy of the old pages stays beside the file.
import type { ErasePreview } from '../../../shared/my-data';
import type { Db } from './connection';
import { forgetAudienceAccountsOf } from './audience';

interface Change {
  table: string;
  old: Record<string, unknown> | null;
  new: Record<string, unknown> | null;
  rowid: number;
}

/** Whether one recorded change holds data of the person. */
function touches(change: Change, id: number): boolean {
  if (change.table === 'person' && change.rowid === id) return true;
  for (const row of [change.old, change.new]) {
    if (!row) continue;
    for (const column of ['person_id', 'from_person_id', 'to_person_id', 'follower_id', 'followed_id', 'person_a', 'person_b', 'kept_id', 'merged_id']) {
      if (row[column] === id) return true;
    }
  }
  return false;
}

function historyEntries(db: Db, id: number): number[] {
  const entries = db.prepare('SELECT id, changes FROM edit_log').all() as Array<{ id: number; changes: string }>;
  return entries.filter((e) => (JSON.parse(e.changes) as Change[]).some((c) => touches(c, id))).map((e) => e.id);
}

export function erasePreview(db: Db, id: number): ErasePreview | null {
  const person = db.prepare('SELECT id, name, notes FROM person WHERE id = ?').get(id) as { id: number; name: string; notes: string } | undefined;
  if (!person) return null;
  const count = (sql: string) => db.prepare(sql).pluck().get(id, id) as number;
  return {
    id,
    name: person.name,
    handles: (db.prepare('SELECT value FROM handle WHERE person_id = ? ORDER BY kind, value').pluck().all(id) as string[]),
    interactions: count('SELECT count(*) FROM interaction WHERE from_person_id = ? OR to_person_id = ?'),
    attendance: count('SELECT count(*) FROM attendance WHERE person_id = ? OR person_id = ?'),
    hasNotes: person.notes.trim() !== '',
    historyEntries: historyEntries(db, id).length,
  };
}

/** Erases the person in one transaction; returns false when there is no such person. */
export function erasePerson(db: Db, id: number): boolean {
  const secure = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    const erased = db.transaction(() => {
      if (db.prepare('SELECT 1 FROM person WHERE id = ?').get(id) === undefined) return false;
      const entries = historyEntries(db, id);
      const dropEntry = db.prepare('DELETE FROM edit_log WHERE id = ?');
      for (const entry of entries) dropEntry.run(entry);
      db.prepare('DELETE FROM person_merge WHERE kept_id = ? OR merged_id = ?').run(id, id);
      db.prepare('DELETE FROM merge_candidate WHERE person_a = ? OR person_b = ?').run(id, id);
      forgetAudienceAccountsOf(db, id);
      // Handles, interactions, attendance, follows, positions and scores go by ON DELETE CASCADE.
      db.prepare('DELETE FROM person WHERE id = ?').run(id);
      return true;
    })();
    if (erased && !db.memory) db.pragma('wal_checkpoint(TRUNCATE)');
    return erased;
  } finally {
    db.pragma(`secure_delete = ${secure}`);
  }
}
