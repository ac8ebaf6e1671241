// Every migration is tested as GitHub Desktop does: open the schema at vN, seed it, migrate to
// the latest, and check that the data is still there and the new schema works.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { existsSync } from 'node:fs';
import { integrityProblems, migrationBackupPath, openDatabase, saveCopy, schemaVersion, NetworkFileError } from './connection';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

const dir = mkdtempSync(join(tmpdir(), 'maillage-db-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a new file is created at the latest schema with foreign keys and WAL', () => {
  const db = openDatabase(join(dir, 'new.maillage'), { create: true });
  assert.equal(schemaVersion(db), LATEST_VERSION);
  assert.equal(LATEST_VERSION, MIGRATIONS.at(-1)?.version);
  assert.deepEqual(MIGRATIONS.map((m) => m.version), [...MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b), 'migrations in order');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
  for (const table of ['person', 'handle', 'organisation', 'event', 'attendance', 'interaction', 'follow', 'import_batch', 'score_run', 'score', 'layout_position', 'network_setting']) {
    assert.ok(tables.includes(table), `table ${table} exists`);
  }
  db.close();
});

test('v1 → v2: people and ties seeded at v1 survive, and layout positions work after', () => {
  const file = join(dir, 'v1.maillage');
  const v1 = openDatabase(file, { create: true, targetVersion: 1 });
  assert.equal(schemaVersion(v1), 1);
  const now = '2025-01-01T00:00:00Z';
  v1.prepare("INSERT INTO person (id, name, role, created_at) VALUES (1, 'Ada', 'cmo', ?), (2, 'Bob', 'analyst', ?)").run(now, now);
  v1.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (1, 2, 'mention', 'x', ?)").run(now);
  assert.throws(() => v1.prepare('SELECT * FROM layout_position').all(), /no such table/);
  v1.close();

  const v2 = openDatabase(file, { targetVersion: 2 });
  assert.equal(schemaVersion(v2), 2);
  assert.deepEqual(v2.prepare('SELECT name FROM person ORDER BY id').all(), [{ name: 'Ada' }, { name: 'Bob' }]);
  assert.equal((v2.prepare('SELECT count(*) AS n FROM interaction').get() as { n: number }).n, 1);
  v2.prepare('INSERT INTO layout_position (person_id, x, y) VALUES (1, 10, 20)').run();
  // Positions follow their person: deleting Ada removes her position (foreign keys are on).
  v2.prepare('DELETE FROM person WHERE id = 1').run();
  assert.equal((v2.prepare('SELECT count(*) AS n FROM layout_position').get() as { n: number }).n, 0);
  assert.deepEqual(integrityProblems(v2), []);
  v2.close();
});

test('v2 → v3: a backup of the v2 file is taken first, and merge proposals work after', () => {
  const file = join(dir, 'v2.maillage');
  const v2 = openDatabase(file, { create: true, targetVersion: 2 });
  const now = '2025-01-01T00:00:00Z';
  v2.prepare("INSERT INTO person (id, name, created_at) VALUES (1, 'Ada', ?), (2, 'ada', ?)").run(now, now);
  v2.prepare('INSERT INTO layout_position (person_id, x, y) VALUES (1, 5, 6)').run();
  v2.close();

  const v3 = openDatabase(file, { targetVersion: 3 });
  assert.equal(schemaVersion(v3), 3);
  assert.deepEqual(v3.prepare('SELECT x, y FROM layout_position').all(), [{ x: 5, y: 6 }]);
  v3.prepare("INSERT INTO merge_candidate (person_a, person_b, reason, created_at) VALUES (1, 2, 'name', ?)").run(now);
  assert.throws(() => v3.prepare("INSERT INTO merge_candidate (person_a, person_b, reason, created_at) VALUES (2, 1, 'name', ?)").run(now), /CHECK constraint/);
  v3.close();
  const backup = migrationBackupPath(file, 2);
  assert.ok(existsSync(backup));
  const old = openDatabase(backup, { readonly: true });
  assert.equal(schemaVersion(old), 2);
  assert.equal((old.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n, 2);
  old.close();
});

test('v3 → v4: merges survive, and the edit history works after', () => {
  const file = join(dir, 'v3.maillage');
  const v3 = openDatabase(file, { create: true, targetVersion: 3 });
  v3.prepare("INSERT INTO merge_candidate (person_a, person_b, reason, created_at) VALUES (1, 2, 'name', '2025-01-01')").run();
  v3.close();
  const v4 = openDatabase(file, { targetVersion: 4 });
  assert.equal(schemaVersion(v4), 4);
  assert.equal((v4.prepare('SELECT count(*) AS n FROM merge_candidate').get() as { n: number }).n, 1);
  v4.prepare("INSERT INTO edit_log (label, at, changes) VALUES ('edit', '2025-01-01', '[]')").run();
  assert.throws(() => v4.prepare("INSERT INTO edit_log (label, at, changes, undone) VALUES ('edit', '2025-01-01', '[]', 2)").run(), /CHECK constraint/);
  v4.close();
  assert.ok(existsSync(migrationBackupPath(file, 3)));
});

test('v4 → v5: the score run reads interactions from a covering index', () => {
  const file = join(dir, 'v4.maillage');
  const v4 = openDatabase(file, { create: true, targetVersion: 4 });
  v4.prepare("INSERT INTO person (id, name, created_at) VALUES (1, 'Ada', '2025-01-01'), (2, 'Bob', '2025-01-01')").run();
  v4.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, weight) VALUES (1, 2, 'reply', 'x', '2025-02-01', 2)").run();
  v4.close();
  const v5 = openDatabase(file, { targetVersion: 5 });
  assert.equal(schemaVersion(v5), 5);
  const plan = v5.prepare("EXPLAIN QUERY PLAN SELECT from_person_id, to_person_id, sum(weight) FROM interaction WHERE at >= '2025-01-01' AND channel IN ('x') GROUP BY 1, 2").all() as Array<{ detail: string }>;
  assert.match(plan.map((p) => p.detail).join(' | '), /COVERING INDEX interaction_from/);
  assert.deepEqual(v5.prepare('SELECT from_person_id, to_person_id, weight FROM interaction').raw().all(), [[1, 2, 2]]);
  v5.close();
});

test('v5 → v6: interactions keep their ids and the same rules, now checked without IN lists', () => {
  const file = join(dir, 'v5.maillage');
  const v5 = openDatabase(file, { create: true, targetVersion: 5 });
  v5.prepare("INSERT INTO person (id, name, created_at) VALUES (1, 'Ada', '2025-01-01'), (2, 'Bob', '2025-01-01')").run();
  v5.prepare("INSERT INTO import_batch (id, file_name, format, content_hash, imported_at) VALUES (7, 'a.csv', 'csv', 'h', '2025-01-01')").run();
  v5.prepare("INSERT INTO interaction (id, from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id) VALUES (41, 1, 2, 'quote', 'linkedin', '2025-02-01', 2, 7, 'csv:abc'), (42, 2, 1, 'met', 'in_person', NULL, 1, NULL, NULL)").run();
  v5.close();
  const v6 = openDatabase(file, { targetVersion: 6 });
  assert.equal(schemaVersion(v6), 6);
  assert.deepEqual(v6.prepare('SELECT * FROM interaction ORDER BY id').raw().all(), [
    [41, 1, 2, 'quote', 'linkedin', '2025-02-01', 2, 7, 'csv:abc'],
    [42, 2, 1, 'met', 'in_person', null, 1, null, null],
  ]);
  const schema = (v6.prepare("SELECT sql FROM sqlite_master WHERE name = 'interaction'").get() as { sql: string }).sql;
  assert.doesNotMatch(schema, / IN \(/);
  const insert = v6.prepare('INSERT INTO interaction (from_person_id, to_person_id, kind, channel, external_id) VALUES (?, ?, ?, ?, ?)');
  for (const kind of ['mention', 'reply', 'quote', 'repost', 'like', 'comment', 'message', 'met']) {
    for (const channel of ['x', 'linkedin', 'email', 'in_person', 'other']) insert.run(1, 2, kind, channel, `${kind}/${channel}`);
  }
  assert.throws(() => insert.run(1, 2, 'wink', 'x', 'w'), /CHECK constraint/);
  assert.throws(() => insert.run(1, 2, 'mention', 'fax', 'f'), /CHECK constraint/);
  assert.throws(() => insert.run(1, 1, 'mention', 'x', 's'), /CHECK constraint/);
  assert.throws(() => insert.run(1, 99, 'mention', 'x', 'p'), /FOREIGN KEY/);
  assert.throws(() => insert.run(1, 2, 'mention', 'x', 'csv:abc'), /UNIQUE/);
  // The indexes of v5 are all there, and deleting a person still takes their ties along.
  const indexes = (v6.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' AND sql IS NOT NULL ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
  assert.deepEqual(indexes, ['interaction_at', 'interaction_from', 'interaction_to']);
  v6.prepare('DELETE FROM person WHERE id = 2').run();
  assert.equal((v6.prepare('SELECT count(*) AS n FROM interaction').get() as { n: number }).n, 0);
  assert.deepEqual(integrityProblems(v6), []);
  v6.close();
  assert.ok(existsSync(migrationBackupPath(file, 5)));
});

test('v6 → v7: no index on interaction time, external ids unique through an index an import can drop; rows and rules kept', () => {
  const file = join(dir, 'v6.maillage');
  const v6 = openDatabase(file, { create: true, targetVersion: 6 });
  v6.prepare("INSERT INTO person (id, name, created_at) VALUES (1, 'Ada', '2025-01-01'), (2, 'Bob', '2025-01-01')").run();
  v6.prepare("INSERT INTO import_batch (id, file_name, format, content_hash, imported_at) VALUES (7, 'a.csv', 'csv', 'h', '2025-01-01')").run();
  v6.prepare("INSERT INTO interaction (id, from_person_id, to_person_id, kind, channel, at, weight, import_batch_id, external_id) VALUES (5, 1, 2, 'reply', 'x', '2025-02-01T10:00:00.000Z', 2, 7, 'x:1'), (6, 2, 1, 'met', 'in_person', NULL, 1, NULL, NULL)").run();
  const tieReader = "EXPLAIN QUERY PLAN SELECT i.from_person_id, i.to_person_id, i.kind, i.weight, i.at FROM interaction i WHERE (i.at IS NULL OR i.at >= '2025-01-01') AND i.at IS NOT NULL";
  const plan = (db: typeof v6) => (db.prepare(tieReader).all() as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
  assert.match(plan(v6), /interaction_at/, 'at v6 the tie reader went through the time index');
  assert.throws(() => v6.exec('DROP INDEX sqlite_autoindex_interaction_1'), /cannot be dropped/);
  v6.close();
  const v7 = openDatabase(file, { targetVersion: 7 });
  assert.equal(schemaVersion(v7), 7);
  assert.deepEqual(v7.prepare('SELECT * FROM interaction ORDER BY id').raw().all(), [
    [5, 1, 2, 'reply', 'x', '2025-02-01T10:00:00.000Z', 2, 7, 'x:1'],
    [6, 2, 1, 'met', 'in_person', null, 1, null, null],
  ]);
  const indexes = v7.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' ORDER BY name").pluck().all();
  assert.deepEqual(indexes, ['interaction_external_id', 'interaction_from', 'interaction_to']);
  assert.match(plan(v7), /COVERING INDEX interaction_from/);
  // The same rules: one row per external id (several without), upserts target it, checks and keys hold.
  const insert = v7.prepare('INSERT INTO interaction (from_person_id, to_person_id, kind, channel, external_id) VALUES (?, ?, ?, ?, ?)');
  assert.throws(() => insert.run(1, 2, 'mention', 'x', 'x:1'), /UNIQUE constraint failed: interaction.external_id/);
  insert.run(1, 2, 'mention', 'x', null);
  insert.run(1, 2, 'mention', 'x', null);
  const upsert = v7.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, external_id) VALUES (1, 2, 'quote', 'x', ?) ON CONFLICT(external_id) DO NOTHING");
  assert.equal(upsert.run('x:1').changes, 0);
  assert.equal(upsert.run('x:2').changes, 1);
  assert.throws(() => insert.run(1, 2, 'wink', 'x', 'w'), /CHECK constraint/);
  assert.throws(() => insert.run(1, 1, 'mention', 'x', 's'), /CHECK constraint/);
  assert.throws(() => insert.run(1, 99, 'mention', 'x', 'p'), /FOREIGN KEY/);
  // The unique index can be dropped and built again, as a large import does.
  v7.exec('DROP INDEX interaction_external_id; CREATE UNIQUE INDEX interaction_external_id ON interaction(external_id)');
  v7.prepare('DELETE FROM person WHERE id = 2').run();
  assert.equal((v7.prepare('SELECT count(*) AS n FROM interaction').get() as { n: number }).n, 0);
  assert.deepEqual(integrityProblems(v7), []);
  v7.close();
  assert.ok(existsSync(migrationBackupPath(file, 6)));
});

test('v7 → v10: people and ties kept, and the reminders inbox works after (one reminder per signal, gone with its person)', () => {
  const file = join(dir, 'v7-reminders.maillage');
  const v7 = openDatabase(file, { create: true, targetVersion: 7 });
  v7.prepare("INSERT INTO person (id, name, role, is_me, created_at) VALUES (1, 'Ada', 'cmo', 1, '2025-01-01'), (2, 'Bob', 'analyst', 0, '2025-01-01')").run();
  v7.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (2, 1, 'mention', 'x', '2025-03-01')").run();
  assert.throws(() => v7.prepare('SELECT * FROM reminder').all(), /no such table/);
  v7.close();
  const v10 = openDatabase(file, { targetVersion: 10 });
  assert.equal(schemaVersion(v10), 10);
  assert.equal((v10.prepare('SELECT count(*) AS n FROM interaction').get() as { n: number }).n, 1);
  const add = v10.prepare("INSERT INTO reminder (signal_key, kind, person_id, due_at, created_at) VALUES (?, 'unanswered', 2, '2025-03-08', '2025-03-10')");
  add.run('unanswered:2:2025-03-01');
  assert.throws(() => add.run('unanswered:2:2025-03-01'), /UNIQUE/);
  assert.throws(() => v10.prepare("UPDATE reminder SET status = 'snoozed'").run(), /CHECK constraint/, 'a snooze needs its date');
  v10.prepare("UPDATE reminder SET status = 'snoozed', snoozed_until = '2025-04-01'").run();
  v10.prepare('DELETE FROM person WHERE id = 2').run();
  assert.equal((v10.prepare('SELECT count(*) AS n FROM reminder').get() as { n: number }).n, 0);
  v10.close();
  assert.ok(existsSync(migrationBackupPath(file, 7)));
});

test('every earlier version migrates to the latest, keeping its people and ties, with a backup', () => {
  for (const from of MIGRATIONS.map((m) => m.version).filter((v) => v < LATEST_VERSION)) {
    const file = join(dir, `from-v${from}.maillage`);
    const old = openDatabase(file, { create: true, targetVersion: from });
    old.prepare("INSERT INTO person (id, name, role, created_at) VALUES (1, 'Ada', 'cmo', '2025-01-01'), (2, 'Bob', 'journalist', '2025-01-01')").run();
    old.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (1, 2, 'mention', 'x', '2025-03-01'), (2, 1, 'reply', 'x', '2025-03-02')").run();
    old.close();
    const latest = openDatabase(file);
    assert.equal(schemaVersion(latest), LATEST_VERSION, `from v${from}`);
    assert.deepEqual(latest.prepare('SELECT name, role FROM person ORDER BY id').all(), [{ name: 'Ada', role: 'cmo' }, { name: 'Bob', role: 'journalist' }]);
    assert.equal((latest.prepare('SELECT count(*) AS n FROM interaction').get() as { n: number }).n, 2);
    assert.deepEqual(integrityProblems(latest), []);
    latest.close();
    assert.ok(existsSync(migrationBackupPath(file, from)), `backup of v${from}`);
  }
});

test('v7 → v9: scores seeded before survive, and community names attach to runs after', () => {
  const file = join(dir, 'v7-communities.maillage');
  const v7 = openDatabase(file, { create: true, targetVersion: 7 });
  v7.prepare("INSERT INTO person (id, name, role, created_at) VALUES (1, 'Claire Faure', 'cmo', '2025-01-01'), (2, 'Bob', 'journalist', '2025-01-01')").run();
  v7.prepare("INSERT INTO score_run (id, created_at, params, node_count, edge_count) VALUES (1, '2025-02-01', '{}', 2, 1)").run();
  v7.prepare(`INSERT INTO score (run_id, person_id, in_degree, out_degree, weighted_in, weighted_out, pagerank, betweenness, closeness, authority, hub, clustering, community, audience, influence)
              VALUES (1, 1, 1, 0, 1, 0, 0.6, 0, 0, 0, 0, 0, 0, 0, 100), (1, 2, 0, 1, 0, 1, 0.4, 0, 0, 0, 0, 0, 0, 0, 40)`).run();
  assert.throws(() => v7.prepare('SELECT * FROM community').all(), /no such table/);
  v7.close();

  const v9 = openDatabase(file, { targetVersion: 9 });
  assert.equal(schemaVersion(v9), 9);
  assert.equal((v9.prepare('SELECT count(*) AS n FROM score WHERE run_id = 1').get() as { n: number }).n, 2);
  v9.prepare("INSERT INTO community (id, name_kind, name, created_at) VALUES (1, 'person', 'Claire Faure', '2025-02-01')").run();
  v9.prepare('INSERT INTO run_community (run_id, community, community_id, size) VALUES (1, 0, 1, 2)').run();
  assert.throws(() => v9.prepare("INSERT INTO community (name_kind, name, created_at) VALUES ('nickname', 'x', '2025-02-01')").run(), /CHECK constraint/);
  assert.throws(() => v9.prepare('INSERT INTO run_community (run_id, community, community_id, size) VALUES (1, 1, 1, 1)').run(), /UNIQUE/);
  // A run deleted takes its links with it; the lasting community stays for the next run.
  v9.prepare('DELETE FROM score_run WHERE id = 1').run();
  assert.equal((v9.prepare('SELECT count(*) AS n FROM run_community').get() as { n: number }).n, 0);
  assert.equal((v9.prepare('SELECT count(*) AS n FROM community').get() as { n: number }).n, 1);
  assert.deepEqual(integrityProblems(v9), []);
  v9.close();
  assert.ok(existsSync(migrationBackupPath(file, 7)));
});

test('the schema refuses what the data model forbids', () => {
  const db = openDatabase(':memory:', { create: true });
  const now = '2025-01-01T00:00:00Z';
  db.prepare("INSERT INTO person (id, name, created_at) VALUES (1, 'Ada', ?)").run(now);
  assert.throws(() => db.prepare("INSERT INTO person (name, role, created_at) VALUES ('X', 'wizard', ?)").run(now), /CHECK constraint/);
  assert.throws(() => db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel) VALUES (1, 1, 'mention', 'x')").run(), /CHECK constraint/);
  assert.throws(() => db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel) VALUES (1, 99, 'mention', 'x')").run(), /FOREIGN KEY/);
  db.prepare("INSERT INTO person (id, name, is_me, created_at) VALUES (2, 'Me', 1, ?)").run(now);
  assert.throws(() => db.prepare("INSERT INTO person (name, is_me, created_at) VALUES ('Me too', 1, ?)").run(now), /UNIQUE/);
  db.prepare("INSERT INTO handle (person_id, kind, value) VALUES (1, 'x', 'ada')").run();
  assert.throws(() => db.prepare("INSERT INTO handle (person_id, kind, value) VALUES (2, 'x', 'ada')").run(), /UNIQUE/);
  db.close();
});

test('a file from a newer Maillage is refused, not downgraded', () => {
  const file = join(dir, 'future.maillage');
  const db = openDatabase(file, { create: true });
  db.pragma(`user_version = ${LATEST_VERSION + 1}`);
  db.close();
  assert.throws(() => openDatabase(file), (error: Error) => error instanceof NetworkFileError && /newer/.test(error.message));
});

test('opening a file that is not a network says so', () => {
  const file = join(dir, 'notes.maillage');
  writeFileSync(file, 'these are not the droids you are looking for '.repeat(200));
  assert.throws(() => openDatabase(file), (error: Error) => error instanceof NetworkFileError && /not a database/.test(error.message));
  assert.throws(() => openDatabase(join(dir, 'missing.maillage')), /no such network file/);
});

test('save as writes a complete, independent copy', () => {
  const db = openDatabase(join(dir, 'original.maillage'), { create: true });
  db.prepare("INSERT INTO person (name, created_at) VALUES ('Ada', '2025-01-01')").run();
  const target = join(dir, 'copy.maillage');
  saveCopy(db, target);
  db.prepare("INSERT INTO person (name, created_at) VALUES ('Bob', '2025-01-01')").run();
  const copy = openDatabase(target);
  assert.deepEqual(copy.prepare('SELECT name FROM person').all(), [{ name: 'Ada' }]);
  assert.equal(schemaVersion(copy), LATEST_VERSION);
  copy.close();
  db.close();
  assert.throws(() => saveCopy(openDatabase(':memory:', { create: true }), join(dir, 'no-such-folder', 'x.maillage')), /cannot save/);
});

test('v7 → v8: a LinkedIn connection stored as one `met` becomes a reciprocal tie; roles get their source', () => {
  const file = join(dir, 'v7.maillage');
  const v7 = openDatabase(file, { create: true, targetVersion: 7 });
  const now = '2025-01-01T00:00:00Z';
  v7.prepare("INSERT INTO person (id, name, role, is_me, created_at) VALUES (1, 'Me', 'other', 1, ?), (2, 'Ana', 'cmo', 0, ?), (3, 'Bob', 'other', 0, ?)").run(now, now, now);
  v7.prepare(
    `INSERT INTO interaction (id, from_person_id, to_person_id, kind, channel, at, external_id) VALUES
       (10, 1, 2, 'met', 'linkedin', '2024-03-15', 'linkedin:connection:ana'),
       (11, 1, 3, 'met', 'linkedin', '2024-01-01', 'linkedin:connection:name:bob'),
       (12, 2, 3, 'met', 'in_person', '2024-02-02', NULL),
       (13, 3, 2, 'mention', 'x', '2024-02-03', 'x:tweet:1:mention:2')`,
  ).run();
  assert.throws(() => v7.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel) VALUES (1, 2, 'connection', 'linkedin')").run(), /CHECK/);
  v7.close();

  const v8 = openDatabase(file, { targetVersion: 8 });
  assert.equal(schemaVersion(v8), 8);
  assert.deepEqual(v8.prepare('SELECT id, from_person_id AS "from", to_person_id AS "to", kind, channel, at, external_id FROM interaction ORDER BY id').all(), [
    { id: 10, from: 1, to: 2, kind: 'connection', channel: 'linkedin', at: '2024-03-15', external_id: 'linkedin:connection:ana:out' },
    { id: 11, from: 1, to: 3, kind: 'connection', channel: 'linkedin', at: '2024-01-01', external_id: 'linkedin:connection:name:bob:out' },
    // A meeting stays a meeting; a mention stays a mention.
    { id: 12, from: 2, to: 3, kind: 'met', channel: 'in_person', at: '2024-02-02', external_id: null },
    { id: 13, from: 3, to: 2, kind: 'mention', channel: 'x', at: '2024-02-03', external_id: 'x:tweet:1:mention:2' },
    { id: 14, from: 2, to: 1, kind: 'connection', channel: 'linkedin', at: '2024-03-15', external_id: 'linkedin:connection:ana:in' },
    { id: 15, from: 3, to: 1, kind: 'connection', channel: 'linkedin', at: '2024-01-01', external_id: 'linkedin:connection:name:bob:in' },
  ]);
  assert.deepEqual(v8.prepare('SELECT name, role, role_source FROM person ORDER BY id').all(), [
    { name: 'Me', role: 'other', role_source: 'none' },
    { name: 'Ana', role: 'cmo', role_source: 'user' },
    { name: 'Bob', role: 'other', role_source: 'none' },
  ]);
  // The new kinds and the note are accepted; a role source outside the three is not; ids stay unique.
  v8.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, note) VALUES (1, 2, 'lunch', 'in_person', '2025-01-02', 'Déjeuner au salon')").run();
  assert.throws(() => v8.prepare("UPDATE person SET role_source = 'guess' WHERE id = 2").run(), /CHECK/);
  assert.throws(() => v8.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, external_id) VALUES (1, 2, 'call', 'other', 'linkedin:connection:ana:in')").run(), /UNIQUE/);
  assert.deepEqual(integrityProblems(v8), []);
  v8.close();
});

test('v10 → v11: the newest run stays fresh if nothing scores read changed after it, older runs are stale; every write scores read moves the revision', () => {
  const file = join(dir, 'v10-revision.maillage');
  const v10 = openDatabase(file, { create: true, targetVersion: 10 });
  v10.prepare("INSERT INTO person (id, name, role, is_me, created_at) VALUES (1, 'Ada', 'cmo', 1, '2025-01-01T00:00:00.000Z'), (2, 'Bob', 'analyst', 0, '2025-01-01T00:00:00.000Z')").run();
  v10.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (2, 1, 'mention', 'x', '2025-03-01')").run();
  const run = v10.prepare("INSERT INTO score_run (created_at, params, timings, network, node_count, edge_count) VALUES (?, '{}', '{}', '{}', 2, 1)");
  run.run('2025-02-01T00:00:00.000Z');
  run.run('2025-02-02T00:00:00.000Z');
  v10.close();
  const v11 = openDatabase(file, { targetVersion: 11 });
  assert.equal(schemaVersion(v11), 11);
  const revision = () => v11.prepare('SELECT revision FROM network_revision').pluck().get() as number;
  assert.deepEqual(v11.prepare('SELECT id, network_revision FROM score_run ORDER BY id').raw().all(), [[1, 0], [2, 1]]);
  assert.equal(revision(), 1);
  // What scores read moves it; what they do not read does not.
  v11.prepare("UPDATE person SET notes = 'met at the forum', role = 'peer', title = 'VP' WHERE id = 2").run();
  v11.prepare('UPDATE person SET followers = followers WHERE id = 2').run();
  assert.equal(revision(), 1);
  v11.prepare('UPDATE person SET followers = 120 WHERE id = 2').run();
  assert.equal(revision(), 2);
  v11.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (1, 2, 'reply', 'x', '2025-03-02')").run();
  v11.prepare("UPDATE interaction SET at = '2025-03-03' WHERE kind = 'reply'").run();
  v11.prepare('INSERT INTO follow (follower_id, followed_id) VALUES (1, 2)').run();
  v11.prepare('DELETE FROM follow').run();
  assert.equal(revision(), 6);
  v11.prepare('DELETE FROM person WHERE id = 2').run(); // the person and, by cascade, both interactions
  assert.equal(revision(), 9);
  v11.close();
  // A stale run stays stale through the migration: a change after the newest run.
  const stale = join(dir, 'v10-revision-stale.maillage');
  const old = openDatabase(stale, { create: true, targetVersion: 10 });
  old.prepare("INSERT INTO score_run (created_at, params, timings, network, node_count, edge_count) VALUES ('2025-02-01T00:00:00.000Z', '{}', '{}', '{}', 0, 0)").run();
  old.prepare("INSERT INTO person (id, name, role, created_at) VALUES (1, 'Ada', 'cmo', '2025-03-01T00:00:00.000Z')").run();
  old.close();
  const migrated = openDatabase(stale, { targetVersion: 11 });
  assert.deepEqual(migrated.prepare('SELECT network_revision FROM score_run').pluck().all(), [0]);
  migrated.close();
});

test('every table scores read keeps its revision triggers at the latest version (a migration rebuilding one must create them again)', () => {
  const latest = openDatabase(join(dir, 'latest-triggers.maillage'), { create: true });
  const triggers = latest.prepare("SELECT tbl_name || ':' || name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'revision_%' ORDER BY 1").pluck().all();
  assert.deepEqual(triggers, [
    'follow:revision_follow_d', 'follow:revision_follow_i', 'follow:revision_follow_u',
    'interaction:revision_interaction_d', 'interaction:revision_interaction_i', 'interaction:revision_interaction_u',
    'person:revision_person_d', 'person:revision_person_i', 'person:revision_person_u',
  ]);
  latest.close();
});

test('v10 → v12: people known only from an X archive\'s follow lists become audience; the others keep their follows', () => {
  const file = join(dir, 'v10-audience.maillage');
  const v10 = openDatabase(file, { create: true, targetVersion: 10 });
  v10.exec(`
    INSERT INTO import_batch (id, file_name, format, content_hash, imported_at) VALUES
      (1, 'twitter-2023.zip', 'x-archive', 'h1', '2023-03-02T10:00:00.000Z'),
      (2, 'people.csv', 'csv', 'h2', '2023-04-01T10:00:00.000Z');
    INSERT INTO person (id, name, role, role_source, is_me, import_batch_id, created_at) VALUES
      (1, 'Marie', 'cmo', 'user', 1, 1, '2023-03-02'),
      (2, 'Bob Martin', 'other', 'none', 0, 1, '2023-03-02'),   -- mentioned and a follower: a person
      (3, 'X user 666', 'other', 'none', 0, 1, '2023-03-02'),   -- follower only: audience
      (4, 'X user 777', 'other', 'none', 0, 1, '2023-03-02'),   -- followed only: audience
      (5, 'X user 888', 'other', 'none', 0, 1, '2023-03-02'),   -- follower, and met at an event
      (6, 'X user 999', 'other', 'none', 0, 1, '2023-03-02');   -- follower, renamed by hand later
    INSERT INTO handle (person_id, kind, value) VALUES (1, 'x_id', '100'), (2, 'x_id', '222'), (3, 'x_id', '666'), (4, 'x_id', '777'), (5, 'x_id', '888'), (6, 'x_id', '999');
    INSERT INTO follow (follower_id, followed_id, import_batch_id) VALUES (2, 1, 1), (3, 1, 1), (1, 4, 1), (5, 1, 1), (6, 1, 1);
    INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at, import_batch_id) VALUES (1, 2, 'mention', 'x', '2023-02-01', 1);
    INSERT INTO event (id, name, date) VALUES (1, 'Forum', '2023-05-01');
    INSERT INTO attendance (person_id, event_id, status) VALUES (5, 1, 'attended');
    INSERT INTO layout_position (person_id, x, y) VALUES (3, 1, 2);
    INSERT INTO score_run (id, created_at, params, node_count, edge_count) VALUES (1, '2023-03-03', '{}', 6, 1);
    INSERT INTO score (run_id, person_id, in_degree, out_degree, weighted_in, weighted_out, pagerank, betweenness, closeness, authority, hub, clustering, community, audience, influence)
      VALUES (1, 3, 0, 0, 0, 0, 0.1, 0, 0, 0, 0, 0, 0, 0, 0);
  `);
  v10.prepare("INSERT INTO edit_log (label, at, changes) VALUES ('edit person', '2023-04-02', ?)").run(JSON.stringify([{ table: 'person', op: 'u', rowid: 6, old: { name: 'X user 999' }, new: { name: 'X user 999' } }]));
  v10.close();

  const v12 = openDatabase(file, { targetVersion: 12 });
  assert.equal(schemaVersion(v12), 12);
  assert.deepEqual(v12.prepare('SELECT id FROM person ORDER BY id').pluck().all(), [1, 2, 5, 6]);
  assert.deepEqual(v12.prepare('SELECT follower_id, followed_id FROM follow ORDER BY 1, 2').raw().all(), [[2, 1], [5, 1], [6, 1]]);
  assert.deepEqual(v12.prepare("SELECT count(*) FROM handle WHERE value IN ('666', '777')").pluck().get(), 0);
  assert.deepEqual(v12.prepare('SELECT count(*) FROM score').pluck().get(), 0);
  // One snapshot, dated by the archive import, holding every account of the follow lists.
  assert.deepEqual(v12.prepare('SELECT import_batch_id, account_id, taken_at, date_source, followers, followings FROM audience_snapshot').raw().all(), [
    [1, '100', '2023-03-02T10:00:00.000Z', 'import', 4, 1],
  ]);
  assert.deepEqual(v12.prepare('SELECT direction, account_id FROM audience_member ORDER BY 1, 2').raw().all(), [
    ['follower', '222'], ['follower', '666'], ['follower', '888'], ['follower', '999'], ['following', '777'],
  ]);
  // The owner's audience, unknown before, is the snapshot's follower count.
  assert.deepEqual(v12.prepare('SELECT followers, followers_at FROM person WHERE is_me = 1').raw().get(), [4, '2023-03-02T10:00:00.000Z']);
  // Removing the archive import removes its snapshot.
  v12.prepare('DELETE FROM import_batch WHERE id = 1').run();
  assert.deepEqual(v12.prepare('SELECT count(*) FROM audience_member').pluck().get(), 0);
  assert.deepEqual(integrityProblems(v12), []);
  v12.close();
});
