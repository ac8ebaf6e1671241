// The organic-growth audit on two successive X archives of one account (fixtures/x-archive-audience,
// whose changes are known: see its make-fixture.py) and on small hand-made histories.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { removeImport, writeBundle } from '../db/import-write';
import { erasePerson } from '../db/person-erase';
import { exportJson } from '../db/backup';
import { emptyBundle, ImportError } from '../import/bundle';
import { importFile } from '../import/run';
import { audienceAccounts, audienceAudit, audienceFlags, audienceGraph } from './audience';

const fixtures = join(import.meta.dirname, '..', 'import', 'fixtures', 'x-archive-audience');
const january = join(fixtures, 'twitter-2024-01-15-archive');
const march = join(fixtures, 'twitter-2024-03-15-archive');
const dir = mkdtempSync(join(tmpdir(), 'maillage-audience-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const figures = (db: Db) =>
  audienceAudit(db).snapshots.map((s) => ({
    takenAt: s.takenAt,
    followers: s.followers,
    followings: s.followings,
    gained: s.gained,
    lost: s.lost,
    followingsGained: s.followingsGained,
    followingsLost: s.followingsLost,
    followBackRatio: s.followBackRatio,
  }));

const EXPECTED = [
  { takenAt: '2024-01-15T08:00:00.000Z', followers: 11, followings: 4, gained: null, lost: null, followingsGained: null, followingsLost: null, followBackRatio: 0 },
  // Lost 201–204, gained 211 and 301 (who followed back): 9 followers, one of 4 followed follows back.
  { takenAt: '2024-03-15T08:00:00.000Z', followers: 9, followings: 4, gained: 2, lost: 4, followingsGained: 1, followingsLost: 1, followBackRatio: 0.25 },
];

const ownerFollowers = (db: Db) => db.prepare('SELECT followers, followers_at FROM person WHERE is_me = 1').raw().get();

test('two successive archives: gained and lost exactly, the follow-back ratio, and the count that goes down', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', january);
  assert.deepEqual(ownerFollowers(db), [11, '2024-01-15T08:00:00.000Z']);
  const second = await importFile(db, 'x-archive', march);
  assert.deepEqual(figures(db), EXPECTED);
  // The newer archive's count replaces the older one although it is lower.
  assert.deepEqual(ownerFollowers(db), [9, '2024-03-15T08:00:00.000Z']);

  // Followers and followings known only by id are no people; Chloé (205), a follower known by id
  // in January and mentioned in March, is a person with her follow.
  assert.deepEqual(db.prepare('SELECT name FROM person ORDER BY id').pluck().all(), ['Nadia Roux', 'Alice Dupont', 'Bob Martin', 'Chloé Bernard']);
  assert.deepEqual(
    db.prepare('SELECT a.name, b.name FROM follow f JOIN person a ON a.id = f.follower_id JOIN person b ON b.id = f.followed_id ORDER BY 1').raw().all(),
    [['Bob Martin', 'Nadia Roux'], ['Chloé Bernard', 'Nadia Roux'], ['Nadia Roux', 'Alice Dupont']],
  );
  assert.equal(second.added.follows, 1);

  // Who: lost and gained, with the person where the account is one.
  const snapshots = audienceAudit(db).snapshots;
  const ids = (list: 'all' | 'gained' | 'lost', side: 'follower' | 'following' = 'follower') =>
    audienceAccounts(db, { snapshotId: snapshots[1]!.id, side, list }).accounts.map((a) => a.accountId);
  assert.deepEqual(ids('lost'), ['201', '202', '203', '204']);
  assert.deepEqual(ids('gained'), ['211', '301']);
  assert.deepEqual(ids('gained', 'following'), ['304']);
  assert.deepEqual(ids('lost', 'following'), ['303']);
  const all = audienceAccounts(db, { snapshotId: snapshots[1]!.id, side: 'follower', list: 'all' });
  assert.equal(all.total, 9);
  assert.deepEqual(all.accounts.find((a) => a.accountId === '205'), { accountId: '205', personId: 4, name: 'Chloé Bernard', link: 'https://twitter.com/intent/user?user_id=205' });
  assert.deepEqual(all.accounts.find((a) => a.accountId === '211'), { accountId: '211', personId: null, name: null, link: 'https://twitter.com/intent/user?user_id=211' });
  // The first snapshot has nothing before it to compare with.
  assert.equal(audienceAccounts(db, { snapshotId: snapshots[0]!.id, side: 'follower', list: 'gained' }).total, 0);

  // Never interacting: every follower but Bob (222) and Chloé (205), who were mentioned.
  assert.deepEqual(snapshots.map((s) => [s.silentFollowers, s.silentShare]), [[9, 9 / 11], [7, 7 / 9]]);

  // "Show audience": the latest snapshot's accounts that are no person (9 + 4 − 301 counted once − Bob, Chloé, Alice).
  const graph = audienceGraph(db);
  assert.equal(graph.takenAt, '2024-03-15T08:00:00.000Z');
  assert.equal(graph.total, 9);
  assert.deepEqual(graph.accounts.find((a) => a.accountId === '301'), { accountId: '301', follower: true, following: true });
  db.close();
});

test('an older archive imported after a newer one: the newer count stays, the snapshots are in date order', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', march);
  await importFile(db, 'x-archive', january);
  assert.deepEqual(ownerFollowers(db), [9, '2024-03-15T08:00:00.000Z']);
  assert.deepEqual(figures(db), EXPECTED);
  db.close();
});

