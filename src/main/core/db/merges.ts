// Identity resolution after imports: people who are probably the same (same name, accent- and
// case-insensitive, and the same organisation — or no organisation on one side) are proposed
// for review. Exact handle matches were already merged by the import writer. An accepted merge
// moves everything of the merged person onto the kept one and records what it changed, so it
// can be undone later, even after a restart.
import type { PersonTableRow } from './rows';
import { errorKind } from '../../../shared/errors';
import type { MergePersonInfo, MergeProposal, MergeRecord } from '../../../shared/imports';
import type { Db } from './connection';
import { personNameKey } from './import-write';

export type MergeReason = 'name_organisation' | 'name';

type MergePerson = MergePersonInfo;
type MergeCandidate = MergeProposal;

export class MergeError extends errorKind('conflict') {}

interface Snapshot {
  kept: PersonTableRow;
  merged: PersonTableRow;
  handles: number[];
  interactionsFrom: number[];
  interactionsTo: number[];
  /** Interactions between the two people, which would become self-interactions: removed, kept here. */
  dropped: Array<Record<string, unknown>>;
  follows: Array<Record<string, unknown>>;
  /** Follows re-pointed onto the kept person that did not exist before (removed on undo). */
  followsAdded: Array<{ follower_id: number; followed_id: number }>;
  attendance: Array<Record<string, unknown>>;
  attendanceAdded: Array<{ person_id: number; event_id: number }>;
  scores: Array<Record<string, unknown>>;
  layout: Record<string, unknown> | null;
}

/** Looks for likely duplicates across the whole network and records new ones as pending. Returns how many were added. */
export function proposeMerges(db: Db): number {
  const people = db.prepare('SELECT id, name, organisation_id AS org FROM person ORDER BY id').all() as Array<{ id: number; name: string; org: number | null }>;
  const byName = new Map<string, typeof people>();
  for (const p of people) {
    const key = personNameKey(p.name);
    // Stub names made from handles ("@ada", "X user 12") say nothing about identity.
    if (!key || /^(@|X user )/.test(p.name)) continue;
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const insert = db.prepare(
    `INSERT INTO merge_candidate (person_a, person_b, reason, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(person_a, person_b) DO NOTHING`,
  );
  const now = new Date().toISOString();
  let added = 0;
  db.transaction(() => {
    for (const group of byName.values()) {
      if (group.length < 2 || group.length > 20) continue; // 20 "Marie Martin"s are a common name, not a duplicate
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i] as (typeof people)[number];
          const b = group[j] as (typeof people)[number];
          if (a.org !== null && b.org !== null && a.org !== b.org) continue;
          const reason: MergeReason = a.org !== null && a.org === b.org ? 'name_organisation' : 'name';
          added += insert.run(a.id, b.id, reason, now).changes;
        }
      }
    }
  })();
  return added;
}

function mergePerson(db: Db, id: number): MergePerson | null {
  const row = db
    .prepare('SELECT p.id, p.name, p.role, o.name AS organisation FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?')
    .get(id) as { id: number; name: string; role: string; organisation: string | null } | undefined;
  if (!row) return null;
  return {
    ...row,
    handles: db.prepare('SELECT kind, value FROM handle WHERE person_id = ? ORDER BY kind, value').all(id) as MergePerson['handles'],
    interactions: (db.prepare('SELECT count(*) AS n FROM interaction WHERE from_person_id = ? OR to_person_id = ?').get(id, id) as { n: number }).n,
  };
}

export function listMergeCandidates(db: Db, status: MergeCandidate['status'] | 'all' = 'pending'): MergeCandidate[] {
  const rows = db
    .prepare(`SELECT id, person_a, person_b, reason, status FROM merge_candidate ${status === 'all' ? '' : 'WHERE status = ?'} ORDER BY id`)
    .all(...(status === 'all' ? [] : [status])) as Array<{ id: number; person_a: number; person_b: number; reason: MergeReason; status: MergeCandidate['status'] }>;
  const out: MergeCandidate[] = [];
  for (const r of rows) {
    const a = mergePerson(db, r.person_a);
    const b = mergePerson(db, r.person_b);
    // A pending proposal whose people are gone (removed import, other merge) is moot.
    if (r.status === 'pending' && (!a || !b)) continue;
    if (a && b) out.push({ id: r.id, reason: r.reason, status: r.status, a, b });
  }
  return out;
}

export function listMerges(db: Db): MergeRecord[] {
  const rows = db.prepare('SELECT id, kept_id, snapshot, merged_at, undone_at FROM person_merge ORDER BY id DESC').all() as Array<{
    id: number;
    kept_id: number;
    snapshot: string;
    merged_at: string;
    undone_at: string | null;
  }>;
  return rows.map((r) => {
    const s = JSON.parse(r.snapshot) as Snapshot;
    return { id: r.id, keptId: r.kept_id, keptName: s.kept.name, mergedName: s.merged.name, mergedAt: r.merged_at, undoneAt: r.undone_at };
  });
}

