// Stores an import bundle in the network: one transaction, identities resolved against the
// people already there, every row stamped with its import batch, and nothing added twice.
import type { Db } from './connection';
import { ensureOrganisation } from './organisations';
import { inferRole } from '../roles/infer';
import type { ImportSummary } from '../../../shared/imports';
import type { ImportBundle, ImportedPerson, ImportFormat } from '../import/bundle';
import { writeInteractions } from './import-write-interactions';
import { linkNewPeopleToAudience, networkOwnerId, writeAudienceSnapshot } from './audience';

export interface ImportSource {
  fileName: string;
  format: ImportFormat;
  /** Hash of the file's content: the same file imported twice is recognised and adds nothing. */
  contentHash: string;
}

export type { ImportSummary } from '../../../shared/imports';

export type WriteProgress = (done: number, total: number) => void;

/** Case-, accent- and spacing-insensitive form of a name, for matching people by name. */
export function personNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function stubName(person: ImportedPerson): string {
  if (person.name.trim()) return person.name.trim();
  const handle = person.handles.find((h) => h.kind === 'x') ?? person.handles.find((h) => h.kind === 'linkedin') ?? person.handles.find((h) => h.kind === 'email') ?? person.handles[0];
  if (!handle) return person.isMe ? 'Me' : 'Unknown';
  if (handle.kind === 'x') return `@${handle.value}`;
  if (handle.kind === 'x_id') return `X user ${handle.value}`;
  return handle.value;
}

