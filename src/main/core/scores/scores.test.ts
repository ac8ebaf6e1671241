// Score runs end to end: loaded from SQLite, computed, stored, ranked, explained — in the
// calling thread and in the worker thread the app uses.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Network } from '../network';
import { PreferenceStore } from '../preferences';
import { createServices } from '../services';
import { explainPerson } from './explain';
import { ScoreJobs } from './job';
import { loadGraph } from '../db/score-graph';
import { ranking, runScoresTable } from '../db/score-queries';
import { runScores } from '../db/score-runs';

const dir = mkdtempSync(join(tmpdir(), 'maillage-scores-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the graph loaded from SQLite has DESIGN.md weights, window and channels', () => {
  const network = Network.create(':memory:', { sample: false });
  const db = network.db;
  db.exec(`INSERT INTO person (id, name, created_at, followers) VALUES (1, 'A', 'x', 10), (2, 'B', 'x', NULL), (3, 'C', 'x', 5);
    INSERT INTO interaction (from_person_id, to_person_id, kind, channel, at) VALUES
      (1, 2, 'mention', 'x', '2024-01-01T00:00:00Z'), (1, 2, 'repost', 'x', '2024-06-01T00:00:00Z'), (1, 2, 'like', 'linkedin', '2025-01-01T00:00:00Z'),
      (2, 3, 'met', 'in_person', '2025-03-01T00:00:00Z');
    INSERT INTO follow (follower_id, followed_id) VALUES (1, 2), (3, 2);`);
  const all = loadGraph(db);
  assert.equal(all.graph.edgeCount, 2);
  assert.deepEqual([...all.graph.outWeight], [1.75, 1, 0]);
  assert.deepEqual([...all.audience], [10, 2, 5], 'B has no follower count: follow edges in');
  const x2024 = loadGraph(db, { channels: ['x'], to: '2024-12-31' });
  assert.deepEqual([...x2024.graph.outWeight], [1.5, 0, 0]);
  const noLikes = loadGraph(db, { kindWeights: { like: 0, repost: 2 } });
  assert.deepEqual([...noLikes.graph.outWeight], [3, 1, 0]);
  assert.throws(() => loadGraph(db, { kindWeights: { like: -1 } }), /like/);
});

test('a run is stored with its parameters and every person, and ranks compare across runs', () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const first = runScores(network.db, { channels: ['x'] });
  assert.equal(first.people, 300);
  assert.deepEqual(first.params, { channels: ['x'] });
  assert.ok(first.timings.total !== undefined && first.timings.load !== undefined);
  const table = runScoresTable(network.db, first.id);
  assert.equal(table.length, 300);
  const sumPr = table.reduce((s, r) => s + r.pagerank, 0);
  assert.ok(Math.abs(sumPr - 1) < 1e-9, `PageRank sums to 1 (${sumPr})`);
  assert.equal(Math.max(...table.map((r) => r.influence)), 100);
  assert.equal(Math.min(...table.map((r) => r.influence)), 0);

  const second = runScores(network.db);
  const top = ranking(network.db, { limit: 10 });
  assert.equal(top.run?.id, second.id);
  assert.equal(top.previousRunId, first.id);
  assert.deepEqual(top.rows.map((r) => r.rank), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  for (let i = 1; i < top.rows.length; i++) assert.ok((top.rows[i - 1]?.influence ?? 0) >= (top.rows[i]?.influence ?? 0));
  const analysts = ranking(network.db, { role: 'analyst', by: 'betweenness', limit: 5 });
  assert.ok(analysts.rows.every((r) => r.role === 'analyst'));
  const brokers = ranking(network.db, { by: 'constraint', limit: 5 });
  for (let i = 1; i < brokers.rows.length; i++) assert.ok((brokers.rows[i - 1]?.constraint ?? 0) <= (brokers.rows[i]?.constraint ?? 0), 'low constraint first');
});

test('the sample network tells the product’s story: experts and brokers lead, megaphones do not', () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  runScores(network.db);
  const top = ranking(network.db, { limit: 20 }).rows;
  const rolesOfTop = top.filter((r) => ['analyst', 'expert', 'consultant', 'journalist'].includes(r.role)).length;
  assert.ok(rolesOfTop >= 12, `influencers are peers, analysts, journalists, consultants, experts (${rolesOfTop}/20)`);
  const megaphones = runScoresTable(network.db, 1).filter((r) => r.quadrant === 'megaphone');
  assert.ok(megaphones.length > 10);
  const modularity = ranking(network.db, {}).run?.modularity ?? 0;
  assert.ok(modularity > 0.3, `communities are real (modularity ${modularity})`);
});

