// "My network" on a hand-built network where every answer is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { myNetwork } from './my-network';
import { Network } from './network';
import { runScores } from './db/score-runs';

test('reconnect, introductions, one-sided ties and unbridged communities', () => {
  const network = Network.create(':memory:', { sample: false });
  const db = network.db;
  const asOf = Date.parse('2026-01-01T00:00:00Z');
  db.exec(`INSERT INTO person (id, name, is_me, created_at) VALUES (1, 'Me', 1, 'x'), (2, 'Old friend', 0, 'x'), (3, 'Fresh', 0, 'x'),
    (4, 'Star', 0, 'x'), (5, 'Fan', 0, 'x'), (6, 'Idol', 0, 'x'), (7, 'Far A', 0, 'x'), (8, 'Far B', 0, 'x'), (9, 'Far C', 0, 'x');`);
  const add = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, 'mention', 'x', ?)");
  // Old friend: many exchanges two years ago, none since.
  for (let i = 0; i < 6; i++) {
    add.run(1, 2, '2023-12-01T00:00:00Z');
    add.run(2, 1, '2023-12-02T00:00:00Z');
  }
  // Fresh: recent exchanges both ways.
  for (let i = 0; i < 3; i++) {
    add.run(1, 3, '2025-12-20T00:00:00Z');
    add.run(3, 1, '2025-12-21T00:00:00Z');
  }
  // Star is two hops away, through Fresh and Old friend; cited by many.
  add.run(3, 4, '2025-12-22T00:00:00Z');
  add.run(2, 4, '2023-12-03T00:00:00Z');
  add.run(5, 4, '2025-12-01T00:00:00Z');
  // Fan mentions me, I never answer; I mention Idol, Idol never answers.
  add.run(5, 1, '2025-11-01T00:00:00Z');
  add.run(5, 1, '2025-11-02T00:00:00Z');
  add.run(1, 6, '2025-10-01T00:00:00Z');
  // A separate community with no tie to me.
  for (const [a, b] of [[7, 8], [8, 9], [9, 7], [8, 7]]) add.run(a, b, '2025-06-01T00:00:00Z');

  const before = myNetwork(db, asOf);
  assert.equal(before.me?.name, 'Me');
  assert.deepEqual(before.reconnect.map((r) => r.name), ['Old friend']);
  assert.deepEqual(before.unanswered, [{ personId: 5, name: 'Fan', count: 2 }]);
  assert.deepEqual(before.unreturned, [{ personId: 6, name: 'Idol', count: 1 }]);
  assert.deepEqual(before.introductions, [], 'introductions need a score run');

  runScores(db);
  const after = myNetwork(db, asOf);
  const star = after.introductions.find((i) => i.name === 'Star');
  assert.ok(star, 'Star is proposed');
  assert.equal(star.mutual, 3, 'Fresh, Old friend and Fan all know Star');
  assert.equal(star.introducer?.name, 'Fresh', 'the introducer with strong ties to both sides now');
  assert.ok(!after.introductions.some((i) => ['Old friend', 'Fresh', 'Fan', 'Idol'].includes(i.name)), 'direct partners are not introductions');
  assert.equal(after.unbridged.length, 1);
  assert.deepEqual(new Set(after.unbridged[0]?.top.map((p) => p.name)), new Set(['Far A', 'Far B', 'Far C']));
});
