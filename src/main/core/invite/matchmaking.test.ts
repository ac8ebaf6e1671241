// Matchmaking: Adamic–Adar pairs against networkx's adamic_adar_index, and the seating plan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchmaking } from './matchmaking';
import { smallDb } from '../../../../test-support/invite-network';

// Ties 1-6, 2-6, 3-6, 1-7, 2-7, 4-8, 5-8, 1-3; attendees 1–5 (5 only confirmed), 6 declined.
// networkx 2.8: adamic_adar_index(G, [(1,2),(2,3),(4,5)]) → 2.352934267515801,
// 0.9102392266268373, 1.4426950408889634 (1/ln 3 + 1/ln 2, 1/ln 3, 1/ln 2).
function network() {
  const at = '2025-06-01T10:00:00Z';
  return smallDb({
    roles: ['analyst', 'analyst', 'journalist', 'cmo', 'peer', 'peer', 'peer', 'peer'],
    interactions: [[1, 6, 'mention', at], [6, 2, 'reply', at], [3, 6, 'mention', at], [1, 7, 'mention', at], [7, 2, 'mention', at], [4, 8, 'mention', at], [8, 5, 'mention', at], [3, 1, 'quote', at]],
    eventDate: '2026-03-01',
    attendees: [[1, 'attended'], [2, 'attended'], [3, 'attended'], [4, 'attended'], [5, 'confirmed'], [6, 'declined']],
  });
}

test('pairs who should meet: untied attendees ranked by Adamic–Adar, with a reason', () => {
  const db = network();
  const m = matchmaking(db, 1, { tableSize: 3 });
  assert.deepEqual(m.attendees.map((a) => a.id), [1, 2, 3, 4, 5]);
  assert.deepEqual(m.pairs.map((p) => [p.a, p.b]), [[1, 2], [4, 5], [2, 3]]); // 1–3 are tied: left out
  const expected = [2.352934267515801, 1.4426950408889634, 0.9102392266268373];
  m.pairs.forEach((p, k) => assert.ok(Math.abs(p.adamicAdar - (expected[k] as number)) < 1e-12, `${p.adamicAdar}`));
  assert.equal(m.pairs[0]?.reason, '2 contacts in common, both analysts');
  assert.equal(m.pairs[1]?.reason, '1 contact in common, cmo and peer');
  assert.deepEqual(m.pairs[0]?.why, { kind: 'commonContacts', values: { common: 2, roleA: 'analyst', roleB: 'analyst' } });
  db.close();
});

test('tables of K seats keep the best pairs together', () => {
  const db = network();
  const m = matchmaking(db, 1, { tableSize: 3 });
  assert.deepEqual(m.tables.map((t) => t.members), [[1, 2, 3], [4, 5]]);
  assert.ok(Math.abs(m.tableScore - (2.352934267515801 + 0.9102392266268373 + 1.4426950408889634)) < 1e-12);
  assert.ok(m.tables.every((t) => t.members.length <= 3));
  // Two seats a table: three tables, and the two best pairs still sit together.
  const pairsOf2 = matchmaking(db, 1, { tableSize: 2, limit: 1 });
  assert.equal(pairsOf2.pairs.length, 1);
  assert.equal(pairsOf2.tables.length, 3);
  assert.deepEqual(pairsOf2.tables.map((t) => t.members), [[1, 2], [4, 5], [3]]);
  assert.throws(() => matchmaking(db, 9), /no event with id 9/);
  db.close();
});