test('the same archive as zip then folder is one snapshot; removing its import removes the snapshot', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', `${january}.zip`);
  const again = await importFile(db, 'x-archive', january);
  assert.equal(again.alreadyImported, false);
  assert.equal(audienceAudit(db).snapshots.length, 1);
  const marchImport = await importFile(db, 'x-archive', march);
  assert.equal(audienceAudit(db).snapshots.length, 2);
  removeImport(db, marchImport.batchId!);
  assert.deepEqual(audienceAudit(db).snapshots.map((s) => s.takenAt), ['2024-01-15T08:00:00.000Z']);
  db.close();
});

test('a broken manifest is refused naming the file and field, and writes nothing', async () => {
  const broken = join(dir, 'broken-archive');
  cpSync(march, broken, { recursive: true });
  const manifest = join(broken, 'data', 'manifest.js');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('2024-03-15T08:00:00.000Z', 'hier'));
  const db = openDatabase(':memory:', { create: true });
  await assert.rejects(importFile(db, 'x-archive', broken), (error: unknown) => {
    assert.ok(error instanceof ImportError);
    assert.match(error.message, /^broken-archive\/data\/manifest\.js:archiveInfo\.generationDate, field "generationDate": "hier" is not a date-time/);
    return true;
  });
  for (const table of ['person', 'audience_snapshot', 'audience_member', 'import_batch']) assert.equal(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), 0, table);
  db.close();
});

/** A hand-made history: the owner's followers at each date (ids are numbers as strings). */
function history(db: Db, snapshots: Array<{ at: string; followers: number; followings?: number; mutual?: number }>): void {
  snapshots.forEach((s, k) => {
    const b = emptyBundle('x-archive');
    b.people.push({ key: 'me', name: 'Owner', isMe: true, handles: [{ kind: 'x_id', value: '1' }] });
    const followings = Array.from({ length: s.followings ?? 0 }, (_, i) => String(900_000 + i));
    const followers = [...Array.from({ length: s.followers - (s.mutual ?? 0) }, (_, i) => String(1000 + i)), ...followings.slice(0, s.mutual ?? 0)];
    b.audiences = [{ of: 'me', accountId: '1', takenAt: s.at, followers, followings }];
    writeBundle(db, b, { fileName: `archive-${k}.zip`, format: 'x-archive', contentHash: `h${k}` });
  });
}

