// Conversation metrics on a small hand-made history: threads, answers, partners, conversation
// versus broadcast, and the time to answer — a wait of several mentions counted once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../db/connection';
import { conversations, ConversationError, periodOf } from './conversations';

function history() {
  const db = openDatabase(':memory:', { create: true });
  const add = db.prepare("INSERT INTO person (id, name, is_me, created_at) VALUES (?, ?, ?, '2024-01-01')");
  for (const [id, name] of [[1, 'Me'], [2, 'Quentin'], [3, 'Rose'], [4, 'Sam']] as Array<[number, string]>) add.run(id, name, id === 1 ? 1 : 0);
  const say = db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (?, ?, ?, 'x', ?)");
  for (const [from, to, kind, at] of [
    [1, 2, 'mention', '2025-01-05T10:00:00Z'], // a thread; answered the next day: conversation
    [2, 1, 'reply', '2025-01-06T10:00:00Z'],
    [1, 3, 'mention', '2025-01-10T10:00:00Z'], // a thread nobody answers: broadcast
    [1, 4, 'repost', '2025-01-12T10:00:00Z'], // a bare repost, unanswered: broadcast
    [2, 1, 'mention', '2025-02-01T09:00:00Z'], // Quentin waits from 09:00…
    [2, 1, 'message', '2025-02-01T10:00:00Z'], // …the same wait
    [1, 2, 'reply', '2025-02-01T13:00:00Z'], // answered after 4 h: one answer
    [3, 1, 'quote', '2025-02-03T10:00:00Z'], // Rose's quote, never answered
    [1, 2, 'like', '2025-02-05T10:00:00Z'], // a like is neither
  ] as Array<[number, number, string, string]>) say.run(from, to, kind, at);
  return db;
}

test('by month: threads, answers, partners, conversation and broadcast, time to answer', () => {
  const db = history();
  const result = conversations(db, { by: 'month' });
  assert.equal(result.person.name, 'Me');
  assert.deepEqual(result.rows, [
    { period: '2025-01', threadsStarted: 2, repliesReceived: 1, quotesReceived: 0, answersPerThread: 0.5, partners: 2, conversation: 1, broadcast: 2, conversationShare: 1 / 3, medianAnswerHours: null, answered: 0, unanswered: 0 },
    { period: '2025-02', threadsStarted: 0, repliesReceived: 0, quotesReceived: 1, answersPerThread: null, partners: 2, conversation: 1, broadcast: 0, conversationShare: 1, medianAnswerHours: 4, answered: 1, unanswered: 1 },
  ]);
  db.close();
});

test('by quarter and year, for anyone; periods; unknown people are refused', () => {
  const db = history();
  const year = conversations(db, { by: 'year' }).rows;
  assert.deepEqual(year.map((r) => [r.period, r.threadsStarted, r.repliesReceived + r.quotesReceived, r.partners, r.conversationShare, r.medianAnswerHours, r.unanswered]), [['2025', 2, 2, 2, 0.5, 4, 1]]);
  assert.deepEqual(conversations(db, { by: 'quarter' }).rows.map((r) => r.period), ['2025-Q1']);
  // Quentin's side: he started a thread on 1 February (nothing from me in the 7 days before).
  const quentin = conversations(db, { personId: 2, by: 'year' }).rows[0];
  assert.equal(quentin?.threadsStarted, 1);
  assert.equal(quentin?.medianAnswerHours, 24, 'he answered my mention after a day');
  assert.deepEqual([periodOf('2025-12-31T23:00:00Z', 'quarter'), periodOf('2025-04-01', 'quarter'), periodOf('2025-04-01', 'month')], ['2025-Q4', '2025-Q2', '2025-04']);
  assert.throws(() => conversations(db, { personId: 99 }), (e: Error) => e instanceof ConversationError && /No person #99/.test(e.message));
  db.prepare('UPDATE person SET is_me = 0').run();
  assert.throws(() => conversations(db, {}), /No owner in this network: give a person/);
  db.close();
});