test('an explanation names who gives a person their influence', () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  runScores(network.db);
  const leader = ranking(network.db, { limit: 1 }).rows[0];
  assert.ok(leader);
  const why = explainPerson(network.db, leader.personId);
  assert.ok(why);
  assert.equal(why.ranks.influence, 1);
  assert.ok(why.contributors.length > 0);
  const shares = why.contributors.map((c) => c.share);
  for (let i = 1; i < shares.length; i++) assert.ok((shares[i - 1] ?? 0) >= (shares[i] ?? 0));
  assert.ok(shares.reduce((a, b) => a + b, 0) <= 1 + 1e-9);
  // Every contributor really points at the leader.
  for (const c of why.contributors) {
    assert.ok(network.db.prepare('SELECT 1 FROM interaction WHERE from_person_id = ? AND to_person_id = ?').get(c.personId, leader.personId));
  }
  const reciprocal = new Set(why.reciprocal.map((p) => p.personId));
  assert.ok(why.amplifiedBy.every((p) => !reciprocal.has(p.personId)) && why.amplifies.every((p) => !reciprocal.has(p.personId)));
  for (const p of why.reciprocal.slice(0, 5)) {
    assert.ok(network.db.prepare('SELECT 1 FROM interaction WHERE from_person_id = ? AND to_person_id = ?').get(p.personId, leader.personId));
    assert.ok(network.db.prepare('SELECT 1 FROM interaction WHERE from_person_id = ? AND to_person_id = ?').get(leader.personId, p.personId));
  }
  assert.ok(why.community.size > 1);
  assert.ok(why.strongestTies.length > 0);
  for (let i = 1; i < why.strongestTies.length; i++) assert.ok((why.strongestTies[i - 1]?.strength ?? 0) >= (why.strongestTies[i]?.strength ?? 0));
  assert.equal(explainPerson(network.db, 999999), null);
});

test('the app runs scores in a worker thread on a network file, with progress', async () => {
  const file = join(dir, 'worker.maillage');
  const network = Network.create(file, { sample: { seed: 2026 } });
  const progress: string[] = [];
  const events: string[] = [];
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: (c, p) => {
    events.push(c);
    if (c === 'job:progress') progress.push((p as { phase: string }).phase);
  } });
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const summary = await api['scores:run']({});
  clearInterval(timer);
  assert.equal(summary.people, 300);
  assert.ok(progress.includes('pagerank') || progress.length > 2, `progress phases: ${progress.join(',')}`);
  assert.ok(events.includes('scores:changed'));
  assert.ok(ticks > 0, 'the main event loop kept turning during the run');
  const table = await api['scores:table']({});
  assert.equal(table.length, 300);
  network.close();
});

test('a run can be cancelled and stores nothing', async () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const jobs = new ScoreJobs();
  const pending = jobs.run(network, {}, {}, (_d, _t, phase) => {
    if (phase === 'pagerank') jobs.cancel();
  });
  await assert.rejects(pending, /cancelled/);
  assert.equal((network.db.prepare('SELECT count(*) AS n FROM score_run').get() as { n: number }).n, 0);
});
