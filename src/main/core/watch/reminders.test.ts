// Reminders on a small hand-made history: each rule fires exactly where it should, a signal
// makes one reminder however often the inbox is refreshed, and done, snooze and dismiss hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { decideReminder, reminderInbox, reminderSignals, ReminderError } from './reminders';

const AS_OF = Date.parse('2026-01-01T12:00:00Z');

/**
 * Me (1); Ana (2) a strong tie of 2023, silent since; Bea (3) mentioned me on 20 Dec 2025 after my
 * last message in June (then replied: a reply asks nothing); Cem (4) mentioned me 3 days ago; Dora (5) reposted me three times and I
 * never wrote to her; Eli (6) my only tie into a community of three (6, 7, 8), last exchange June 2025.
 */
function history(): Db {
  const db = openDatabase(':memory:', { create: true });
  const add = db.prepare("INSERT INTO person (id, name, is_me, created_at) VALUES (?, ?, ?, '2023-01-01')");
  for (const [id, name] of [[1, 'Me'], [2, 'Ana'], [3, 'Bea'], [4, 'Cem'], [5, 'Dora'], [6, 'Eli'], [7, 'Fay'], [8, 'Gil']] as Array<[number, string]>) add.run(id, name, id === 1 ? 1 : 0);
  const say = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, ?, 'x', ?)");
  for (let k = 0; k < 4; k++) {
    say.run(1, 2, 'message', `2023-0${k + 2}-01T10:00:00Z`);
    say.run(2, 1, 'reply', `2023-0${k + 2}-02T10:00:00Z`);
  }
  say.run(1, 3, 'message', '2025-06-10T10:00:00Z');
  say.run(3, 1, 'mention', '2025-12-20T10:00:00Z');
  say.run(3, 1, 'reply', '2025-12-21T10:00:00Z');
  say.run(4, 1, 'mention', '2025-12-29T10:00:00Z');
  for (const at of ['2025-03-01', '2025-05-01', '2025-09-01']) say.run(5, 1, 'repost', `${at}T10:00:00Z`);
  say.run(1, 6, 'mention', '2025-06-01T10:00:00Z');
  say.run(6, 7, 'mention', '2025-06-01T10:00:00Z');
  // A score run that puts 6, 7 and 8 in a community of their own.
  db.prepare("INSERT INTO score_run (id, created_at, params, node_count, edge_count) VALUES (1, '2025-12-31', '{}', 8, 0)").run();
  const score = db.prepare(`INSERT INTO score (run_id, person_id, in_degree, out_degree, weighted_in, weighted_out, pagerank, betweenness, closeness, authority, hub,
    clustering, community, audience, influence) VALUES (1, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, 0)`);
  for (const [id, c] of [[1, 1], [2, 1], [3, 1], [4, 1], [5, 1], [6, 2], [7, 2], [8, 2]] as Array<[number, number]>) score.run(id, c);
  return db;
}

test('each rule fires where it should, with its date and figures', () => {
  const db = history();
  const signals = reminderSignals(db, AS_OF).map((s) => [s.kind, s.personId, s.dueAt] as const).sort();
  assert.deepEqual(signals, [
    ['quiet_bridge', 6, '2025-08-30'],
    ['quiet_tie', 2, '2026-01-01'],
    ['unanswered', 3, '2025-12-27'],
    ['unreturned', 5, '2025-09-01'],
  ]);
  const details = new Map(reminderSignals(db, AS_OF).map((s) => [s.kind, s.details]));
  assert.deepEqual(details.get('unanswered'), { since: '2025-12-20T10:00:00Z', count: 1, days: 7 });
  assert.deepEqual(details.get('unreturned'), { count: 3, lastAt: '2025-09-01T10:00:00Z' });
  assert.deepEqual(details.get('quiet_bridge'), { lastAt: '2025-06-01T10:00:00Z', community: 2, communitySize: 3, days: 90 });
  const tie = details.get('quiet_tie');
  assert.equal(tie?.lastAt, '2023-05-02T10:00:00Z');
  assert.ok((tie?.pastStrength ?? 0) >= 3 && (tie?.strengthNow ?? 1) < (tie?.pastStrength ?? 0) * 0.25);
  // Cem's mention is 3 days old: after 7 days it is due.
  assert.ok(reminderSignals(db, Date.parse('2026-01-06T12:00:00Z')).some((s) => s.kind === 'unanswered' && s.personId === 4));
  // No owner, no reminders.
  db.prepare('UPDATE person SET is_me = 0').run();
  assert.deepEqual(reminderSignals(db, AS_OF), []);
  db.close();
});

