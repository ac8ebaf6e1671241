// The import writer: one transaction, identities resolved, idempotent, undoable.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { openDatabase, type Db } from './connection';
import { emptyBundle, type ImportBundle } from '../import/bundle';
import { assertPeopleExist, removeImport, writeBundle } from './import-write';

const counts = (db: Db) =>
  Object.fromEntries(['person', 'handle', 'interaction', 'follow', 'event', 'attendance', 'import_batch'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

function linkedinLike(): ImportBundle {
  const b = emptyBundle('linkedin');
  b.people.push({ key: 'me', name: '', handles: [], isMe: true });
  b.people.push({ key: 'ada', name: 'Ada Lovelace', organisation: 'Analytical Engines', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/ada' }] });
  b.people.push({ key: 'bob', name: 'Bob Dupré', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/bob' }] });
  b.interactions.push({ from: 'me', to: 'ada', kind: 'met', channel: 'linkedin', at: '2024-01-01', externalId: 'linkedin:connection:ada' });
  b.interactions.push({ from: 'me', to: 'bob', kind: 'met', channel: 'linkedin', at: '2024-02-01', externalId: 'linkedin:connection:bob' });
  return b;
}

test('an import lands whole, stamped with its batch', () => {
  const db = openDatabase(':memory:', { create: true });
  const summary = writeBundle(db, linkedinLike(), { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'h1' });
  assert.equal(summary.added.people, 3);
  assert.equal(summary.added.interactions, 2);
  assert.deepEqual(db.prepare('SELECT name, is_me FROM person ORDER BY id').all(), [{ name: 'Me', is_me: 1 }, { name: 'Ada Lovelace', is_me: 0 }, { name: 'Bob Dupré', is_me: 0 }]);
  assert.equal((db.prepare('SELECT count(*) AS n FROM interaction WHERE import_batch_id = ?').get(summary.batchId) as { n: number }).n, 2);
  assert.deepEqual(JSON.parse((db.prepare('SELECT counts FROM import_batch').get() as { counts: string }).counts).interactions, 2);
});

test('the same file twice adds nothing; a newer export adds only what is new', () => {
  const db = openDatabase(':memory:', { create: true });
  writeBundle(db, linkedinLike(), { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'h1' });
  const before = counts(db);
  const again = writeBundle(db, linkedinLike(), { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'h1' });
  assert.equal(again.alreadyImported, true);
  assert.deepEqual(counts(db), before);

  const newer = linkedinLike();
  newer.people.push({ key: 'cy', name: 'Cyrielle Sá', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/cy' }] });
  newer.interactions.push({ from: 'me', to: 'cy', kind: 'met', channel: 'linkedin', at: '2024-03-01', externalId: 'linkedin:connection:cy' });
  const summary = writeBundle(db, newer, { fileName: 'Connections (1).csv', format: 'linkedin', contentHash: 'h2' });
  assert.equal(summary.added.people, 1);
  assert.equal(summary.matchedPeople, 3);
  assert.equal(summary.added.interactions, 1);
  assert.equal(summary.duplicateInteractions, 2);
});

test('rows without source ids are deduplicated by content across exports, kept apart within one', () => {
  const db = openDatabase(':memory:', { create: true });
  const csv = () => {
    const b = emptyBundle('csv');
    b.people.push({ key: 'a', name: 'Ada', handles: [{ kind: 'x', value: 'ada' }] }, { key: 'b', name: 'Bob', handles: [{ kind: 'x', value: 'bob' }] });
    b.interactions.push({ from: 'a', to: 'b', kind: 'mention', channel: 'x', at: '2024-01-01T10:00:00Z' });
    b.interactions.push({ from: 'a', to: 'b', kind: 'mention', channel: 'x', at: '2024-01-01T10:00:00Z' });
    return b;
  };
  assert.equal(writeBundle(db, csv(), { fileName: 'i.csv', format: 'csv', contentHash: 'c1' }).added.interactions, 2);
  const newer = csv();
  newer.interactions.push({ from: 'b', to: 'a', kind: 'reply', channel: 'x', at: '2024-01-02T10:00:00Z' });
  const summary = writeBundle(db, newer, { fileName: 'i2.csv', format: 'csv', contentHash: 'c2' });
  assert.equal(summary.added.interactions, 1);
  assert.equal(summary.duplicateInteractions, 2);
});

test('the same person from LinkedIn and X is one person when a handle matches; a name twin is proposed, not merged', () => {
  const db = openDatabase(':memory:', { create: true });
  writeBundle(db, linkedinLike(), { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'h1' });
  const x = emptyBundle('x-archive');
  x.people.push({ key: 'me', name: 'Claire Dubois', handles: [{ kind: 'x', value: 'claire' }], isMe: true, originalPosts: 10, reposts: 4 });
  // Ada is known on X by the same LinkedIn URL (e.g. from a CSV that lists both).
  x.people.push({ key: 'ada', name: 'Ada L.', handles: [{ kind: 'x', value: 'ada' }, { kind: 'linkedin', value: 'https://www.linkedin.com/in/ada' }] });
  x.people.push({ key: 'ada2', name: 'ADA LOVELACE', organisation: 'Analytical engines', handles: [{ kind: 'x', value: 'ada_the_2nd' }] });
  x.interactions.push({ from: 'me', to: 'ada', kind: 'mention', channel: 'x', externalId: 'x:tweet:1:mention:ada' });
  const summary = writeBundle(db, x, { fileName: 'archive.zip', format: 'x-archive', contentHash: 'x1' });
  assert.equal(summary.matchedPeople, 2);
  assert.equal(summary.added.people, 1);
  const me = db.prepare('SELECT name, original_posts, reposts FROM person WHERE is_me = 1').get();
  assert.deepEqual(me, { name: 'Claire Dubois', original_posts: 10, reposts: 4 });
  assert.equal((db.prepare("SELECT name FROM person WHERE id = (SELECT person_id FROM handle WHERE kind = 'x' AND value = 'ada')").get() as { name: string }).name, 'Ada Lovelace', 'a user-visible name is not overwritten');
  assert.equal(summary.possibleDuplicates.length, 1);
  assert.equal(summary.possibleDuplicates[0]?.reason, 'same name and organisation');
});

test('an error half-way leaves the network exactly as it was', () => {
  const db = openDatabase(':memory:', { create: true });
  writeBundle(db, linkedinLike(), { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'h1' });
  const before = counts(db);
  const broken = linkedinLike();
  broken.people.push({ key: 'new', name: 'New Person', handles: [] });
  broken.interactions.push({ from: 'new', to: 'ghost', kind: 'mention', channel: 'x' });
  assert.throws(() => writeBundle(db, broken, { fileName: 'broken.csv', format: 'csv', contentHash: 'b1' }), /ghost/);
  assert.deepEqual(counts(db), before);
});

test('removing an import removes its rows and the people only it brought', () => {
  const db = openDatabase(':memory:', { create: true });
  const first = writeBundle(db, linkedinLike(), { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'h1' });
  const before = counts(db);
  const csv = emptyBundle('csv');
  csv.people.push({ key: 'ada', name: 'Ada Lovelace', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/ada' }] });
  csv.people.push({ key: 'zoe', name: 'Zoé', handles: [] });
  csv.interactions.push({ from: 'zoe', to: 'ada', kind: 'reply', channel: 'x' });
  const second = writeBundle(db, csv, { fileName: 'extra.csv', format: 'csv', contentHash: 'e1' });
  assert.equal(second.added.people, 1);
  assert.deepEqual(removeImport(db, second.batchId as number), { removed: true });
  assert.deepEqual(counts(db), before);
  assert.deepEqual(removeImport(db, 999), { removed: false });
  assert.ok(first.batchId);
});

test('a large import (indexes rebuilt, rows in file order) stores the ids earlier versions stored, repeats numbered in file order', () => {
  const db = openDatabase(':memory:', { create: true });
  const bundle = (extra: number) => {
    const b = emptyBundle('csv');
    for (let p = 0; p < 500; p++) b.people.push({ key: `p${p}`, name: `Person ${p}`, handles: [{ kind: 'x', value: `p${p}` }] });
    // 201,000 rows (above the deferral threshold); every 997th row repeats an earlier one exactly.
    for (let i = 0; i < 201_000 + extra; i++) {
      const j = i % 997 === 996 ? i - 500 : i;
      const from = j % 500;
      const to = (j * 7 + 1) % 500 === from ? (from + 1) % 500 : (j * 7 + 1) % 500;
      b.interactions.push({ from: `p${from}`, to: `p${to}`, kind: j % 3 ? 'mention' : 'reply', channel: 'x', at: new Date(Date.UTC(2024, 0, 1) + j * 60_000).toISOString(), weight: j % 20 ? undefined : 2 });
    }
    return b;
  };
  const first = bundle(0);
  const empty = db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND name LIKE 'interaction_%' ORDER BY name").raw().all();
  const summary = writeBundle(db, first, { fileName: 'big.csv', format: 'csv', contentHash: 'big1' });
  assert.notDeepEqual(db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND name LIKE 'interaction_%' ORDER BY name").raw().all(), empty, 'rebuilt');
  assert.equal(summary.added.interactions, 201_000);
  // The ids, computed here the way every earlier version computed them: sha1 of the content
  // (person ids, kind, channel, at, weight) and of its occurrence in the file.
  const personId = new Map((db.prepare("SELECT h.value AS v, h.person_id AS id FROM handle h WHERE h.kind = 'x'").all() as Array<{ v: string; id: number }>).map((r) => [`p${r.v.slice(1)}`, r.id]));
  const seen = new Map<string, number>();
  const expected = new Set<string>();
  for (const x of first.interactions) {
    const content = `${personId.get(x.from)}|${personId.get(x.to)}|${x.kind}|${x.channel}|${x.at}|${x.weight ?? 1}`;
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    expected.add(`csv:${createHash('sha1').update(`${content}|${n}`).digest('hex')}`);
  }
  assert.equal(expected.size, 201_000);
  const stored = db.prepare('SELECT external_id FROM interaction').pluck().all() as string[];
  assert.equal(stored.filter((id) => expected.has(id)).length, 201_000);
  assert.equal([...seen.values()].reduce((a, b) => Math.max(a, b)), 2, 'the file has repeats');
  const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' AND sql IS NOT NULL ORDER BY name").pluck().all();
  assert.deepEqual(indexes, ['interaction_external_id', 'interaction_from', 'interaction_to']);
  // In file order: the rows' times rise with the file's lines (row j is at minute j).
  const times = db.prepare('SELECT at FROM interaction ORDER BY id LIMIT 5').pluck().all();
  assert.deepEqual(times, [0, 1, 2, 3, 4].map((j) => new Date(Date.UTC(2024, 0, 1) + j * 60_000).toISOString()));
  assert.equal(db.pragma('threads', { simple: true }), 0, 'the sorter threads are given back');
  // Written with SQLite's per-row foreign key checks off (each person checked once instead): every
  // key is still right, and the checks are back on for what follows.
  assert.deepEqual(db.pragma('foreign_key_check'), []);
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);

  // A newer export is mostly rows already here: its 1,000 new rows go into the indexes as they
  // are (same root pages) instead of every index being dropped and rebuilt.
  const roots = () => db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' ORDER BY name").raw().all();
  const before = roots();
  const newer = writeBundle(db, bundle(1_000), { fileName: 'big (1).csv', format: 'csv', contentHash: 'big2' });
  assert.deepEqual(roots(), before);
  assert.equal(newer.added.interactions, 1_000);
  assert.equal(newer.duplicateInteractions, 201_000);
  assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
});

test('a bundle of thousands of people resolves handles as a small one does: people already here, and one handle twice in the file', () => {
  for (const size of [50, 6_000]) {
    const db = openDatabase(':memory:', { create: true });
    const first = emptyBundle('csv');
    first.people.push({ key: 'ada', name: 'Ada', handles: [{ kind: 'x', value: 'ada' }] });
    writeBundle(db, first, { fileName: 'a.csv', format: 'csv', contentHash: 'a' });
    const b = emptyBundle('x-api-jsonl');
    for (let i = 0; i < size; i++) b.people.push({ key: `u${i}`, name: `User ${i}`, handles: [{ kind: 'x_id', value: String(i) }] });
    // Ada again under another key, and one X id listed twice under two keys.
    b.people.push({ key: 'ada-again', name: 'Ada L.', handles: [{ kind: 'x', value: 'ada' }, { kind: 'x_id', value: '999999' }] });
    b.people.push({ key: 'twin', name: 'User 7 (again)', handles: [{ kind: 'x_id', value: '7' }] });
    b.interactions.push({ from: 'twin', to: 'ada-again', kind: 'mention', channel: 'x', externalId: 'x:1' });
    const summary = writeBundle(db, b, { fileName: 'b.jsonl', format: 'x-api-jsonl', contentHash: 'b' });
    assert.equal(summary.added.people, size, `${size}: only the new ids are new people`);
    assert.equal(summary.matchedPeople, 2, `${size}: Ada and the repeated id are matched`);
    const ada = db.prepare("SELECT person_id FROM handle WHERE kind = 'x' AND value = 'ada'").pluck().get();
    assert.equal(db.prepare("SELECT person_id FROM handle WHERE kind = 'x_id' AND value = '999999'").pluck().get(), ada);
    const seven = db.prepare("SELECT person_id FROM handle WHERE kind = 'x_id' AND value = '7'").pluck().get();
    assert.deepEqual(db.prepare('SELECT from_person_id, to_person_id FROM interaction').raw().all(), [[seven, ada]]);
  }
});

test('a large import that fails half-way leaves nothing and gives the foreign key checks back', () => {
  const db = openDatabase(':memory:', { create: true });
  const b = emptyBundle('csv');
  for (let p = 0; p < 100; p++) b.people.push({ key: `p${p}`, name: `Person ${p}`, handles: [{ kind: 'x', value: `p${p}` }] });
  for (let i = 0; i < 30_000; i++) b.interactions.push({ from: `p${i % 100}`, to: `p${(i + 1) % 100}`, kind: 'mention', channel: 'x', at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString() });
  // Written after the interactions: its error comes once they are all in.
  b.attendance.push({ person: 'p1', event: 'no such event' });
  const before = counts(db);
  assert.throws(() => writeBundle(db, b, { fileName: 'big.csv', format: 'csv', contentHash: 'h' }), /big\.csv: an attendance refers to the event "no such event"/);
  assert.deepEqual(counts(db), before);
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.throws(() => db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel) VALUES (1, 2, 'mention', 'x')").run(), /FOREIGN KEY/);
});

test('the per-person check of a large import refuses an id that is not in the network', () => {
  const db = openDatabase(':memory:', { create: true });
  db.prepare("INSERT INTO person (id, name, created_at) VALUES (1, 'Ada', '2025-01-01'), (2, 'Bob', '2025-01-01')").run();
  assert.doesNotThrow(() => assertPeopleExist(db, [1, 2, 2, 1]));
  assert.throws(() => assertPeopleExist(db, [1, 2, 3]), /refers to people who are not in the network \(ids 3\); nothing was imported/);
});

test('people named again by a newer export are rewritten only when something of theirs changed', () => {
  const db = openDatabase(':memory:', { create: true });
  const bundle = (followers: number) => {
    const b = emptyBundle('x-api-jsonl');
    // The counts of a collection are dated by its latest post (as the JSONL parser does).
    b.countedAt = followers === 100 ? '2025-01-10T00:00:00.000Z' : '2025-02-10T00:00:00.000Z';
    b.people.push({ key: 'x:1', name: 'Ada', followers, handles: [{ kind: 'x', value: 'ada' }] });
    b.people.push({ key: 'x:2', name: 'Bob', handles: [{ kind: 'x', value: 'bob' }] });
    b.interactions.push({ from: 'x:1', to: 'x:2', kind: 'mention', channel: 'x', externalId: `x:tweet:${followers}:mention:2` });
    return b;
  };
  writeBundle(db, bundle(100), { fileName: 'a.jsonl', format: 'x-api-jsonl', contentHash: 'a' });
  const changes = () => db.prepare('SELECT total_changes()').pluck().get() as number;
  const before = changes();
  writeBundle(db, bundle(100), { fileName: 'b.jsonl', format: 'x-api-jsonl', contentHash: 'b' });
  // The batch and its counts (the interaction is already here): no person row written.
  assert.equal(changes() - before, 2);
  const again = changes();
  writeBundle(db, bundle(250), { fileName: 'c.jsonl', format: 'x-api-jsonl', contentHash: 'c' });
  // The batch, its counts, the new interaction, and Ada, whose audience changed — and for each of
  // the last two, the network's revision (scores are stale after it).
  assert.equal(changes() - again, 6);
  assert.deepEqual(db.prepare('SELECT name, followers FROM person ORDER BY id').raw().all(), [['Ada', 250], ['Bob', null]]);
});

test('a large import rebuilding every index still stores each id once: repeats in the file and rows already here are skipped', () => {
  const db = openDatabase(':memory:', { create: true });
  const bundle = (from: number, to: number) => {
    const b = emptyBundle('x-api-jsonl');
    for (let p = 0; p < 300; p++) b.people.push({ key: `x:${p}`, name: `Person ${p}`, handles: [{ kind: 'x_id', value: String(p) }] });
    for (let i = from; i < to; i++) {
      const x = { from: `x:${i % 300}`, to: `x:${(i * 7 + 1) % 300 === i % 300 ? (i + 1) % 300 : (i * 7 + 1) % 300}`, kind: 'mention' as const, channel: 'x' as const, externalId: `x:tweet:${i}:mention` };
      b.interactions.push(x);
      // Every 50th post comes twice (overlapping API pages).
      if (i % 50 === 0) b.interactions.push({ ...x });
    }
    return b;
  };
  // 5,000 rows already here, then 250,000 of which those 5,000 again: more new rows than stored,
  // so every index is dropped and rebuilt.
  assert.equal(writeBundle(db, bundle(0, 5_000), { fileName: 'a.jsonl', format: 'x-api-jsonl', contentHash: 'a' }).added.interactions, 5_000);
  const roots = () => db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' ORDER BY name").raw().all();
  const before = roots();
  const summary = writeBundle(db, bundle(0, 250_000), { fileName: 'b.jsonl', format: 'x-api-jsonl', contentHash: 'b' });
  assert.notDeepEqual(roots(), before, 'indexes rebuilt');
  assert.equal(summary.added.interactions, 245_000);
  assert.equal(summary.duplicateInteractions, 5_000 + 5_000 / 50 + 245_000 / 50);
  assert.equal(db.prepare('SELECT count(*) FROM interaction').pluck().get(), 250_000);
  assert.equal(db.prepare('SELECT count(DISTINCT external_id) FROM interaction').pluck().get(), 250_000);
  assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
  assert.throws(() => db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, external_id) VALUES (1, 2, 'mention', 'x', 'x:tweet:7:mention')").run(), /UNIQUE/);
});