test('a burst: followers gained per day far above the median rate of the earlier intervals', () => {
  const db = openDatabase(':memory:', { create: true });
  // +10 in 10 days, +12 in 10 days, then +50 in 10 days: 5/day against a median of 1.1/day.
  history(db, [
    { at: '2025-01-01T00:00:00.000Z', followers: 100 },
    { at: '2025-01-11T00:00:00.000Z', followers: 110 },
    { at: '2025-01-21T00:00:00.000Z', followers: 122 },
    { at: '2025-01-31T00:00:00.000Z', followers: 172 },
    // Back to the usual pace: +12 in 10 days.
    { at: '2025-02-10T00:00:00.000Z', followers: 184 },
  ]);
  const rows = audienceAudit(db).snapshots;
  assert.deepEqual(rows.map((r) => r.gained), [null, 10, 12, 50, 12]);
  // (Every follower here is silent, flagged apart.)
  assert.deepEqual(rows.map((r) => r.flags.filter((f) => f.kind === 'burst').length), [0, 0, 0, 1, 0]);
  const burst = rows[3]!.flags.find((f) => f.kind === 'burst')!;
  assert.equal(burst.kind, 'burst');
  if (burst.kind === 'burst') {
    assert.equal(burst.gainedPerDay, 5);
    assert.ok(Math.abs(burst.medianPerDay - 1.1) < 1e-9);
  }
  db.close();
});

test('mass-follow and silent followers: thresholds at their edges', () => {
  const row = { gained: null, gainedPerDay: null, silentFollowers: 0, silentShare: 0 };
  // Following 300, followed by 100, 10 % follow back: flagged.
  assert.deepEqual(audienceFlags({ ...row, followers: 100, followings: 300, followBackRatio: 0.1 }, []).map((f) => f.kind), ['mass_follow']);
  // 30 % follow back is no longer mass-follow, nor is following twice as many minus one.
  assert.deepEqual(audienceFlags({ ...row, followers: 100, followings: 300, followBackRatio: 0.3 }, []), []);
  assert.deepEqual(audienceFlags({ ...row, followers: 100, followings: 199, followBackRatio: 0.1 }, []), []);
  // 90 of 100 followers never interacted: flagged; 89 of 100 not.
  assert.deepEqual(audienceFlags({ ...row, followers: 100, followings: 10, followBackRatio: 0.5, silentFollowers: 90, silentShare: 0.9 }, []).map((f) => f.kind), ['silent_followers']);
  assert.deepEqual(audienceFlags({ ...row, followers: 100, followings: 10, followBackRatio: 0.5, silentFollowers: 89, silentShare: 0.89 }, []), []);

  // From stored snapshots: the follow-back ratio counts followed accounts that follow back.
  const db = openDatabase(':memory:', { create: true });
  history(db, [{ at: '2025-01-01T00:00:00.000Z', followers: 100, followings: 400, mutual: 20 }]);
  const [only] = audienceAudit(db).snapshots;
  assert.equal(only!.followBackRatio, 0.05);
  assert.deepEqual(only!.flags.map((f) => f.kind), ['mass_follow', 'silent_followers']);
  db.close();
});

test('a follower count from the API: a newer lower count replaces, an older file imported later does not', () => {
  const db = openDatabase(':memory:', { create: true });
  const counted = (followers: number, at: string, hash: string) => {
    const b = emptyBundle('x-api-jsonl');
    b.countedAt = at;
    b.people.push({ key: 'x:7', name: 'Ada', followers, handles: [{ kind: 'x_id', value: '7' }] });
    writeBundle(db, b, { fileName: `${hash}.jsonl`, format: 'x-api-jsonl', contentHash: hash });
  };
  const ada = () => db.prepare('SELECT followers FROM person').pluck().get();
  counted(500, '2025-03-01T00:00:00.000Z', 'march');
  counted(450, '2025-04-01T00:00:00.000Z', 'april');
  assert.equal(ada(), 450);
  counted(600, '2025-02-01T00:00:00.000Z', 'february');
  assert.equal(ada(), 450);
  db.close();
});

