// Event impact: ties created, mentions and reciprocity before and after, on a hand-built network.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventImpact } from './impact';
import { smallDb } from '../../../../test-support/invite-network';

test('ties created, mentions and reciprocity in the 30 days before and after', () => {
  const db = smallDb({
    roles: ['cmo', 'analyst', 'journalist', 'peer', 'peer'],
    interactions: [
      [1, 2, 'mention', '2026-03-05T09:00:00Z'], // new tie 1→2
      [2, 1, 'reply', '2026-03-06T09:00:00Z'], //   new tie 2→1
      [1, 3, 'mention', '2026-02-10T09:00:00Z'], // 1→3 existed before…
      [1, 3, 'mention', '2026-03-10T09:00:00Z'], // …so this is not a new tie
      [3, 2, 'mention', '2025-01-01T09:00:00Z'], // long before: 3→2 is old too
      [3, 2, 'like', '2026-03-20T09:00:00Z'],
      [4, 1, 'mention', '2026-02-20T09:00:00Z'], // mention before
      [4, 1, 'mention', '2026-03-02T09:00:00Z'], // mentions after
      [4, 2, 'mention', '2026-03-03T09:00:00Z'],
      [5, 3, 'mention', '2026-05-01T09:00:00Z'], // outside both windows
      [2, 3, 'reply', '2026-03-31T00:00:00Z'], //   day 30: outside [date, date + 30 days)
    ],
    eventDate: '2026-03-01',
    attendees: [[1, 'attended'], [2, 'attended'], [3, 'attended'], [4, 'declined']],
  });
  const impact = eventImpact(db, 1);
  assert.deepEqual(impact.window, { before: ['2026-01-30T00:00:00.000Z', '2026-03-01T00:00:00.000Z'], after: ['2026-03-01T00:00:00.000Z', '2026-03-31T00:00:00.000Z'] });
  assert.equal(impact.attendees, 3);
  assert.deepEqual(impact.tiesCreated.map((t) => [t.from, t.to, t.interactions]), [[1, 2, 1], [2, 1, 1]]);
  // Mentions received by P1–P3: Feb 10 (1→3) and Feb 20 (4→1) before; Mar 2, 3, 5 and 10 after.
  assert.deepEqual(impact.mentions, { before: 2, after: 4, change: 2 });
  // P1 before: partners 3 (out) and 4 (in), none both ways → 0; after: 2 (both), 3 (out), 4 (in) → 1/3.
  // P2 before: none → null; after: 1 (both), 3 (in), 4 (in) → 1/3. P3: before 1 (in) → 0; after 1, 2 (in) → 0.
  assert.deepEqual(impact.reciprocity.map((r) => [r.id, r.before, r.after]), [[1, 0, 1 / 3], [2, null, 1 / 3], [3, 0, 0]]);
  assert.deepEqual(impact.reciprocity.map((r) => r.change), [1 / 3, null, 0]);
  // A 60-day window sees the reply of day 30 (2→3: new); 3→2 was there in 2025.
  const wide = eventImpact(db, 1, { days: 60 });
  assert.deepEqual(wide.tiesCreated.map((t) => [t.from, t.to]), [[1, 2], [2, 1], [2, 3]]);
  assert.deepEqual(wide.mentions, { before: 2, after: 4, change: 2 }); // May 1 is day 61
  assert.throws(() => eventImpact(db, 1, { days: 0 }), /days must be a whole number ≥ 1/);
  db.close();
});
