// The owner of the network (the person with is_me) and their handles: read, named, created.
import type { OwnerInfo } from '../../../shared/my-data';
import type { Db } from './connection';

export function readOwner(db: Db): OwnerInfo | null {
  const row = db.prepare('SELECT id, name FROM person WHERE is_me = 1').get() as { id: number; name: string } | undefined;
  if (!row) return null;
  const handle = (kind: string) => (db.prepare('SELECT value FROM handle WHERE person_id = ? AND kind = ? ORDER BY id LIMIT 1').pluck().get(row.id, kind) as string | undefined) ?? null;
  return { id: row.id, name: row.name, x: handle('x'), linkedin: handle('linkedin'), email: handle('email') };
}

export function createOwner(db: Db, name: string): number {
  return Number(db.prepare("INSERT INTO person (name, is_me, created_at) VALUES (?, 1, ?)").run(name, new Date().toISOString()).lastInsertRowid);
}

export function renamePerson(db: Db, id: number, name: string): void {
  db.prepare('UPDATE person SET name = ? WHERE id = ?').run(name, id);
}

/** Who holds a handle (null when nobody). */
export function handleHolder(db: Db, kind: string, value: string): { id: number; name: string } | null {
  return (db.prepare('SELECT p.id, p.name FROM handle h JOIN person p ON p.id = h.person_id WHERE h.kind = ? AND h.value = ?').get(kind, value) as { id: number; name: string } | undefined) ?? null;
}

/** Makes `value` the person's one handle of this kind (null removes it). */
export function replaceHandle(db: Db, personId: number, kind: string, value: string | null): void {
  db.prepare('DELETE FROM handle WHERE person_id = ? AND kind = ?').run(personId, kind);
  if (value !== null) db.prepare('INSERT INTO handle (person_id, kind, value) VALUES (?, ?, ?)').run(personId, kind, value);
}