test('erasing a person (GDPR) removes their X account from every snapshot', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', january);
  await importFile(db, 'x-archive', march);
  const chloe = db.prepare("SELECT person_id FROM handle WHERE kind = 'x_id' AND value = '205'").pluck().get() as number;
  assert.equal(db.prepare("SELECT count(*) FROM audience_member WHERE account_id = '205'").pluck().get(), 2);
  assert.ok(erasePerson(db, chloe));
  assert.equal(db.prepare("SELECT count(*) FROM audience_member WHERE account_id = '205'").pluck().get(), 0);
  // She is gone from both snapshots alike: no one gained or lost for it.
  assert.deepEqual(audienceAudit(db).snapshots.map((s) => [s.gained, s.lost]), [[null, null], [2, 4]]);
  db.close();
});

test('a JSON backup keeps the audience history and the dated counts; restoring it twice adds nothing', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', january);
  await importFile(db, 'x-archive', march);
  const backup = join(dir, 'backup.json');
  writeFileSync(backup, exportJson(db));
  db.close();

  const restored = openDatabase(':memory:', { create: true });
  await importFile(restored, 'json', backup);
  assert.deepEqual(figures(restored), EXPECTED);
  assert.deepEqual(ownerFollowers(restored), [9, '2024-03-15T08:00:00.000Z']);
  assert.deepEqual(audienceAudit(restored).snapshots.map((s) => s.dateSource), ['archive', 'archive']);
  // The same archives again after the restore: already there.
  await importFile(restored, 'x-archive', january);
  await importFile(restored, 'x-archive', march);
  assert.equal(audienceAudit(restored).snapshots.length, 2);
  restored.close();

  // A backup whose snapshots have no owner is refused, naming where.
  const orphan = JSON.parse(readFileSync(backup, 'utf8')) as { people: Array<{ isMe?: boolean }> };
  for (const p of orphan.people) delete p.isMe;
  writeFileSync(backup, JSON.stringify(orphan));
  const empty = openDatabase(':memory:', { create: true });
  await assert.rejects(importFile(empty, 'json', backup), /backup\.json:\$\.audience: the backup has audience snapshots but no owner/);
  assert.equal(empty.prepare('SELECT count(*) FROM person').pluck().get(), 0);
  empty.close();
});

test('an audience account that another import makes a person gets its follow facts', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', march);
  // An X API collection where 206 (a follower) and 304 (followed) answer someone already known.
  const b = emptyBundle('x-api-jsonl');
  b.people.push({ key: 'x:206', name: 'Hugo', handles: [{ kind: 'x_id', value: '206' }] });
  b.people.push({ key: 'x:304', name: 'Inès', handles: [{ kind: 'x_id', value: '304' }] });
  b.people.push({ key: 'x:111', name: 'Alice Dupont', handles: [{ kind: 'x_id', value: '111' }] });
  b.interactions.push({ from: 'x:206', to: 'x:111', kind: 'reply', channel: 'x', externalId: 'x:tweet:1:reply:111' });
  b.interactions.push({ from: 'x:304', to: 'x:111', kind: 'mention', channel: 'x', externalId: 'x:tweet:2:mention:111' });
  const summary = writeBundle(db, b, { fileName: 'collection.jsonl', format: 'x-api-jsonl', contentHash: 'c' });
  assert.equal(summary.added.follows, 2);
  const follows = () => db.prepare('SELECT a.name, b.name FROM follow f JOIN person a ON a.id = f.follower_id JOIN person b ON b.id = f.followed_id ORDER BY 1, 2').raw().all();
  assert.deepEqual(follows(), [['Bob Martin', 'Nadia Roux'], ['Chloé Bernard', 'Nadia Roux'], ['Hugo', 'Nadia Roux'], ['Nadia Roux', 'Alice Dupont'], ['Nadia Roux', 'Inès']]);
  // Removing that import removes the people it made and their follows.
  removeImport(db, summary.batchId!);
  assert.equal(follows().length, 3);
  db.close();
});

