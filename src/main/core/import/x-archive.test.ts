// X archive: the .zip and its unpacked folder give the same bundle — the owner from account.js,
// replies, mentions, reposts, quotes by x.com and twitter.com links, follows by account id —
// and the other data/*.js files and media are passed over.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../db/connection';
import { ImportError } from './bundle';
import { makeZip } from './fixtures/zip';
import { importFile } from './run';
import { parseXArchive } from './x-archive';

const fixtures = join(import.meta.dirname, 'fixtures', 'x-archive');
const folder = join(fixtures, 'archive');
const zip = join(fixtures, 'twitter-2023-03-01-archive.zip');
const dir = mkdtempSync(join(tmpdir(), 'maillage-xarchive-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const OWNER = '1500000000000000001';

test('the zip and the unpacked folder give the same bundle', async () => {
  const fromFolder = await parseXArchive(folder, { fileName: 'archive' });
  const fromZip = await parseXArchive(zip, { fileName: 'archive' });
  assert.deepEqual(fromZip, fromFolder);
});

test('the owner comes from account.js, with post counts for the creator ratio', async () => {
  const bundle = await parseXArchive(zip);
  assert.equal(bundle.format, 'x-archive');
  assert.deepEqual(bundle.people[0], {
    key: 'me',
    name: 'Marie Lambert',
    handles: [
      { kind: 'x', value: 'mariecmo' },
      { kind: 'x_id', value: OWNER },
    ],
    isMe: true,
    // Nine posts in tweets.js and tweets-part1.js, one of them a retweet; deleted-tweets.js is not read.
    originalPosts: 8,
    reposts: 1,
    // follower.js lists two followers besides the owner.
    followers: 2,
  });
});

test('mentions, replies, retweets and quotes (x.com and twitter.com links), dated from created_at', async () => {
  const bundle = await parseXArchive(folder);
  assert.deepEqual(
    bundle.interactions.map((i) => [i.from, i.kind, i.to, i.at, i.externalId]),
    [
      ['me', 'mention', 'x:111', '2023-02-18T19:45:15.000Z', 'x:tweet:1627000000000000001:mention:111'],
      ['me', 'mention', 'x:222', '2023-02-18T19:45:15.000Z', 'x:tweet:1627000000000000001:mention:222'],
      // A reply to Bob that also names Alice: one reply, one mention (Bob's @ is the reply).
      ['me', 'reply', 'x:222', '2023-02-19T08:00:00.000Z', 'x:tweet:1627000000000000002:reply:222'],
      ['me', 'mention', 'x:111', '2023-02-19T08:00:00.000Z', 'x:tweet:1627000000000000002:mention:111'],
      // "RT @carol_analyst: … @dave_j": a repost of Carol; Dave's mention is Carol's, not the owner's.
      ['me', 'repost', 'x:333', '2023-02-20T10:30:00.000Z', 'x:tweet:1627000000000000003:repost:333'],
      // Quote by an x.com link (Dave_J, capitalised): the handle joins Dave's id seen elsewhere.
      ['me', 'quote', 'x:444', '2023-02-21T12:00:00.000Z', 'x:tweet:1627000000000000004:quote:dave_j'],
      // Quote by a twitter.com link with ?s=20, of someone also mentioned: one quote only.
      ['me', 'quote', 'x:111', '2023-02-22T09:15:00.000Z', 'x:tweet:1627000000000000005:quote:111'],
      // Mentioning oneself is passed over (a warning); a self-reply (thread) silently.
      ['me', 'mention', 'x:444', '2023-02-23T18:00:00.000Z', 'x:tweet:1627000000000000006:mention:444'],
      // A deleted account: id "-1", kept by handle.
      ['me', 'mention', 'x:@gone_user', '2023-02-24T07:00:00.000Z', 'x:tweet:1627000000000000008:mention:gone_user'],
      // tweets-part1.js is read too.
      ['me', 'mention', 'x:555', '2023-02-25T11:11:11.000Z', 'x:tweet:1627000000000000009:mention:555'],
    ],
  );
  assert.ok(bundle.interactions.every((i) => i.channel === 'x'));
  assert.equal(bundle.warnings.length, 1);
  assert.match(bundle.warnings[0]!.message, /post 1627000000000000006 mentions its own author; passed over$/);
});

test('people: one per user id, named by the latest post, handles lower-cased; followers and followings are audience, by accountId', async () => {
  const bundle = await parseXArchive(zip);
  assert.deepEqual(
    bundle.people.slice(1).map((p) => [p.key, p.name, p.handles.map((h) => `${h.kind}:${h.value}`).join(' ')]),
    [
      ['x:111', 'Alice Dupont', 'x:alice_dupont x_id:111'],
      ['x:222', 'Bob Martin', 'x:bobmartin x_id:222'],
      ['x:333', 'Carol Analyst', 'x:carol_analyst x_id:333'],
      // "Dave J." on 20 Feb, "Dave Jones" on 23 Feb: the latest name wins.
      ['x:444', 'Dave Jones', 'x:dave_j x_id:444'],
      ['x:@gone_user', '', 'x:gone_user'],
      ['x:555', 'Ève Journaliste', 'x:eve_journalist x_id:555'],
      // 666 (a follower) and 777 (followed) are known only from follower.js / following.js:
      // audience, not people.
    ],
  );
  // The owner's audience, dated by manifest.js; the owner listed among their own followers is
  // passed over. The writer links the accounts that are people (222, 111) by their X id.
  assert.deepEqual(bundle.follows, []);
  assert.deepEqual(bundle.audiences, [
    {
      of: 'me',
      accountId: '1500000000000000001',
      takenAt: '2023-03-01T00:00:00.000Z',
      followers: ['222', '666'],
      followings: ['111', '777'],
    },
  ]);
  assert.equal(bundle.people[0]!.followers, 2);
  assert.equal(bundle.countedAt, '2023-03-01T00:00:00.000Z');
  // Nothing from deleted-tweets.js (@zed), like.js, direct-messages.js or tweet-headers.js.
  assert.ok(!bundle.people.some((p) => p.handles.some((h) => h.value === 'zed' || h.value === '999')));
});

test('progress in bytes of the files read, up to their total', async () => {
  const progress: Array<[number, number]> = [];
  await parseXArchive(folder, { onProgress: (d, t) => progress.push([d, t]) });
  const total = progress[0]![1];
  assert.ok(progress.every(([d, t]) => t === total && d <= total));
  assert.deepEqual(progress.at(-1), [total, total]);
});

test('importing the archive: the owner is is_me, follows stored, re-importing the folder after the zip adds nothing new', async () => {
  const db = openDatabase(':memory:', { create: true });
  const summary = await importFile(db, 'x-archive', zip);
  assert.equal(summary.added.people, 7);
  assert.equal(summary.added.interactions, 10);
  // Bob follows the owner, the owner follows Alice: people, so their follows are kept.
  assert.equal(summary.added.follows, 2);
  assert.deepEqual(db.prepare("SELECT count(*) FROM person WHERE name LIKE 'X user %'").pluck().get(), 0);
  assert.deepEqual(db.prepare('SELECT taken_at, date_source, followers, followings FROM audience_snapshot').raw().all(), [['2023-03-01T00:00:00.000Z', 'archive', 2, 2]]);
  assert.deepEqual(db.prepare('SELECT name, original_posts, reposts FROM person WHERE is_me = 1').all(), [{ name: 'Marie Lambert', original_posts: 8, reposts: 1 }]);
  const again = await importFile(db, 'x-archive', folder);
  assert.equal(again.added.people, 0);
  assert.equal(again.added.interactions, 0);
  assert.equal(again.duplicateInteractions, 10);
  // The same archive (same generation date) is one snapshot.
  assert.equal(db.prepare('SELECT count(*) FROM audience_snapshot').pluck().get(), 1);
});

test('a re-zipped archive (one folder deeper) and a zip without account.js', async () => {
  const account = 'window.YTD.account.part0 = [ { "account" : { "username" : "Ana_B", "accountId" : "42", "accountDisplayName" : "Ana B." } } ]';
  const tweets = `window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "9", "created_at" : "Mon Jan 01 10:00:00 +0100 2024", "full_text" : "RT @bob: salut", "entities" : { "user_mentions" : [ { "screen_name" : "bob", "id_str" : "7" } ] } } } ]`;
  const deeper = join(dir, 'deeper.zip');
  writeFileSync(deeper, makeZip([
    { name: 'twitter-2024/data/account.js', data: account, deflate: true },
    { name: 'twitter-2024/data/tweets.js', data: tweets },
  ]));
  const bundle = await parseXArchive(deeper);
  assert.deepEqual(bundle.interactions, [{ from: 'me', to: 'x:7', kind: 'repost', channel: 'x', at: '2024-01-01T09:00:00.000Z', externalId: 'x:tweet:9:repost:7' }]);
  const none = join(dir, 'none.zip');
  writeFileSync(none, makeZip([{ name: 'data/tweets.js', data: tweets }]));
  await assert.rejects(parseXArchive(none), (error: unknown) => error instanceof ImportError && /no data\/account\.js/.test(error.message));
});
