// JSON backup: the whole network (people with handles, organisations, events, attendance,
// interactions with their source ids, follows, the owner's X audience snapshots), versioned,
// re-importable with `import json`.
import type { Db } from './connection';
import { audienceBackup } from './audience';

/** Version of the backup layout; import/json-backup.ts accepts exactly this one. */
export const JSON_BACKUP_VERSION = 1;

export function exportJson(db: Db, now: Date = new Date()): string {
  const handles = new Map<number, Array<{ kind: string; value: string }>>();
  for (const h of db.prepare('SELECT person_id, kind, value FROM handle ORDER BY id').all() as Array<{ person_id: number; kind: string; value: string }>) {
    handles.set(h.person_id, [...(handles.get(h.person_id) ?? []), { kind: h.kind, value: h.value }]);
  }
  const people = (
    db.prepare(
      `SELECT p.id, p.name, p.role, o.name AS organisation, p.title, p.gender, p.followers, p.followers_at, p.notes, p.tags, p.is_me,
              p.original_posts, p.reposts, p.created_at FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.id`,
    ).all() as Array<Record<string, unknown> & { id: number; tags: string; is_me: number }>
  ).map((p) => ({
    id: p.id, name: p.name, role: p.role, organisation: p.organisation, title: p.title, gender: p.gender, followers: p.followers,
    ...(p.followers_at ? { followersAt: p.followers_at } : {}),
    notes: p.notes, tags: parseTags(p.tags), isMe: p.is_me === 1, originalPosts: p.original_posts, reposts: p.reposts,
    createdAt: p.created_at, handles: handles.get(p.id) ?? [],
  }));
  const backup = {
    maillage: JSON_BACKUP_VERSION,
    exportedAt: now.toISOString(),
    people,
    organisations: db.prepare('SELECT id, name FROM organisation ORDER BY id').all(),
    events: db
      .prepare('SELECT e.id, e.name, e.kind, e.date, e.place, e.capacity, o.name AS hostOrganisation FROM event e LEFT JOIN organisation o ON o.id = e.host_organisation_id ORDER BY e.id')
      .all(),
    attendance: db.prepare('SELECT person_id AS person, event_id AS event, role, status FROM attendance ORDER BY event_id, person_id').all(),
    interactions: db
      .prepare('SELECT from_person_id AS "from", to_person_id AS "to", kind, channel, at, weight, external_id AS externalId FROM interaction ORDER BY id')
      .all(),
    follows: db.prepare('SELECT follower_id AS follower, followed_id AS followed FROM follow ORDER BY follower_id, followed_id').all(),
    audience: audienceBackup(db),
  };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

function parseTags(raw: string): string[] {
  try {
    const tags: unknown = JSON.parse(raw);
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}