/** Pages as `twarc2 followers` / `twarc2 following` write them: one API response per line, with twarc's request record. */
function twarcPage(account: string, side: 'followers' | 'following', ids: string[], retrievedAt: string): string {
  return JSON.stringify({
    data: ids.map((id) => ({ id, username: `user_${id}`, name: `User ${id}` })),
    meta: { result_count: ids.length },
    __twarc: { url: `https://api.twitter.com/2/users/${account}/${side}?max_results=1000&user.fields=created_at`, version: '2.14.0', retrieved_at: retrievedAt },
  });
}

test('follower lists collected with twarc2 are a dated snapshot of the owner, and someone else\'s only a count', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'x-archive', march);
  const owner = '1600000000000000001';
  const collection = join(dir, 'followers.jsonl');
  writeFileSync(collection, [
    // Two pages of the owner's followers (April: 206–210, Bob, 211, 301 stayed; 212 and 213 came; 205 left), one of followings.
    twarcPage(owner, 'followers', ['206', '207', '208', '209', '210'], '2024-04-15T10:00:00+00:00'),
    twarcPage(owner, 'followers', ['222', '211', '301', '212', '213'], '2024-04-15T10:00:05.123456+00:00'),
    twarcPage(owner, 'following', ['111', '301', '302', '304'], '2024-04-15T10:01:00+00:00'),
    // Someone else's followers: a count on that person, no snapshot.
    twarcPage('777', 'followers', ['1', '2', '3'], '2024-04-15T11:00:00+00:00'),
  ].join('\n'));
  const summary = await importFile(db, 'x-api-jsonl', collection);
  assert.match(summary.warnings.map((w) => w.message).join('\n'), /lists of X account 777 are kept as a follower count only/);
  const april = audienceAudit(db).snapshots.at(-1)!;
  assert.deepEqual([april.takenAt, april.dateSource, april.followers, april.gained, april.lost, april.followBackRatio], ['2024-04-15T10:01:00.000Z', 'collection', 10, 2, 1, 0.25]);
  assert.equal(audienceAudit(db).snapshots.length, 2);
  // Listed accounts are no people; the owner's count is the list's size, dated by its retrieval.
  assert.equal(db.prepare("SELECT count(*) FROM person WHERE name LIKE 'User %'").pluck().get(), 0);
  assert.deepEqual(ownerFollowers(db), [10, '2024-04-15T10:01:00.000Z']);
  assert.deepEqual(db.prepare("SELECT p.followers FROM person p JOIN handle h ON h.person_id = p.id WHERE h.kind = 'x_id' AND h.value = '777'").pluck().all(), [3]);
  // The same collection again adds nothing.
  assert.equal((await importFile(db, 'x-api-jsonl', collection)).alreadyImported, true);
  db.close();
});

test('a follower list page that breaks the shape is refused naming the line and field, and writes nothing', async () => {
  const db = openDatabase(':memory:', { create: true });
  const broken = join(dir, 'broken-followers.jsonl');
  writeFileSync(broken, [twarcPage('42', 'followers', ['1', '2'], '2024-04-15T10:00:00Z'), twarcPage('42', 'followers', ['3'], 'last Tuesday')].join('\n'));
  await assert.rejects(importFile(db, 'x-api-jsonl', broken), /broken-followers\.jsonl:line 2, __twarc\.retrieved_at, field "retrieved_at": expected the date-time twarc2 retrieved the page/);
  writeFileSync(broken, twarcPage('42', 'followers', ['1', 'abc'], '2024-04-15T10:00:00Z'));
  await assert.rejects(importFile(db, 'x-api-jsonl', broken), /line 1, data\[1\]\.id/);
  for (const table of ['person', 'audience_snapshot', 'import_batch']) assert.equal(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), 0, table);
  db.close();
});