test('one reminder per signal; snooze, done and dismiss hold across refreshes', () => {
  const db = history();
  const first = reminderInbox(db, AS_OF);
  assert.equal(first.created, 4);
  assert.equal(first.due.length, 4);
  assert.equal(first.notify, false, 'notifications are off by default');
  assert.equal(reminderInbox(db, AS_OF).created, 0, 'a refresh adds nothing new');
  const byKind = new Map(first.due.map((r) => [r.kind, r]));
  const bea = byKind.get('unanswered');
  const dora = byKind.get('unreturned');
  const ana = byKind.get('quiet_tie');
  assert.ok(bea && dora && ana);
  assert.equal(bea.name, 'Bea');

  const snoozed = decideReminder(db, dora.id, 'snooze', '2026-01-15', AS_OF);
  assert.deepEqual([snoozed.status, snoozed.snoozedUntil], ['snoozed', '2026-01-15']);
  decideReminder(db, ana.id, 'dismiss', undefined, AS_OF);
  decideReminder(db, bea.id, 'done', undefined, AS_OF);
  let inbox = reminderInbox(db, AS_OF);
  assert.deepEqual(inbox.due.map((r) => r.kind), ['quiet_bridge']);
  assert.deepEqual(inbox.snoozed.map((r) => r.id), [dora.id]);
  // The snooze runs out on the 15th: Dora is due again; Ana and Bea stay decided.
  inbox = reminderInbox(db, Date.parse('2026-01-15T08:00:00Z'));
  assert.deepEqual(inbox.due.map((r) => r.kind).sort(), ['quiet_bridge', 'unanswered', 'unreturned'].sort());
  assert.deepEqual(inbox.due.find((r) => r.kind === 'unanswered')?.personId, 4, "Cem's mention, now due; Bea's stays done");
  assert.equal(inbox.snoozed.length, 0);

  // A new mention from Bea after my answer is a new signal, so a new reminder.
  db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (1, 3, 'reply', 'x', '2026-01-02T10:00:00Z'), (3, 1, 'mention', 'x', '2026-01-05T10:00:00Z')").run();
  inbox = reminderInbox(db, Date.parse('2026-01-20T08:00:00Z'));
  const again = inbox.due.filter((r) => r.personId === 3);
  assert.equal(again.length, 1);
  assert.notEqual(again[0]?.id, bea.id);
  assert.equal(again[0]?.details.since, '2026-01-05T10:00:00Z');
  db.close();
});

test('decisions that cannot be taken say why', () => {
  const db = history();
  const [any] = reminderInbox(db, AS_OF).due;
  assert.ok(any);
  assert.throws(() => decideReminder(db, 999, 'done', undefined, AS_OF), (e: Error) => e instanceof ReminderError && e.code === 'not_found' && /No reminder #999/.test(e.message));
  assert.throws(() => decideReminder(db, any.id, 'snooze', undefined, AS_OF), /give the date it comes back/);
  assert.throws(() => decideReminder(db, any.id, 'snooze', '2026-01-01', AS_OF), /later date than today \(2026-01-01\), got 2026-01-01/);
  assert.throws(() => decideReminder(db, any.id, 'done', '2026-02-01', AS_OF), /Only a snooze takes a date/);
  assert.equal(decideReminder(db, any.id, 'done', undefined, AS_OF).status, 'done');
  assert.equal(decideReminder(db, any.id, 'reopen', undefined, AS_OF).status, 'open');
  db.close();
});
