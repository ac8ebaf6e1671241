// People as the planners and My network read them: the owner, names, organisations, handles.
import type { Gender, Role } from '../../../shared/domain';
import type { Db } from './connection';

export function owner(db: Db): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM person WHERE is_me = 1').get() as { id: number; name: string } | undefined;
}

export function personNames(db: Db): Map<number, string> {
  return new Map(db.prepare('SELECT id, name FROM person').raw().all() as Array<[number, string]>);
}

export interface PersonCard {
  id: number;
  name: string;
  role: Role;
  gender: Gender | null;
  organisation: string | null;
}

/** Every person with role, gender and organisation name, by id. */
export function personCards(db: Db): PersonCard[] {
  return db
    .prepare('SELECT p.id, p.name, p.role, p.gender, o.name AS organisation FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id')
    .all() as PersonCard[];
}

/** A reader of one person's handles, oldest first (prepared once for many people). */
export function handleReader(db: Db): (personId: number) => Array<{ kind: string; value: string }> {
  const handles = db.prepare('SELECT kind, value FROM handle WHERE person_id = ? ORDER BY id');
  return (personId) => handles.all(personId) as Array<{ kind: string; value: string }>;
}
