// Fresh scores for the planner: a run newer than the last change, a new run when the network
// changed (with progress), and "not yet scored" instead of a made-up community.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadInviteInput } from '../invite/load';
import { planInvites } from '../invite/plan';
import { Network } from '../network';
import { PreferenceStore } from '../preferences';
import { createServices, type Emit } from '../services';
import { recordEdit } from '../db/edit-log';
import { scoreFreshness } from './freshness';
import { runScores } from '../db/score-runs';

function sample() {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const events: Array<[string, unknown]> = [];
  const emit: Emit = (channel, payload) => events.push([channel, payload]);
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit });
  const dinner = (network.db.prepare('SELECT id FROM event ORDER BY date DESC LIMIT 1').get() as { id: number }).id;
  return { network, db: network.db, api, events, dinner };
}

const later = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

test('a run is fresh until people, interactions or follows change; notes and attendance do not count', () => {
  const { db } = sample();
  assert.deepEqual(scoreFreshness(db), { runId: null, runAt: null, fresh: false, unscored: 0 });
  const run = runScores(db);
  assert.equal(scoreFreshness(db).fresh, true);
  assert.equal(scoreFreshness(db).runId, run.id);
  // A note and an attendance edit: scores do not depend on them.
  recordEdit(db, 'person', () => db.prepare("UPDATE person SET notes = 'met at the forum' WHERE id = 2").run());
  recordEdit(db, 'attendance', () => db.prepare("UPDATE attendance SET status = 'confirmed' WHERE rowid = 1").run());
  assert.equal(scoreFreshness(db).fresh, true);
  // A logged interaction, in the same millisecond as the run or not: stale.
  recordEdit(db, 'interaction', () => db.prepare("INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES (2, 3, 'met', 'in_person', '2026-11-30')").run());
  assert.deepEqual(scoreFreshness(db), { runId: run.id, runAt: run.createdAt, fresh: false, unscored: 0 });
  // A run right after (the same millisecond on a fast machine) is fresh: a counter, not a clock.
  const next = runScores(db);
  assert.deepEqual(scoreFreshness(db), { runId: next.id, runAt: next.createdAt, fresh: true, unscored: 0 });
  db.close();
});

test('someone added after the run is "not yet scored": no community of their own making, and the planner says so', () => {
  const { db, dinner } = sample();
  const run = runScores(db);
  const id = Number(db.prepare("INSERT INTO person (name, role, created_at) VALUES ('Zoé Nouvelle', 'cmo', ?)").run(later(run.createdAt, 60)).lastInsertRowid);
  db.prepare("INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, 'attendee', 'confirmed')").run(id, dinner);
  assert.deepEqual(scoreFreshness(db), { runId: run.id, runAt: run.createdAt, fresh: false, unscored: 1 });
  const input = loadInviteInput(db, { eventId: dinner });
  const zoe = input.candidates.find((c) => c.id === id);
  assert.equal(zoe?.community, null);
  assert.equal(zoe?.scored, false);
  assert.ok(input.candidates.filter((c) => c.id !== id).every((c) => c.scored && c.community !== null));
  const plan = planInvites(input.candidates, { capacity: 30, must: input.must, mustLabels: input.mustLabels });
  const pick = plan.invitees.find((i) => i.id === id);
  assert.equal(pick?.reason, 'confirmed guest: holds a seat; not yet scored');
  assert.ok(plan.invitees.every((i) => !/community -/.test(i.reason)), 'no made-up community');
  db.close();
});

test('the planner service starts a new run when the network changed, reports its progress, and says which run it used', async () => {
  const { db, api, events, dinner } = sample();
  const first = await api['invite:plan']({ eventId: dinner, capacity: 12 });
  assert.equal(first.scores.fresh, true);
  assert.equal(first.runId, 1);
  assert.ok(events.some(([c, p]) => c === 'job:progress' && (p as { job: string }).job === 'scores'));
  assert.ok(events.some(([c]) => c === 'scores:changed'));
  // Nothing changed: the same run is used, no new one.
  events.length = 0;
  assert.equal((await api['invite:plan']({ eventId: dinner, capacity: 12 })).runId, 1);
  assert.ok(!events.some(([c]) => c === 'scores:changed'));
  // A person added: a new run scores them.
  const runAt = (db.prepare('SELECT created_at FROM score_run WHERE id = 1').get() as { created_at: string }).created_at;
  db.prepare("INSERT INTO person (name, role, created_at) VALUES ('Zoé Nouvelle', 'cmo', ?)").run(later(runAt, 0.001));
  const again = await api['invite:plan']({ eventId: dinner, capacity: 12 });
  assert.equal(again.runId, 2);
  assert.deepEqual({ fresh: again.scores.fresh, unscored: again.scores.unscored }, { fresh: true, unscored: 0 });
  db.close();
});