export function writeBundle(db: Db, bundle: ImportBundle, source: ImportSource, onProgress?: WriteProgress): ImportSummary {
  const summary: ImportSummary = {
    batchId: null,
    alreadyImported: false,
    added: { people: 0, interactions: 0, follows: 0, events: 0, attendance: 0 },
    matchedPeople: 0,
    duplicateInteractions: 0,
    possibleDuplicates: [],
    warnings: [...bundle.warnings],
  };
  const total = bundle.people.length + bundle.interactions.length + bundle.follows.length + bundle.attendance.length;
  let done = 0;
  let reported = 0;
  const tick = (n = 1) => {
    done += n;
    if (onProgress && (done - reported >= 2000 || done === total)) {
      reported = done;
      onProgress(done, total);
    }
  };

  // Many interactions touch more pages than SQLite's default 2 MB cache holds (the external_id
  // index alone is ~60 MB per million rows): with the cache too small, pages are spilled to the
  // WAL and read back from the OS all along the transaction. Raised for the transaction, then
  // restored. Measured on 300k interactions: 13.9 s of CPU → 9.2 s (system time 2.5 s → 0.4 s).
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const large = bundle.interactions.length > LARGE_IMPORT;
  const bigCache = large && (cacheSize >= 0 || cacheSize > -IMPORT_CACHE_KIB);
  if (bigCache) db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  // SQLite checks an interaction's three foreign keys (from, to, batch) with three index lookups
  // per row: 1.6 s of a 1M-row import (measured, 7.5 s → 5.9 s for the inserts). Every key the
  // import writes is an id it has just read from the network or inserted itself, so a large
  // import checks its people once (peopleExist below) instead of every row twice. The pragma
  // cannot change inside a transaction, hence around it; restored whatever happens.
  const keysChecked = large && !db.inTransaction && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
  if (keysChecked) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      const existing = db.prepare('SELECT id FROM import_batch WHERE format = ? AND content_hash = ?').get(source.format, source.contentHash) as { id: number } | undefined;
      if (existing) {
        summary.alreadyImported = true;
        summary.batchId = existing.id;
        return;
      }
      const now = new Date().toISOString();
      const batchId = Number(
        db.prepare('INSERT INTO import_batch (file_name, format, content_hash, imported_at) VALUES (?, ?, ?, ?)').run(source.fileName, source.format, source.contentHash, now).lastInsertRowid,
      );
      summary.batchId = batchId;

      const personIds = resolvePeople(db, bundle, batchId, now, summary, tick, bundle.countedAt ?? now);
      const idOf = (key: string, what: string): number => {
        const id = personIds.get(key);
        if (id === undefined) throw new Error(`${source.fileName}: ${what} refers to "${key}", who is not among the file's people`);
        return id;
      };

      writeInteractions(db, bundle, { format: source.format, batchId, idOf, summary, tick });
      if (keysChecked) assertPeopleExist(db, personIds.values());

      const insertFollow = db.prepare('INSERT INTO follow (follower_id, followed_id, import_batch_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
      for (const f of bundle.follows) {
        const follower = idOf(f.follower, 'a follow');
        const followed = idOf(f.followed, 'a follow');
        if (follower !== followed) summary.added.follows += insertFollow.run(follower, followed, batchId).changes;
        tick();
      }

      const owner = networkOwnerId(db);
      for (const audience of bundle.audiences ?? []) {
        const of = idOf(audience.of, 'an audience snapshot');
        if (audience.ownerOnly && of !== owner) {
          summary.warnings.push({
            message: `the follower/following lists of X account ${audience.accountId ?? '?'} are kept as a follower count only: the organic-growth audit follows the network owner's audience (the owner's X account id is known once their X archive is imported)`,
            why: { key: 'audienceKeptAsCount', params: { account: audience.accountId ?? '?' } },
          });
          continue;
        }
        summary.added.follows += writeAudienceSnapshot(db, audience, of, batchId, now).follows;
      }
      // Audience accounts this import made people keep their follow facts.
      if (!bundle.audiences?.length && summary.added.people > 0) summary.added.follows += linkNewPeopleToAudience(db, batchId);

      for (const organisation of bundle.organisations ?? []) ensureOrganisation(db, organisation);
      const eventIds = new Map<string, number>();
      const findEvent = db.prepare('SELECT id, name, date FROM event WHERE date IS ? OR ? IS NULL');
      const insertEvent = db.prepare('INSERT INTO event (name, kind, date, place, capacity, host_organisation_id, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
      // An event already here keeps what the user set; only a missing host is filled in.
      const fillHost = db.prepare('UPDATE event SET host_organisation_id = ? WHERE id = ? AND host_organisation_id IS NULL');
      for (const e of bundle.events) {
        const key = personNameKey(e.name);
        const match = (findEvent.all(e.date ?? null, e.date ?? null) as Array<{ id: number; name: string }>).find((row) => personNameKey(row.name) === key);
        const host = ensureOrganisation(db, e.hostOrganisation);
        if (match) {
          eventIds.set(e.key, match.id);
          if (host !== null) fillHost.run(host, match.id);
        } else {
          eventIds.set(e.key, Number(insertEvent.run(e.name, e.kind ?? 'forum', e.date ?? null, e.place ?? null, e.capacity ?? null, host, batchId).lastInsertRowid));
          summary.added.events++;
        }
      }
      const upsertAttendance = db.prepare(
        `INSERT INTO attendance (person_id, event_id, role, status, import_batch_id) VALUES (@person, @event, @role, @status, @batch)
         ON CONFLICT(person_id, event_id) DO UPDATE SET role = coalesce(@roleGiven, role), status = coalesce(@statusGiven, status)`,
      );
      for (const a of bundle.attendance) {
        const event = eventIds.get(a.event) ?? null;
        if (event === null) throw new Error(`${source.fileName}: an attendance refers to the event "${a.event}", which is not in the file`);
        const person = idOf(a.person, 'an attendance');
        const had = db.prepare('SELECT 1 FROM attendance WHERE person_id = ? AND event_id = ?').get(person, event);
        upsertAttendance.run({ person, event, role: a.role ?? 'attendee', status: a.status ?? 'invited', roleGiven: a.role ?? null, statusGiven: a.status ?? null, batch: batchId });
        if (!had) summary.added.attendance++;
        tick();
      }

      db.prepare('UPDATE import_batch SET counts = ? WHERE id = ?').run(JSON.stringify(summary.added), batchId);
    })();
  } finally {
    if (bigCache) db.pragma(`cache_size = ${cacheSize}`);
    if (keysChecked) db.pragma('foreign_keys = ON');
  }
  onProgress?.(total, total);
  return summary;
}

