// The store's part of named communities: each score run's communities tied to lasting ones
// (table community, run_community of migration 009), their names and the user's renames.
import type { CommunityNameKind } from '../../../shared/communities';
import type { Db } from './connection';

export interface RunMember {
  personId: number;
  community: number;
  influence: number;
  name: string;
  organisation: string | null;
}

/** Every person scored in the run, with their community in it. */
export function runMembers(db: Db, runId: number): RunMember[] {
  return db
    .prepare(
      `SELECT s.person_id AS personId, s.community, s.influence, p.name, o.name AS organisation
       FROM score s JOIN person p ON p.id = s.person_id LEFT JOIN organisation o ON o.id = p.organisation_id
       WHERE s.run_id = ? ORDER BY s.person_id`,
    )
    .all(runId) as RunMember[];
}

export function runHasCommunities(db: Db, runId: number): boolean {
  return db.prepare('SELECT 1 FROM run_community WHERE run_id = ? LIMIT 1').get(runId) !== undefined;
}

/** The newest earlier run whose communities are tied to lasting ones (the one to match against). */
export function previousNamedRun(db: Db, runId: number): number | null {
  return (db.prepare('SELECT max(run_id) AS id FROM run_community WHERE run_id < ?').get(runId) as { id: number | null }).id;
}

/** The run's community number → lasting community id. */
export function runCommunityLinks(db: Db, runId: number): Map<number, number> {
  const rows = db.prepare('SELECT community, community_id FROM run_community WHERE run_id = ?').raw().all(runId) as Array<[number, number]>;
  return new Map(rows);
}

export function allCommunityNames(db: Db): Set<string> {
  return new Set((db.prepare('SELECT name FROM community').raw().all() as Array<[string]>).map(([n]) => n));
}

export function insertCommunity(db: Db, kind: CommunityNameKind, name: string, at: string): number {
  return Number(db.prepare('INSERT INTO community (name_kind, name, created_at) VALUES (?, ?, ?)').run(kind, name, at).lastInsertRowid);
}

export function linkRunCommunity(db: Db, runId: number, community: number, communityId: number, size: number): void {
  db.prepare('INSERT INTO run_community (run_id, community, community_id, size) VALUES (?, ?, ?, ?)').run(runId, community, communityId, size);
}

export interface StoredRunCommunity {
  community: number;
  id: number;
  kind: CommunityNameKind;
  name: string;
  size: number;
}

export function listRunCommunities(db: Db, runId: number): StoredRunCommunity[] {
  return db
    .prepare(
      `SELECT rc.community, c.id, c.name_kind AS kind, c.name, rc.size FROM run_community rc JOIN community c ON c.id = rc.community_id
       WHERE rc.run_id = ? ORDER BY rc.size DESC, rc.community`,
    )
    .all(runId) as StoredRunCommunity[];
}

/** Renames a lasting community; false when there is no such community. */
export function renameCommunity(db: Db, id: number, name: string): boolean {
  return db.prepare("UPDATE community SET name_kind = 'custom', name = ? WHERE id = ?").run(name, id).changes > 0;
}
