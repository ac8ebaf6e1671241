// Reading and editing people: the list, one person's page, and user edits.
import { errorKind } from '../../../shared/errors';
import type {
  AttendanceRole,
  AttendanceStatus,
  Gender,
  Handle,
  HandleKind,
  InteractionKind,
  PeoplePage,
  PersonActivity,
  PeopleQuery,
  Person,
  PersonDetail,
  PersonPatch,
  Role,
} from '../../../shared/domain';
import type { Db } from './connection';
import { ensureOrganisation } from './organisations';

/** A person as the people list reads it: the person's columns with the organisation's name. */
interface PersonWithOrganisationRow {
  id: number;
  name: string;
  role: Role;
  organisation: string | null;
  title: string | null;
  gender: Gender | null;
  followers: number | null;
  notes: string;
  tags: string;
  is_me: number;
  original_posts: number | null;
  reposts: number | null;
}

const PERSON_SELECT = `
  SELECT p.id, p.name, p.role, o.name AS organisation, p.title, p.gender, p.followers, p.notes, p.tags,
         p.is_me, p.original_posts, p.reposts
  FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id`;

/** Escapes LIKE wildcards so that a search for "50%" finds "50%", not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listPeople(db: Db, query: PeopleQuery): PeoplePage {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.search?.trim()) {
    where.push(`(p.name LIKE @q ESCAPE '\\' OR o.name LIKE @q ESCAPE '\\' OR p.title LIKE @q ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM handle h WHERE h.person_id = p.id AND h.value LIKE @q ESCAPE '\\'))`);
    params.q = likePattern(query.search.trim().replace(/^@/, ''));
  }
  if (query.role) {
    where.push('p.role = @role');
    params.role = query.role;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${PERSON_SELECT} ${clause} ORDER BY p.is_me DESC, p.name COLLATE NOCASE LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit ?? 100, offset: query.offset ?? 0 }) as PersonWithOrganisationRow[];
  return {
    total,
    people: rows.map((r) => ({ id: r.id, name: r.name, role: r.role, organisation: r.organisation, title: r.title, isMe: r.is_me === 1 })),
  };
}

export function getPerson(db: Db, id: number): Person | null {
  const row = db.prepare(`${PERSON_SELECT} WHERE p.id = ?`).get(id) as PersonWithOrganisationRow | undefined;
  if (!row) return null;
  const handles = db.prepare('SELECT kind, value FROM handle WHERE person_id = ? ORDER BY kind, value').all(id) as Array<{ kind: HandleKind; value: string }>;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    title: row.title,
    isMe: row.is_me === 1,
    gender: row.gender,
    followers: row.followers,
    notes: row.notes,
    tags: parseTags(row.tags),
    handles: handles as Handle[],
    originalPosts: row.original_posts,
    reposts: row.reposts,
  };
}

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export function getPersonDetail(db: Db, id: number): PersonDetail | null {
  const person = getPerson(db, id);
  if (!person) return null;
  const sent = kindCounts(db.prepare('SELECT kind, count(*) AS n FROM interaction WHERE from_person_id = ? GROUP BY kind').all(id));
  const received = kindCounts(db.prepare('SELECT kind, count(*) AS n FROM interaction WHERE to_person_id = ? GROUP BY kind').all(id));
  const partners = db
    .prepare(
      `WITH sent AS (SELECT to_person_id AS other, count(*) AS n FROM interaction WHERE from_person_id = @id GROUP BY to_person_id),
            recv AS (SELECT from_person_id AS other, count(*) AS n FROM interaction WHERE to_person_id = @id GROUP BY from_person_id),
            everyone AS (SELECT other FROM sent UNION SELECT other FROM recv)
       SELECT e.other AS id, p.name, coalesce(s.n, 0) AS sent, coalesce(r.n, 0) AS received
       FROM everyone e JOIN person p ON p.id = e.other
       LEFT JOIN sent s ON s.other = e.other LEFT JOIN recv r ON r.other = e.other
       ORDER BY coalesce(s.n, 0) + coalesce(r.n, 0) DESC, p.name`,
    )
    .all({ id }) as Array<{ id: number; name: string; sent: number; received: number }>;
  const span = db
    .prepare('SELECT min(at) AS first, max(at) AS last FROM interaction WHERE (from_person_id = @id OR to_person_id = @id) AND at IS NOT NULL')
    .get({ id }) as { first: string | null; last: string | null };
  const months = db
    .prepare(
      `SELECT substr(at, 1, 7) AS month, sum(from_person_id = @id) AS sent, sum(to_person_id = @id) AS received
       FROM interaction WHERE (from_person_id = @id OR to_person_id = @id) AND at IS NOT NULL GROUP BY month ORDER BY month`,
    )
    .all({ id }) as Array<{ month: string; sent: number; received: number }>;
  const events = db
    .prepare(
      `SELECT e.id, e.name, e.date, a.role, a.status FROM attendance a JOIN event e ON e.id = a.event_id
       WHERE a.person_id = ? ORDER BY e.date DESC`,
    )
    .all(id) as Array<{ id: number; name: string; date: string | null; role: AttendanceRole; status: AttendanceStatus }>;
  return {
    person,
    activity: {
      sent,
      received,
      partners: partners.length,
      reciprocalPartners: partners.filter((p) => p.sent > 0 && p.received > 0).length,
      firstAt: span.first,
      lastAt: span.last,
      monthly: fillMonths(months),
    },
    events,
    topPartners: partners.slice(0, 10),
  };
}

/** Every month from the first to the last, so that a quiet month shows as a gap in the chart. */
function fillMonths(rows: Array<{ month: string; sent: number; received: number }>): PersonActivity['monthly'] {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const out: PersonActivity['monthly'] = [];
  let [year, month] = first.month.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    const row = byMonth.get(key);
    out.push({ month: key, sent: row?.sent ?? 0, received: row?.received ?? 0 });
    if (key === last.month) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

function kindCounts(rows: unknown[]): Partial<Record<InteractionKind, number>> {
  const counts: Partial<Record<InteractionKind, number>> = {};
  for (const row of rows as Array<{ kind: InteractionKind; n: number }>) counts[row.kind] = row.n;
  return counts;
}

export class PersonNotFoundError extends errorKind('not_found') {
  constructor(readonly id: number) {
    super(`No person with id ${id}`, 'personNotFound', { id });
  }
}

export function updatePerson(db: Db, id: number, patch: PersonPatch): Person {
  return db.transaction(() => {
    if (!getPerson(db, id)) throw new PersonNotFoundError(id);
    const sets: string[] = [];
    const params: Record<string, unknown> = { id };
    const simple: Array<[keyof PersonPatch, string]> = [
      ['name', 'name'], ['role', 'role'], ['title', 'title'], ['gender', 'gender'], ['followers', 'followers'], ['notes', 'notes'],
    ];
    for (const [field, column] of simple) {
      if (patch[field] === undefined) continue;
      sets.push(`${column} = @${column}`);
      params[column] = patch[field];
    }
    if (patch.tags !== undefined) {
      sets.push('tags = @tags');
      params.tags = JSON.stringify([...new Set(patch.tags)]);
    }
    if (patch.organisation !== undefined) {
      sets.push('organisation_id = @organisation_id');
      params.organisation_id = ensureOrganisation(db, patch.organisation);
    }
    if (sets.length) db.prepare(`UPDATE person SET ${sets.join(', ')} WHERE id = @id`).run(params);
    return getPerson(db, id) as Person;
  })();
}
