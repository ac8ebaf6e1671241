// People and interactions a user types in (not imported): no import batch, a note on the interaction.
import type { Db } from './connection';

export interface NewPersonRow {
  name: string;
  role: string;
  roleSource: string;
  organisationId: number | null;
  title: string | null;
}

export function insertPerson(db: Db, row: NewPersonRow): number {
  return Number(
    db
      .prepare('INSERT INTO person (name, role, role_source, organisation_id, title, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.name, row.role, row.roleSource, row.organisationId, row.title, new Date().toISOString()).lastInsertRowid,
  );
}

export function personExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM person WHERE id = ?').get(id) !== undefined;
}

export interface NewInteractionRow {
  from: number;
  to: number;
  kind: string;
  channel: string;
  at: string;
  note: string | null;
}

export function insertInteraction(db: Db, row: NewInteractionRow): number {
  return Number(
    db
      .prepare('INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, note) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.from, row.to, row.kind, row.channel, row.at, row.note).lastInsertRowid,
  );
}
