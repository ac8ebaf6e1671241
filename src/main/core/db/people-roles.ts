// People with their roles and where each role comes from (the `people` command, the People
// page's bulk edit).
import type { Role } from '../../../shared/domain';
import type { PersonRoleRow, RoleSource } from '../../../shared/my-data';
import type { Db } from './connection';

export function listPeopleRoles(db: Db, role?: Role): PersonRoleRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.title, p.role, p.role_source AS roleSource, o.name AS organisation
       FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
       ${role ? 'WHERE p.role = ?' : ''} ORDER BY p.is_me DESC, p.name COLLATE NOCASE, p.id`,
    )
    .all(...(role ? [role] : [])) as Array<PersonRoleRow & { roleSource: RoleSource }>;
  return rows;
}

/** Sets the role of these people as the user's choice. Returns how many exist. */
export function setRoles(db: Db, ids: readonly number[], role: Role): number {
  const statement = db.prepare("UPDATE person SET role = ?, role_source = 'user' WHERE id = ?");
  let n = 0;
  for (const id of ids) n += statement.run(role, id).changes;
  return n;
}

export function setOrganisations(db: Db, ids: readonly number[], organisationId: number | null): number {
  const statement = db.prepare('UPDATE person SET organisation_id = ? WHERE id = ?');
  let n = 0;
  for (const id of ids) n += statement.run(organisationId, id).changes;
  return n;
}
