// The owner's X audience in the store: dated snapshots of who follows / is followed by the owner,
// written inside an X import's transaction, and the reads the audit view and the network view need.
import type { Db } from './connection';
import type { ImportedAudience } from '../import/bundle';
import type { AudienceDateSource } from '../../../shared/audience';

export type AudienceDirection = 'follower' | 'following';

export interface AudienceSnapshotRow {
  id: number;
  importBatchId: number | null;
  fileName: string | null;
  takenAt: string;
  dateSource: AudienceDateSource;
  followers: number | null;
  followings: number | null;
}

/**
 * Stores one import's snapshot and the follow facts of the accounts that are people of the
 * network (by their X id). Runs inside the import's transaction. The same archive imported again
 * (its zip, then its folder: same account, same generation date), or a backup restored twice, adds
 * no second snapshot.
 */
export function writeAudienceSnapshot(
  db: Db,
  audience: ImportedAudience,
  owner: number,
  batchId: number,
  now: string,
): { snapshotId: number | null; follows: number } {
  const takenAt = audience.takenAt ?? now;
  const dateSource = audience.takenAt ? (audience.dateSource ?? 'archive') : 'import';
  const follows = linkFollows(db, audience, owner, batchId);
  if (audience.takenAt) {
    const same = db
      .prepare('SELECT id FROM audience_snapshot WHERE account_id IS ? AND taken_at = ? AND date_source = ?')
      .pluck()
      .get(audience.accountId, takenAt, dateSource) as number | undefined;
    if (same !== undefined) return { snapshotId: null, follows };
  }
  const snapshotId = Number(
    db
      .prepare(
        `INSERT INTO audience_snapshot (import_batch_id, account_id, taken_at, date_source, followers, followings, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(batchId, audience.accountId, takenAt, dateSource, audience.followers?.length ?? null, audience.followings?.length ?? null, now).lastInsertRowid,
  );
  const insert = db.prepare('INSERT OR IGNORE INTO audience_member (snapshot_id, direction, account_id) VALUES (?, ?, ?)');
  for (const id of audience.followers ?? []) insert.run(snapshotId, 'follower', id);
  for (const id of audience.followings ?? []) insert.run(snapshotId, 'following', id);
  return { snapshotId, follows };
}

/** Follow rows for the listed accounts that are people of the network: they keep their follow facts. */
function linkFollows(db: Db, audience: ImportedAudience, owner: number, batchId: number): number {
  const holder = db.prepare("SELECT person_id FROM handle WHERE kind = 'x_id' AND value = ?").pluck();
  const insert = db.prepare('INSERT INTO follow (follower_id, followed_id, import_batch_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  let added = 0;
  for (const [ids, direction] of [[audience.followers, 'follower'], [audience.followings, 'following']] as const) {
    for (const id of ids ?? []) {
      const person = holder.get(id) as number | undefined;
      if (person === undefined || person === owner) continue;
      added += (direction === 'follower' ? insert.run(person, owner, batchId) : insert.run(owner, person, batchId)).changes;
    }
  }
  return added;
}

/** Every snapshot, oldest first (ties by id, the order they were imported). */
export function audienceSnapshots(db: Db): AudienceSnapshotRow[] {
  return db
    .prepare(
      `SELECT s.id, s.import_batch_id AS importBatchId, b.file_name AS fileName, s.taken_at AS takenAt, s.date_source AS dateSource,
              s.followers, s.followings
       FROM audience_snapshot s LEFT JOIN import_batch b ON b.id = s.import_batch_id
       ORDER BY s.taken_at, s.id`,
    )
    .all() as AudienceSnapshotRow[];
}

/** The account ids of one side of a snapshot. */
export function snapshotMembers(db: Db, snapshotId: number, direction: AudienceDirection): string[] {
  return db.prepare('SELECT account_id FROM audience_member WHERE snapshot_id = ? AND direction = ?').pluck().all(snapshotId, direction) as string[];
}

/** X ids of the people who took part in at least one interaction (either way, with anyone). */
export function interactingXIds(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT h.value FROM handle h WHERE h.kind = 'x_id'
         AND (EXISTS (SELECT 1 FROM interaction i WHERE i.from_person_id = h.person_id)
              OR EXISTS (SELECT 1 FROM interaction i WHERE i.to_person_id = h.person_id))`,
    )
    .pluck()
    .all() as string[];
  return new Set(rows);
}

/** The people of the network among X ids: id → { person id, name }. */
export function peopleByXId(db: Db, ids: readonly string[]): Map<string, { personId: number; name: string }> {
  const rows = db
    .prepare(
      `SELECT h.value AS xId, p.id AS personId, p.name FROM handle h JOIN person p ON p.id = h.person_id
       WHERE h.kind = 'x_id' AND h.value IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Array<{ xId: string; personId: number; name: string }>;
  return new Map(rows.map((r) => [r.xId, { personId: r.personId, name: r.name }]));
}

export interface AudienceAccount {
  accountId: string;
  /** Follows the owner. */
  follower: boolean;
  /** Followed by the owner. */
  following: boolean;
}

/**
 * The owner's audience as the latest snapshot lists it, without the accounts that are people
 * (those are in the network already): what "show audience" draws. At most `limit` per side.
 */
export function latestAudienceOnly(db: Db, limit: number): { snapshotId: number | null; takenAt: string | null; accounts: AudienceAccount[]; total: number } {
  const latest = db.prepare('SELECT id, taken_at FROM audience_snapshot ORDER BY taken_at DESC, id DESC LIMIT 1').get() as { id: number; taken_at: string } | undefined;
  if (!latest) return { snapshotId: null, takenAt: null, accounts: [], total: 0 };
  const where = `m.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM handle h WHERE h.kind = 'x_id' AND h.value = m.account_id)`;
  const total = db.prepare(`SELECT count(DISTINCT m.account_id) FROM audience_member m WHERE ${where}`).pluck().get(latest.id) as number;
  const accounts = db
    .prepare(
      `SELECT m.account_id AS accountId, max(m.direction = 'follower') AS follower, max(m.direction = 'following') AS following
       FROM audience_member m WHERE ${where} GROUP BY m.account_id ORDER BY m.account_id LIMIT ?`,
    )
    .all(latest.id, limit) as Array<{ accountId: string; follower: number; following: number }>;
  return { snapshotId: latest.id, takenAt: latest.taken_at, accounts: accounts.map((a) => ({ accountId: a.accountId, follower: a.follower === 1, following: a.following === 1 })), total };
}

/**
 * Erasing a person (GDPR) erases their X account from every audience snapshot too: no list of the
 * file names them afterwards. The snapshots' counts stay what the archives said.
 */
export function forgetAudienceAccountsOf(db: Db, personId: number): number {
  return db
    .prepare("DELETE FROM audience_member WHERE account_id IN (SELECT value FROM handle WHERE person_id = ? AND kind = 'x_id')")
    .run(personId).changes;
}

/** Every snapshot with its lists, oldest first: what a JSON backup keeps of the audience. */
export function audienceBackup(db: Db): Array<{ accountId: string | null; takenAt: string; dateSource: AudienceDateSource; followers: string[] | null; followings: string[] | null }> {
  const rows = db.prepare('SELECT id, account_id AS accountId, taken_at AS takenAt, date_source AS dateSource, followers, followings FROM audience_snapshot ORDER BY taken_at, id').all() as Array<{
    id: number;
    accountId: string | null;
    takenAt: string;
    dateSource: AudienceDateSource;
    followers: number | null;
    followings: number | null;
  }>;
  return rows.map((r) => ({
    accountId: r.accountId,
    takenAt: r.takenAt,
    dateSource: r.dateSource,
    followers: r.followers === null ? null : snapshotMembers(db, r.id, 'follower'),
    followings: r.followings === null ? null : snapshotMembers(db, r.id, 'following'),
  }));
}

/**
 * After an import that added people: those of them the latest audience snapshot lists (by X id)
 * get their follow facts, as if the archive had known them as people. The rows belong to the
 * import that made them people, and go with it.
 */
export function linkNewPeopleToAudience(db: Db, batchId: number): number {
  const latest = db.prepare('SELECT id FROM audience_snapshot ORDER BY taken_at DESC, id DESC LIMIT 1').pluck().get() as number | undefined;
  const owner = db.prepare('SELECT id FROM person WHERE is_me = 1').pluck().get() as number | undefined;
  if (latest === undefined || owner === undefined) return 0;
  const added = (direction: AudienceDirection) =>
    db
      .prepare(
        `INSERT INTO follow (follower_id, followed_id, import_batch_id)
         SELECT ${direction === 'follower' ? 'p.id, @owner' : '@owner, p.id'}, @batch
         FROM person p JOIN handle h ON h.person_id = p.id AND h.kind = 'x_id'
         JOIN audience_member m ON m.snapshot_id = @latest AND m.direction = @direction AND m.account_id = h.value
         WHERE p.import_batch_id = @batch AND p.id <> @owner
         ON CONFLICT DO NOTHING`,
      )
      .run({ owner, batch: batchId, latest, direction }).changes;
  return added('follower') + added('following');
}

/** The network owner's person id, if there is an owner. */
export function networkOwnerId(db: Db): number | undefined {
  return db.prepare('SELECT id FROM person WHERE is_me = 1').pluck().get() as number | undefined;
}