/** Above this many interactions, an import is written the large way (bigger cache, keys checked per person). */
const LARGE_IMPORT = 20_000;

/**
 * Throws when one of the person ids an import wrote rows for is not in the network: the check
 * a large import makes once per person instead of SQLite's foreign key check twice per row. The
 * error rolls the whole import back.
 */
export function assertPeopleExist(db: Db, ids: Iterable<number>): void {
  const wanted = [...new Set(ids)];
  const found = db.prepare('SELECT count(*) FROM person WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(wanted)) as number;
  if (found === wanted.length) return;
  const exists = db.prepare('SELECT 1 FROM person WHERE id = ?').pluck();
  const missing = wanted.filter((id) => exists.get(id) === undefined);
  throw new Error(`the import refers to people who are not in the network (ids ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); nothing was imported`);
}

/** Page cache of a large import's transaction, in KiB (SQLite allocates it only as pages are used). */
const IMPORT_CACHE_KIB = 256 * 1024;

function resolvePeople(db: Db, bundle: ImportBundle, batchId: number, now: string, summary: ImportSummary, tick: () => void, countedAt: string): Map<string, number> {
  const ids = new Map<string, number>();
  const handles = handleLookup(db, bundle.people.length);
  const owner = () => (db.prepare('SELECT id FROM person WHERE is_me = 1').get() as { id: number } | undefined)?.id;
  const insertPerson = db.prepare(
    `INSERT INTO person (name, role, role_source, organisation_id, title, gender, followers, followers_at, notes, tags, is_me, original_posts, reposts, import_batch_id, created_at)
     VALUES (@name, @role, @role_source, @organisation_id, @title, @gender, @followers, @followers_at, @notes, @tags, @is_me, @original_posts, @reposts, @batch, @now)`,
  );
  const insertHandle = db.prepare('INSERT INTO handle (person_id, kind, value) VALUES (?, ?, ?) ON CONFLICT(kind, value) DO NOTHING');
  // Prepared once: a newer export matches tens of thousands of people already here.
  const statements = enrichStatements(db);
  // Name index of people already in the network, for rows that name someone without a handle.
  const byName = new Map<string, number[]>();
  for (const row of db.prepare('SELECT id, name FROM person').all() as Array<{ id: number; name: string }>) {
    const key = personNameKey(row.name);
    const list = byName.get(key);
    if (list) list.push(row.id);
    else byName.set(key, [row.id]);
  }

  for (const p of bundle.people) {
    if (ids.has(p.key)) {
      tick();
      continue;
    }
    let id: number | undefined;
    if (p.isMe) id = owner();
    if (id === undefined) {
      const found = new Set<number>();
      for (const h of p.handles) {
        const person = handles.holder(h.kind, h.value);
        if (person !== undefined) found.add(person);
      }
      if (found.size > 1) {
        const [name, count, ids] = [stubName(p), found.size, [...found].join(', ')];
        summary.warnings.push({ message: `${name}: handles belong to ${count} different people (ids ${ids}); the first was used — review them in merges`, why: { key: 'handlesOfSeveral', params: { name, count, ids } } });
      }
      id = found.values().next().value;
    }
    if (id === undefined && p.handles.length === 0 && p.name.trim()) {
      // Named without any handle (e.g. "from" in interactions.csv): the one person of that name.
      const candidates = byName.get(personNameKey(p.name)) ?? [];
      if (candidates.length === 1) id = candidates[0];
      else if (candidates.length > 1) {
        const count = candidates.length;
        summary.warnings.push({ message: `"${p.name}" matches ${count} people; a new person was created — add a handle to disambiguate`, why: { key: 'nameMatchesSeveral', params: { name: p.name, count } } });
      }
    }
    if (id !== undefined) {
      summary.matchedPeople++;
      enrich(db, id, p, statements, countedAt);
    } else {
      const name = stubName(p);
      const role = roleOf(p);
      id = Number(
        insertPerson.run({
          name,
          role: role.role,
          role_source: role.source,
          organisation_id: ensureOrganisation(db, p.organisation),
          title: p.title ?? null,
          gender: p.gender ?? null,
          followers: p.followers ?? null,
          followers_at: p.followers !== undefined ? (p.followersAt ?? countedAt) : null,
          notes: p.notes ?? '',
          tags: JSON.stringify(p.tags ?? []),
          is_me: p.isMe && owner() === undefined ? 1 : 0,
          original_posts: p.originalPosts ?? null,
          reposts: p.reposts ?? null,
          batch: batchId,
          now,
        }).lastInsertRowid,
      );
      summary.added.people++;
      // Same name and organisation as someone already here, but no shared handle: likely the
      // same person arriving from another source. Proposed, never merged automatically.
      const nameKey = personNameKey(name);
      const sameName = byName.get(nameKey);
      const twins = (sameName ?? []).filter((other) => sameOrganisation(statements, other, id as number));
      for (const other of twins) summary.possibleDuplicates.push({ existing: other, imported: id, reason: 'same name and organisation' });
      if (sameName) sameName.push(id);
      else byName.set(nameKey, [id]);
    }
    for (const h of p.handles) if (insertHandle.run(id, h.kind, h.value).changes > 0) handles.added(h.kind, h.value, id);
    ids.set(p.key, id);
    tick();
  }
  return ids;
}

/** Above this many people in a bundle, the network's handles are read once instead of looked up one by one. */
const PRELOAD_HANDLES_ABOVE = 5_000;

/**
 * Who holds a handle: read once for a large bundle, then kept up to date with the handles the
 * import adds. Measured on 48k people with two handles each: 96k indexed lookups take ~0.6 s,
 * reading the table once ~0.1 s.
 */
interface HandleLookup {
  holder(kind: string, value: string): number | undefined;
  added(kind: string, value: string, person: number): void;
}

function handleLookup(db: Db, people: number): HandleLookup {
  if (people <= PRELOAD_HANDLES_ABOVE) {
    const statement = db.prepare('SELECT person_id FROM handle WHERE kind = ? AND value = ?').pluck();
    return { holder: (kind, value) => statement.get(kind, value) as number | undefined, added: () => undefined };
  }
  const holders = new Map<string, number>();
  for (const [kind, value, person] of db.prepare('SELECT kind, value, person_id FROM handle').raw().iterate() as Iterable<[string, string, number]>) {
    holders.set(`${kind}\u0000${value}`, person);
  }
  return {
    holder: (kind, value) => holders.get(`${kind}\u0000${value}`),
    added: (kind, value, person) => void holders.set(`${kind}\u0000${value}`, person),
  };
}

function enrichStatements(db: Db) {
  return {
    organisations: db.prepare('SELECT x.organisation_id AS a, y.organisation_id AS b FROM person x, person y WHERE x.id = ? AND y.id = ?'),
    read: db.prepare('SELECT name, role, role_source, organisation_id, title, gender, followers, followers_at, original_posts, reposts FROM person WHERE id = ?'),
    update: db.prepare(
      `UPDATE person SET name = @name, role = @role, role_source = @role_source, organisation_id = @org, title = @title, gender = @gender,
         followers = @followers, followers_at = @followers_at, original_posts = coalesce(@original_posts, original_posts), reposts = coalesce(@reposts, reposts)
       WHERE id = @id`,
    ),
  };
}
type EnrichStatements = ReturnType<typeof enrichStatements>;

function sameOrganisation(statements: EnrichStatements, a: number, b: number): boolean {
  const row = statements.organisations.get(a, b) as { a: number | null; b: number | null } | undefined;
  return row !== undefined && row.a !== null && row.a === row.b;
}

/**
 * Fills what the network does not know yet; never overwrites what the user typed. Post counts are
 * refreshed; a follower count replaces the stored one when it was counted at the same time or
 * later (`countedAt` against followers_at), even when it is lower: an unfollower is not counted
 * forever, and an older file imported after a newer one does not bring an old count back.
 */
function enrich(db: Db, id: number, p: ImportedPerson, statements: EnrichStatements, countedAt: string): void {
  const row = statements.read.get(id) as {
    name: string;
    role: string;
    role_source: string;
    organisation_id: number | null;
    title: string | null;
    gender: string | null;
    followers: number | null;
    followers_at: string | null;
    original_posts: number | null;
    reposts: number | null;
  };
  const at = p.followersAt ?? countedAt;
  const newerCount = p.followers !== undefined && (row.followers_at === null || row.followers === null || at >= row.followers_at);
  // A role the user set stays; a file's role column is the user's word; otherwise a guess from
  // the title replaces an earlier guess or no role.
  const title = row.title ?? p.title ?? null;
  const role = row.role_source === 'user' ? { role: row.role, source: 'user' } : p.role ? { role: p.role, source: 'user' } : guessRole(title, p.organisation, row);
  const looksLikeStub = /^(@|X user )/.test(row.name) || row.name === 'Me';
  const next = {
    id,
    name: looksLikeStub && p.name.trim() ? p.name.trim() : row.name,
    role: role.role,
    role_source: role.source,
    org: row.organisation_id ?? ensureOrganisation(db, p.organisation),
    title,
    gender: row.gender ?? p.gender ?? null,
    followers: newerCount ? p.followers! : row.followers,
    followers_at: newerCount ? at : row.followers_at,
    original_posts: p.originalPosts ?? null,
    reposts: p.reposts ?? null,
  };
  // A newer export names the same 50,000 people again, mostly with nothing new: an UPDATE that
  // changes nothing still rewrites the row's page (measured: 1.0 s of a newer 1M-row export, and
  // the whole person table written again at commit).
  const unchanged =
    next.name === row.name && next.role === row.role && next.role_source === row.role_source && next.org === row.organisation_id && next.title === row.title && next.gender === row.gender &&
    next.followers === row.followers && next.followers_at === row.followers_at && (next.original_posts ?? row.original_posts) === row.original_posts && (next.reposts ?? row.reposts) === row.reposts;
  if (!unchanged) statements.update.run(next);
}

/** The role a new person gets: the file's (the user's word), a guess from title and organisation, or none. */
function roleOf(p: ImportedPerson): { role: string; source: 'user' | 'inferred' | 'none' } {
  if (p.role) return { role: p.role, source: 'user' };
  const guess = inferRole(p.title, p.organisation);
  return guess ? { role: guess, source: 'inferred' } : { role: 'other', source: 'none' };
}

function guessRole(title: string | null, organisation: string | undefined, row: { role: string; role_source: string }): { role: string; source: string } {
  const guess = inferRole(title, organisation);
  return guess ? { role: guess, source: 'inferred' } : { role: row.role, source: row.role_source };
}

/** Removes everything an import added (its rows, and the people only it brought). */
export function removeImport(db: Db, batchId: number): { removed: boolean } {
  return db.transaction(() => {
    const batch = db.prepare('SELECT id FROM import_batch WHERE id = ?').get(batchId);
    if (!batch) return { removed: false };
    db.prepare('DELETE FROM interaction WHERE import_batch_id = ?').run(batchId);
    db.prepare('DELETE FROM follow WHERE import_batch_id = ?').run(batchId);
    db.prepare('DELETE FROM attendance WHERE import_batch_id = ?').run(batchId);
    db.prepare('DELETE FROM event WHERE import_batch_id = ? AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.event_id = event.id)').run(batchId);
    db.prepare(
      `DELETE FROM person WHERE import_batch_id = @batch AND is_me = 0
         AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = person.id OR i.to_person_id = person.id)
         AND NOT EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = person.id OR f.followed_id = person.id)
         AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = person.id)`,
    ).run({ batch: batchId });
    db.prepare('DELETE FROM import_batch WHERE id = ?').run(batchId);
    return { removed: true };
  })();
}
