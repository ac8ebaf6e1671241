// X API v2 JSON Lines: search pages, a filtered-stream line, error lines, late includes, the
// creator ratio, and what the network holds after an import.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';
import { parseXApiJsonl } from './x-api-jsonl';

const fixture = join(import.meta.dirname, 'fixtures', 'x-api-jsonl', 'collection.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'maillage-xapi-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tmp = (content: string): string => {
  const path = join(dir, `c${n++}.jsonl`);
  writeFileSync(path, content);
  return path;
};

test('the collection fixture: people keyed by X id, with handles, audience and bio', async () => {
  const bundle = await parseXApiJsonl(fixture);
  assert.equal(bundle.format, 'x-api-jsonl');
  const byKey = new Map(bundle.people.map((p) => [p.key, p]));
  assert.deepEqual(
    bundle.people.map((p) => p.key),
    ['x:1001', 'x:1002', 'x:1003', 'x:1004', 'x:1005', 'x:1006', 'x:@ghost_account'],
  );
  assert.deepEqual(byKey.get('x:1001'), {
    key: 'x:1001',
    name: 'Claire Martin',
    handles: [
      { kind: 'x', value: 'claire_martin' },
      { kind: 'x_id', value: '1001' },
    ],
    followers: 12500,
    notes: 'CMO @Acmé. Marketing B2B, communautés.',
    originalPosts: 2,
    reposts: 0,
  });
  // Usernames are lower-cased; a user without a post of their own has no post counts.
  assert.deepEqual(byKey.get('x:1002')!.handles[0], { kind: 'x', value: 'julienmoreau' });
  assert.equal(byKey.get('x:1005')!.name, 'Léa Petit');
  assert.deepEqual(byKey.get('x:@ghost_account'), { key: 'x:@ghost_account', name: '', handles: [{ kind: 'x', value: 'ghost_account' }] });
  // Creator ratio inputs: originals (posts, replies, quotes) vs bare reposts.
  assert.deepEqual(
    bundle.people.filter((p) => p.originalPosts !== undefined).map((p) => [p.key, p.originalPosts, p.reposts]),
    [
      ['x:1001', 2, 0],
      ['x:1002', 1, 1],
      ['x:1003', 1, 0],
      ['x:1004', 0, 1],
      ['x:1005', 1, 0],
      ['x:1006', 3, 0],
    ],
  );
  // The last line that includes a user gives their audience.
  assert.equal(byKey.get('x:1006')!.followers, 9800);
});

test('the collection fixture: replies, quotes, reposts and mentions, each once per post and target', async () => {
  const bundle = await parseXApiJsonl(fixture);
  const rows = bundle.interactions.map((i) => `${i.from} ${i.kind} ${i.to} ${i.at ?? '-'} ${i.externalId}`);
  assert.deepEqual(rows, [
    // A post mentioning two people.
    'x:1001 mention x:1002 2024-03-05T09:12:44.000Z x:tweet:1760000000000000001:mention:1002',
    'x:1001 mention x:1003 2024-03-05T09:12:44.000Z x:tweet:1760000000000000001:mention:1003',
    // A reply: the replied-to user's leading @mention is the reply, not also a mention.
    'x:1002 reply x:1001 2024-03-05T10:01:00.000Z x:tweet:1760000000000000002:reply:1001',
    'x:1002 mention x:1004 2024-03-05T10:01:00.000Z x:tweet:1760000000000000002:mention:1004',
    // A retweet goes to the original author only; the original's mentions are not the reposter's.
    'x:1004 repost x:1001 2024-03-05T11:30:00.000Z x:tweet:1760000000000000003:repost:1001',
    'x:1003 mention x:1005 2024-03-06T08:00:00.000Z x:tweet:1760000000000000004:mention:1005',
    // A mention of a user X no longer knows (no id): kept by username.
    'x:1005 mention x:@ghost_account 2024-03-07T17:45:30.000Z x:tweet:1760000000000000006:mention:ghost_account',
    // The filtered stream's single-object "data".
    'x:1006 reply x:1003 2024-03-08T07:20:00.000Z x:tweet:1760000000000000007:reply:1003',
    // A retweet whose original is missing from includes: "RT @emma_w:" and its mention name the author.
    'x:1002 repost x:1006 2024-03-09T12:00:00.000Z x:tweet:1760000000000000008:repost:1006',
    // A quote whose quoted post only arrives in a later line.
    'x:1003 quote x:1006 2024-03-06T08:00:00.000Z x:tweet:1760000000000000004:quote:1006',
  ]);
  assert.ok(bundle.interactions.every((i) => i.channel === 'x'));
  // Self-replies (threads) give nothing; a post seen twice (line 6 repeats 2002) counts once.
  assert.equal(bundle.interactions.filter((i) => i.externalId!.startsWith('x:tweet:1760000000000000005')).length, 0);
  assert.deepEqual(bundle.warnings, [
    { line: 3, message: 'an error response (Too Many Requests) passed over', why: { key: 'errorResponse', params: { detail: 'Too Many Requests' } } },
    {
      line: 6,
      message: 'the response reports 1 error(s), e.g. "Could not find tweet with referenced_tweets.id: [1750000000000000002]."',
      why: { key: 'responseErrors', params: { count: 1, detail: 'Could not find tweet with referenced_tweets.id: [1750000000000000002].' } },
    },
  ]);
});

test('progress is reported in bytes up to the file size', async () => {
  const progress: Array<[number, number]> = [];
  await parseXApiJsonl(fixture, { onProgress: (d, t) => progress.push([d, t]) });
  const size = progress[0]![1];
  assert.ok(size > 10_000);
  assert.deepEqual(progress.at(-1), [size, size]);
});

test('a reply whose target is only in includes.tweets, an unresolved quote, CRLF, a BOM', async () => {
  const line1 = {
    data: [
      { id: '11', author_id: '1', created_at: '2024-01-02T03:04:05.000Z', text: 'Bien dit', referenced_tweets: [{ type: 'replied_to', id: '10' }] },
      { id: '12', author_id: '1', created_at: '2024-01-02T03:05:00.000Z', text: 'À lire', referenced_tweets: [{ type: 'quoted', id: '99' }] },
      { id: '13', author_id: '1', created_at: '2024-01-02T03:06:00+01:00', text: 'Merci @Bea_R et @bea_r', entities: { mentions: [{ start: 6, end: 12, username: 'Bea_R', id: '2' }, { start: 16, end: 22, username: 'bea_r', id: '2' }] } },
    ],
    includes: { users: [{ id: '1', username: 'Ana', name: 'Ana Ruiz' }], tweets: [{ id: '10', author_id: '2' }] },
  };
  const bundle = await parseXApiJsonl(tmp(`\uFEFF${JSON.stringify(line1)}\r\n\r\n`));
  assert.deepEqual(
    bundle.interactions.map((i) => [i.kind, i.to, i.at]),
    [
      ['reply', 'x:2', '2024-01-02T03:04:05.000Z'],
      ['mention', 'x:2', '2024-01-02T02:06:00.000Z'],
    ],
  );
  assert.equal(bundle.warnings.length, 1);
  assert.match(bundle.warnings[0]!.message, /quote of post 99, whose author is not in the file/);
  assert.deepEqual(bundle.people.find((p) => p.key === 'x:2')!.handles, [
    { kind: 'x', value: 'bea_r' },
    { kind: 'x_id', value: '2' },
  ]);
});

test('a handle that changed hands stays with the user last seen with it', async () => {
  const lines = [
    { data: [{ id: '1', author_id: '7', text: 'x' }], includes: { users: [{ id: '7', username: 'marque' }] } },
    { data: [{ id: '2', author_id: '8', text: 'y' }], includes: { users: [{ id: '8', username: 'Marque' }] } },
  ];
  const bundle = await parseXApiJsonl(tmp(lines.map((l) => JSON.stringify(l)).join('\n')));
  assert.deepEqual(bundle.people.find((p) => p.key === 'x:7')!.handles, [{ kind: 'x_id', value: '7' }]);
  assert.deepEqual(bundle.people.find((p) => p.key === 'x:8')!.handles, [
    { kind: 'x', value: 'marque' },
    { kind: 'x_id', value: '8' },
  ]);
});

test('errors name the line, the JSON path and the field, and what was expected', async () => {
  const good = { data: [{ id: '1', author_id: '7', text: 'x' }] };
  const bad = { data: [{ id: '1', author_id: '7' }, { id: '2', author_id: 7 }] };
  await assert.rejects(parseXApiJsonl(tmp(`${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`), { fileName: 'c.jsonl' }), (error: unknown) => {
    assert.ok(error instanceof ImportError);
    assert.equal(error.message, 'c.jsonl:line 2, data[1].author_id, field "author_id": expected string, got number 7');
    return true;
  });
  const badMention = { data: [{ id: '1', author_id: '7', entities: { mentions: [{ username: 'not a handle!' }] } }] };
  await assert.rejects(parseXApiJsonl(tmp(JSON.stringify(badMention)), { fileName: 'm.jsonl' }), {
    message: 'm.jsonl:line 1, data[0].entities.mentions[0].username, field "username": expected an X username (letters, digits, _), got "not a handle!"',
  });
  const badKind = { data: [{ id: '1', author_id: '7', referenced_tweets: [{ type: 'liked', id: '3' }] }] };
  await assert.rejects(parseXApiJsonl(tmp(JSON.stringify(badKind)), { fileName: 'k.jsonl' }), {
    message: 'k.jsonl:line 1, data[0].referenced_tweets[0].type, field "type": expected one of replied_to, quoted, retweeted, got "liked"',
  });
  const badDate = { data: [{ id: '1', author_id: '7', created_at: '2024-02-30T10:00:00.000Z' }] };
  await assert.rejects(parseXApiJsonl(tmp(JSON.stringify(badDate)), { fileName: 'd.jsonl' }), {
    message: 'd.jsonl:line 1, data[0].created_at, field "created_at": expected an ISO 8601 date like "2023-02-18T19:45:15.000Z", got "2024-02-30T10:00:00.000Z"',
  });
  await assert.rejects(parseXApiJsonl(tmp('{"data":[]}\n{"data": [{"id": "1"'), { fileName: 't.jsonl' }), {
    message: 't.jsonl:line 2: the JSON object does not end on this line (the file may be truncated, or be pretty-printed JSON); expected one complete JSON object per line',
  });
});

test('importing into a network: audience, post counts, and a second collection adds only new posts', async () => {
  const db = openDatabase(':memory:', { create: true });
  const first = await importFile(db, 'x-api-jsonl', fixture);
  assert.equal(first.added.people, 7);
  assert.equal(first.added.interactions, 10);
  const claire = db
    .prepare("SELECT p.name, p.followers, p.original_posts, p.reposts FROM person p JOIN handle h ON h.person_id = p.id WHERE h.kind = 'x' AND h.value = 'claire_martin'")
    .get();
  assert.deepEqual(claire, { name: 'Claire Martin', followers: 12500, original_posts: 2, reposts: 0 });
  assert.deepEqual(db.prepare("SELECT name FROM person WHERE name LIKE '@%'").all(), [{ name: '@ghost_account' }]);

  // A later collection repeating one post and adding one.
  const later = {
    data: [
      { id: '1760000000000000002', author_id: '1002', created_at: '2024-03-05T10:01:00.000Z', text: '@claire_martin Merci', in_reply_to_user_id: '1001' },
      { id: '1760000000000000100', author_id: '1003', created_at: '2024-04-01T10:00:00.000Z', text: '@tomdubois bravo', entities: { mentions: [{ username: 'tomdubois', id: '1004' }] } },
    ],
    includes: { users: [{ id: '1003', username: 'sarah_analyst', name: 'Sarah Klein', public_metrics: { followers_count: 46000 } }] },
  };
  const second = await importFile(db, 'x-api-jsonl', tmp(JSON.stringify(later)));
  assert.equal(second.added.people, 0);
  assert.equal(second.added.interactions, 1);
  assert.equal(second.duplicateInteractions, 1);
  assert.deepEqual(db.prepare("SELECT followers FROM person WHERE name = 'Sarah Klein'").get(), { followers: 46000 });
});

test('twarc-flattened lines (one post each, includes copied in) give the same people and interactions as the raw responses', async () => {
  const raw = await parseXApiJsonl(fixture);
  const flat = await parseXApiJsonl(join(import.meta.dirname, 'fixtures', 'x-api-jsonl', 'collection.flattened.jsonl'));
  const people = (b: typeof raw) => [...b.people].sort((x, y) => x.key.localeCompare(y.key));
  const ties = (b: typeof raw) => [...b.interactions].map((x) => JSON.stringify(x)).sort();
  assert.ok(raw.interactions.length >= 10);
  assert.deepEqual(ties(flat), ties(raw));
  assert.deepEqual(people(flat), people(raw));

  // The same posts imported from both shapes are counted once: the interaction ids are the same.
  const db = openDatabase(':memory:', { create: true });
  const first = await importFile(db, 'x-api-jsonl', fixture);
  const second = await importFile(db, 'x-api-jsonl', join(import.meta.dirname, 'fixtures', 'x-api-jsonl', 'collection.flattened.jsonl'));
  assert.equal(second.added.interactions, 0);
  assert.equal(second.duplicateInteractions, first.added.interactions);
  assert.equal(second.added.people, 0);
});

test('a flattened post with a bad field is reported at its own path, not inside a response', async () => {
  const post = { id: '1', author_id: '10', author: {}, created_at: 'yesterday', text: 'hi', __twarc: { version: '2.14.0' } };
  await assert.rejects(parseXApiJsonl(tmp(`${JSON.stringify(post)}\n`)), (error: unknown) => {
    assert.ok(error instanceof ImportError);
    assert.equal(error.where.line, 1);
    assert.equal(error.where.path, 'created_at');
    return true;
  });
  const badAuthor = { ...post, created_at: '2024-03-05T09:12:44.000Z', author_id: 'ten' };
  await assert.rejects(parseXApiJsonl(tmp(`\n${JSON.stringify(badAuthor)}\n`)), (error: unknown) => {
    assert.ok(error instanceof ImportError);
    assert.equal(error.where.line, 2);
    assert.match(error.message, /author_id/);
    assert.match(error.message, /numeric id/);
    return true;
  });
});

test('a flattened post alone says who it mentions, replies to and quotes, with their names and audience', async () => {
  const lea = { id: '20', username: 'lea_cio', name: 'Léa Roux', description: 'CIO', public_metrics: { followers_count: 310, following_count: 90 } };
  const marc = { id: '30', username: 'MarcJournalist', name: 'Marc Petit', public_metrics: { followers_count: 98_000 } };
  const ana = { id: '40', username: 'ana_peer', name: 'Ana Costa', public_metrics: { followers_count: 1_200 } };
  const post = {
    id: '500', author_id: '10', created_at: '2024-04-02T08:30:00.000Z', text: '@lea_cio regardez ça, @MarcJournalist https://t.co/x',
    author: { id: '10', username: 'claire_martin', name: 'Claire Martin', public_metrics: { followers_count: 12_500 } },
    in_reply_to_user_id: '20', in_reply_to_user: lea,
    entities: { mentions: [{ start: 0, end: 8, ...lea }, { start: 22, end: 37, ...marc }, { start: 40, end: 47, username: 'gone_user' }] },
    referenced_tweets: [
      { type: 'replied_to', id: '400', author_id: '20', author: lea, text: 'Une question pour vous' },
      { type: 'quoted', id: '450', author_id: '40', author: ana, text: 'Notre étude', entities: { mentions: [{ start: 0, end: 6, username: 'nobody' }] } },
    ],
    __twarc: { url: 'https://api.twitter.com/2/tweets/search/all', version: '2.14.0', retrieved_at: '2024-04-03T00:00:00+00:00' },
  };
  const bundle = await parseXApiJsonl(tmp(`${JSON.stringify(post)}\n`));
  const byKey = new Map(bundle.people.map((p) => [p.key, p]));
  assert.deepEqual(byKey.get('x:20'), { key: 'x:20', name: 'Léa Roux', handles: [{ kind: 'x', value: 'lea_cio' }, { kind: 'x_id', value: '20' }], followers: 310, notes: 'CIO' });
  assert.equal(byKey.get('x:30')?.followers, 98_000);
  assert.equal(byKey.get('x:40')?.name, 'Ana Costa');
  assert.deepEqual(
    bundle.interactions.map((x) => `${x.from}→${x.to} ${x.kind}`).sort(),
    ['x:10→x:20 reply', 'x:10→x:30 mention', 'x:10→x:40 quote', 'x:10→x:@gone_user mention'],
  );
});