export function rejectCandidate(db: Db, candidateId: number): void {
  const changes = db.prepare("UPDATE merge_candidate SET status = 'rejected', decided_at = ? WHERE id = ? AND status = 'pending'").run(new Date().toISOString(), candidateId).changes;
  if (!changes) throw new MergeError(`no pending merge proposal #${candidateId}`);
}

/** Accepts a proposal: the person with the smaller id is kept. Returns the merge's id. */
export function acceptCandidate(db: Db, candidateId: number): number {
  return db.transaction(() => {
    const c = db.prepare("SELECT person_a, person_b FROM merge_candidate WHERE id = ? AND status = 'pending'").get(candidateId) as { person_a: number; person_b: number } | undefined;
    if (!c) throw new MergeError(`no pending merge proposal #${candidateId}`);
    const id = mergePeople(db, c.person_a, c.person_b, candidateId);
    db.prepare("UPDATE merge_candidate SET status = 'accepted', decided_at = ? WHERE id = ?").run(new Date().toISOString(), candidateId);
    return id;
  })();
}

const personRow = (db: Db, id: number): PersonTableRow | undefined => db.prepare('SELECT * FROM person WHERE id = ?').get(id) as PersonTableRow | undefined;

/** Merges `mergedId` into `keptId` in one transaction and logs what changed. */
export function mergePeople(db: Db, keptId: number, mergedId: number, candidateId: number | null = null): number {
  return db.transaction(() => {
    if (keptId === mergedId) throw new MergeError('a person cannot be merged with themselves');
    const kept = personRow(db, keptId);
    const merged = personRow(db, mergedId);
    if (!kept || !merged) throw new MergeError(`no person #${kept ? mergedId : keptId}`);
    const ids = (sql: string) => (db.prepare(sql).all(mergedId) as Array<{ id: number }>).map((r) => r.id);
    const pair = [keptId, mergedId, mergedId, keptId];
    const snapshot: Snapshot = {
      kept,
      merged,
      handles: ids('SELECT id FROM handle WHERE person_id = ?'),
      dropped: db.prepare('SELECT * FROM interaction WHERE (from_person_id = ? AND to_person_id = ?) OR (from_person_id = ? AND to_person_id = ?)').all(...pair) as Snapshot['dropped'],
      interactionsFrom: [],
      interactionsTo: [],
      follows: db.prepare('SELECT * FROM follow WHERE follower_id = ? OR followed_id = ?').all(mergedId, mergedId) as Snapshot['follows'],
      followsAdded: [],
      attendance: db.prepare('SELECT * FROM attendance WHERE person_id = ?').all(mergedId) as Snapshot['attendance'],
      attendanceAdded: [],
      scores: db.prepare('SELECT * FROM score WHERE person_id = ?').all(mergedId) as Snapshot['scores'],
      layout: (db.prepare('SELECT * FROM layout_position WHERE person_id = ?').get(mergedId) as Record<string, unknown> | undefined) ?? null,
    };
    db.prepare('DELETE FROM interaction WHERE (from_person_id = ? AND to_person_id = ?) OR (from_person_id = ? AND to_person_id = ?)').run(...pair);
    snapshot.interactionsFrom = ids('SELECT id FROM interaction WHERE from_person_id = ?');
    snapshot.interactionsTo = ids('SELECT id FROM interaction WHERE to_person_id = ?');
    db.prepare('UPDATE handle SET person_id = ? WHERE person_id = ?').run(keptId, mergedId);
    db.prepare('UPDATE interaction SET from_person_id = ? WHERE from_person_id = ?').run(keptId, mergedId);
    db.prepare('UPDATE interaction SET to_person_id = ? WHERE to_person_id = ?').run(keptId, mergedId);

    const addFollow = db.prepare('INSERT INTO follow (follower_id, followed_id, import_batch_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    db.prepare('DELETE FROM follow WHERE follower_id = ? OR followed_id = ?').run(mergedId, mergedId);
    for (const f of snapshot.follows as Array<{ follower_id: number; followed_id: number; import_batch_id: number | null }>) {
      const follower = f.follower_id === mergedId ? keptId : f.follower_id;
      const followed = f.followed_id === mergedId ? keptId : f.followed_id;
      if (follower !== followed && addFollow.run(follower, followed, f.import_batch_id).changes) snapshot.followsAdded.push({ follower_id: follower, followed_id: followed });
    }
    const addAttendance = db.prepare('INSERT INTO attendance (person_id, event_id, role, status, import_batch_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING');
    db.prepare('DELETE FROM attendance WHERE person_id = ?').run(mergedId);
    for (const a of snapshot.attendance as Array<{ event_id: number; role: string; status: string; import_batch_id: number | null }>) {
      if (addAttendance.run(keptId, a.event_id, a.role, a.status, a.import_batch_id).changes) snapshot.attendanceAdded.push({ person_id: keptId, event_id: a.event_id });
    }

    // The kept person gains what only the merged one knew; nothing the kept one has is overwritten.
    const tags = [...new Set([...(JSON.parse(kept.tags) as string[]), ...(JSON.parse(merged.tags) as string[])])];
    const notes = [kept.notes, merged.notes].filter((n) => n.trim()).join('\n\n');
    db.prepare('UPDATE person SET is_me = 0 WHERE id = ?').run(mergedId);
    db.prepare('DELETE FROM person WHERE id = ?').run(mergedId);
    db.prepare(
      `UPDATE person SET role = CASE WHEN role = 'other' THEN @role ELSE role END,
         organisation_id = coalesce(organisation_id, @org), title = coalesce(title, @title), gender = coalesce(gender, @gender),
         followers = coalesce(followers, @followers), original_posts = coalesce(original_posts, @op), reposts = coalesce(reposts, @rp),
         notes = @notes, tags = @tags, is_me = max(is_me, @me) WHERE id = @id`,
    ).run({
      id: keptId,
      role: merged.role,
      org: merged.organisation_id,
      title: merged.title,
      gender: merged.gender,
      followers: merged.followers,
      op: merged.original_posts,
      rp: merged.reposts,
      notes,
      tags: JSON.stringify(tags),
      me: merged.is_me,
    });
    return Number(
      db
        .prepare('INSERT INTO person_merge (candidate_id, kept_id, merged_id, snapshot, merged_at) VALUES (?, ?, ?, ?, ?)')
        .run(candidateId, keptId, mergedId, JSON.stringify(snapshot), new Date().toISOString()).lastInsertRowid,
    );
  })();
}

const insertRow = (db: Db, table: string, original: Record<string, unknown>) => {
  const row = { ...original };
  // The import that brought the row may have been removed since: the row stays, unattributed.
  if (row.import_batch_id != null && !db.prepare('SELECT 1 FROM import_batch WHERE id = ?').get(row.import_batch_id)) row.import_batch_id = null;
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
};

/** Undoes a merge: the merged person comes back with the same id and everything that was theirs. */
export function undoMerge(db: Db, mergeId: number): void {
  db.transaction(() => {
    const m = db.prepare('SELECT candidate_id, kept_id, merged_id, snapshot, undone_at FROM person_merge WHERE id = ?').get(mergeId) as
      | { candidate_id: number | null; kept_id: number; merged_id: number; snapshot: string; undone_at: string | null }
      | undefined;
    if (!m) throw new MergeError(`no merge #${mergeId}`);
    if (m.undone_at) throw new MergeError(`merge #${mergeId} was already undone`);
    // Undo in reverse order: a later merge that touched the same people must be undone first.
    const later = db
      .prepare('SELECT id FROM person_merge WHERE id > ? AND undone_at IS NULL AND (kept_id IN (?, ?) OR merged_id IN (?, ?)) ORDER BY id DESC LIMIT 1')
      .get(mergeId, m.kept_id, m.merged_id, m.kept_id, m.merged_id) as { id: number } | undefined;
    if (later) throw new MergeError(`merge #${later.id} involves the same people and came later: undo it first`);
    if (!personRow(db, m.kept_id)) throw new MergeError(`the kept person #${m.kept_id} no longer exists (its import was removed); this merge cannot be undone`);
    const s = JSON.parse(m.snapshot) as Snapshot;
    const { is_me: mergedIsMe, ...mergedRow } = s.merged;
    db.prepare(
      `UPDATE person SET role = @role, organisation_id = @organisation_id, title = @title, gender = @gender, followers = @followers,
         original_posts = @original_posts, reposts = @reposts, notes = @notes, tags = @tags, is_me = @is_me WHERE id = @id`,
    ).run({ ...s.kept, is_me: mergedIsMe ? 0 : s.kept.is_me });
    insertRow(db, 'person', { ...mergedRow, is_me: mergedIsMe });
    const move = (sql: string, list: number[]) => {
      const statement = db.prepare(sql);
      for (const id of list) statement.run(m.merged_id, id);
    };
    move('UPDATE handle SET person_id = ? WHERE id = ?', s.handles);
    move('UPDATE interaction SET from_person_id = ? WHERE id = ?', s.interactionsFrom);
    move('UPDATE interaction SET to_person_id = ? WHERE id = ?', s.interactionsTo);
    for (const row of s.dropped) insertRow(db, 'interaction', row);
    const delFollow = db.prepare('DELETE FROM follow WHERE follower_id = ? AND followed_id = ?');
    for (const f of s.followsAdded) delFollow.run(f.follower_id, f.followed_id);
    for (const row of s.follows) insertRow(db, 'follow', row);
    const delAttendance = db.prepare('DELETE FROM attendance WHERE person_id = ? AND event_id = ?');
    for (const a of s.attendanceAdded) delAttendance.run(a.person_id, a.event_id);
    for (const row of s.attendance) insertRow(db, 'attendance', row);
    const runs = new Set((db.prepare('SELECT id FROM score_run').all() as Array<{ id: number }>).map((r) => r.id));
    for (const row of s.scores) if (runs.has(row.run_id as number)) insertRow(db, 'score', row);
    if (s.layout) insertRow(db, 'layout_position', s.layout);
    db.prepare('UPDATE person_merge SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), mergeId);
    if (m.candidate_id !== null) db.prepare("UPDATE merge_candidate SET status = 'pending', decided_at = NULL WHERE id = ?").run(m.candidate_id);
  })();
}
