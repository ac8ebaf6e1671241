// Parity per event and per year: women among speakers, hosts and attendees who confirmed or
// came; unknown gender counted apart; declined and unanswered left out; years kept apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from './db/connection';
import { parityReport } from './parity';

test('shares of women per role, per event and for the year, with unknown gender shown', () => {
  const db = openDatabase(':memory:', { create: true });
  const person = db.prepare("INSERT INTO person (name, gender, created_at) VALUES (?, ?, '2026-01-01')");
  const genders: Array<string | null> = ['f', 'm', 'f', 'f', 'm', null, 'f', 'm', 'x', 'f'];
  genders.forEach((g, i) => person.run(`P${i + 1}`, g));
  db.prepare("INSERT INTO event (id, name, kind, date) VALUES (1, 'Forum', 'forum', '2026-03-01'), (2, 'Dîner', 'dinner', '2026-11-01'), (3, 'Old', 'dinner', '2025-05-01')").run();
  const attend = db.prepare('INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, ?, ?)');
  // Forum: speakers P1 (f) P2 (m); host P3 (f); attendees P4 f, P5 m, P6 unknown (came), P7 f declined, P8 m invited.
  for (const [p, role, status] of [[1, 'speaker', 'attended'], [2, 'speaker', 'attended'], [3, 'host', 'attended'], [4, 'attendee', 'attended'], [5, 'attendee', 'attended'], [6, 'attendee', 'attended'], [7, 'attendee', 'declined'], [8, 'attendee', 'invited']] as const) attend.run(p, 1, role, status);
  // Dîner: speaker P9 (non-binary) confirmed; attendees P10 f confirmed, P2 m confirmed.
  for (const [p, role, status] of [[9, 'speaker', 'confirmed'], [10, 'attendee', 'confirmed'], [2, 'attendee', 'confirmed']] as const) attend.run(p, 2, role, status);
  attend.run(1, 3, 'speaker', 'attended');

  const report = parityReport(db, 2026);
  assert.deepEqual(report.events.map((e) => e.name), ['Forum', 'Dîner']);
  const forum = report.events[0]!;
  assert.deepEqual(forum.speakers, { women: 1, men: 1, nonBinary: 0, unknown: 0, womenShare: 0.5 });
  assert.deepEqual(forum.hosts, { women: 1, men: 0, nonBinary: 0, unknown: 0, womenShare: 1 });
  assert.deepEqual(forum.attendees, { women: 1, men: 1, nonBinary: 0, unknown: 1, womenShare: 0.5 });
  assert.deepEqual(forum.all, { women: 3, men: 2, nonBinary: 0, unknown: 1, womenShare: 0.6 });
  assert.deepEqual(report.events[1]!.speakers, { women: 0, men: 0, nonBinary: 1, unknown: 0, womenShare: 0 });
  assert.deepEqual(report.total.speakers, { women: 1, men: 1, nonBinary: 1, unknown: 0, womenShare: 1 / 3 });
  assert.deepEqual(report.total.all, { women: 4, men: 3, nonBinary: 1, unknown: 1, womenShare: 0.5 });
  assert.equal(report.events[1]!.hosts.womenShare, null);
  assert.deepEqual(parityReport(db, 2025).events.map((e) => e.name), ['Old']);
  assert.equal(parityReport(db).events.length, 3);
  db.close();
});
