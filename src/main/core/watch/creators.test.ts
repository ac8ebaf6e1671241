// Creators and curators on a hand-made network: shares overall and by role from known posts,
// and for a year from dated interactions, with who moved since the year before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../db/connection';
import { creatorsView } from './creators';

function network() {
  const db = openDatabase(':memory:', { create: true });
  const add = db.prepare("INSERT INTO person (id, name, role, original_posts, reposts, created_at) VALUES (?, ?, ?, ?, ?, '2024-01-01')");
  add.run(1, 'Ana', 'cmo', 8, 2); // creator (0.8)
  add.run(2, 'Ben', 'cmo', 1, 9); // curator (0.1)
  add.run(3, 'Chris', 'analyst', 5, 5); // creator (0.5: at the threshold)
  add.run(4, 'Dee', 'journalist', null, null); // posts unknown: left out
  add.run(5, 'Eve', 'analyst', 0, 0); // nothing published: left out
  const say = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, ?, 'x', ?)");
  // 2024: Ben reposts only (curator), Ana writes (creator). 2025: Ben writes, Ana reposts.
  say.run(2, 1, 'repost', '2024-03-01T10:00:00Z');
  say.run(2, 3, 'repost', '2024-04-01T10:00:00Z');
  say.run(1, 2, 'mention', '2024-05-01T10:00:00Z');
  say.run(2, 1, 'reply', '2025-03-01T10:00:00Z');
  say.run(2, 3, 'quote', '2025-04-01T10:00:00Z');
  say.run(1, 2, 'repost', '2025-05-01T10:00:00Z');
  say.run(1, 3, 'repost', '2025-05-02T10:00:00Z');
  say.run(1, 3, 'like', '2025-05-03T10:00:00Z'); // a like is neither
  say.run(3, 1, 'mention', '2025-12-31T23:59:00Z');
  return db;
}

test('known posts: creators and curators overall and by role, beside the survey', () => {
  const db = network();
  const view = creatorsView(db);
  assert.equal(view.source, 'posts');
  assert.deepEqual(view.survey, { marketers: 191, creators: 0.818, curators: 0.182 });
  assert.deepEqual(view.rows, [
    { role: 'all', people: 3, creators: 2, curators: 1, creatorShare: 2 / 3, curatorShare: 1 / 3 },
    { role: 'cmo', people: 2, creators: 1, curators: 1, creatorShare: 0.5, curatorShare: 0.5 },
    { role: 'analyst', people: 1, creators: 1, curators: 0, creatorShare: 1, curatorShare: 0 },
  ]);
  db.close();
});

test('a year from dated interactions, and who moved since the year before', () => {
  const db = network();
  const view = creatorsView(db, 2025);
  assert.equal(view.source, 'interactions');
  assert.deepEqual(view.rows[0], { role: 'all', people: 3, creators: 2, curators: 1, creatorShare: 2 / 3, curatorShare: 1 / 3 });
  assert.deepEqual(view.movers.map((m) => [m.name, m.from, m.to, m.ratioBefore, m.ratioNow]), [
    ['Ana', 'creator', 'curator', 1, 0],
    ['Ben', 'curator', 'creator', 0, 1],
  ]);
  assert.deepEqual(creatorsView(db, 2030).rows, [{ role: 'all', people: 0, creators: 0, curators: 0, creatorShare: null, curatorShare: null }]);
  db.close();
});
