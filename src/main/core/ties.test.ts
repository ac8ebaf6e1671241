// One tie-strength reader: the person panel's explanation and My network give a pair the same strength.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { myNetwork } from './my-network';
import { Network } from './network';
import { explainPerson } from './scores/explain';
import { runScores } from './db/score-runs';
import { networkTieStrengths, pairKey, personTieStrengths } from './ties';

function seeded() {
  const network = Network.create(':memory:', { sample: false });
  const db = network.db;
  db.exec(`INSERT INTO person (id, name, is_me, created_at) VALUES (1, 'Me', 1, 'x'), (2, 'Old friend', 0, 'x'), (3, 'Colleague', 0, 'x');
    INSERT INTO event (id, name, date) VALUES (1, 'Forum', '2024-06-01'), (2, 'Dinner', '2025-11-30');
    INSERT INTO attendance (person_id, event_id, status) VALUES (1, 1, 'attended'), (2, 1, 'attended'), (1, 2, 'attended'), (3, 2, 'attended');`);
  const add = db.prepare('INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, ?, ?, ?)');
  for (let i = 0; i < 6; i++) {
    add.run(1, 2, 'mention', 'x', '2023-12-01T00:00:00Z');
    add.run(2, 1, 'reply', 'linkedin', '2023-12-02T00:00:00Z');
  }
  add.run(3, 1, 'repost', 'x', '2025-12-31T10:00:00Z');
  return network;
}

test('the person panel and My network give the same strength to the same pair', () => {
  const network = seeded();
  const asOf = Date.parse('2026-01-01T00:00:00Z');
  runScores(network.db);
  const reconnect = myNetwork(network.db, asOf).reconnect.find((r) => r.personId === 2);
  assert.ok(reconnect, 'Old friend is proposed for reconnection');
  const panel = explainPerson(network.db, 1, undefined, 180, asOf)?.strongestTies.find((t) => t.personId === 2);
  assert.ok(panel, 'Old friend is among my strongest ties');
  assert.equal(panel.strength, reconnect.strengthNow);
  // 6 mentions 762 days back, 6 replies 761 days back, one shared event 578.5 days back (placed at noon); half-life 180 days.
  const expected = 6 * 2 ** (-762 / 180) + 6 * 2 ** (-761 / 180) + 2 ** (-578.5 / 180);
  assert.ok(Math.abs(panel.strength - expected) < 1e-12, `${panel.strength} vs ${expected}`);
  network.close();
});

test('one person read alone has the strengths of the whole network, window and channels included', () => {
  const network = seeded();
  for (const query of [{}, { channels: ['x' as const] }, { from: '2024-01-01', to: '2025-12-31' }]) {
    const all = networkTieStrengths(network.db, query, { asOf: Date.parse('2026-01-01T00:00:00Z') });
    const mine = personTieStrengths(network.db, 1, query, { asOf: Date.parse('2026-01-01T00:00:00Z') });
    for (const other of [2, 3]) assert.equal(mine.get(other), all.get(pairKey(1, other)), `${JSON.stringify(query)}: pair 1–${other}`);
  }
  network.close();
});
