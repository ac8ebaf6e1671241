import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { betweenness } from './betweenness';
import { closeness } from './closeness';
import { computeScores, SCORE_PHASES } from './score-all';
import { ScoreCancelledError } from './progress';
import { assertScoresClose, loadFixture } from './testing';

describe('computeScores', () => {
  const f = loadFixture('random-mentions');
  const n = f.graph.nodeCount;
  const inputs = {
    audience: Float64Array.from({ length: n }, (_, i) => (i * 37) % 101),
    originalPosts: Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? NaN : i % 7)),
    reposts: Float64Array.from({ length: n }, (_, i) => i % 5),
  };

  test('returns every score, equal to the networkx references', () => {
    const progress: number[] = [];
    const r = computeScores(f.graph, inputs, {}, (done, total) => progress.push(done / total));
    const s = f.scores;
    assertScoresClose(r.perPerson.pagerank, s.pagerank!, 'pagerank');
    assertScoresClose(r.perPerson.betweenness, s.betweenness!, 'betweenness');
    assertScoresClose(r.perPerson.closeness, s.closeness!, 'closeness');
    assertScoresClose(r.perPerson.authority, s.authority!, 'authority');
    assertScoresClose(r.perPerson.hub, s.hub!, 'hub');
    assertScoresClose(r.perPerson.clustering, s.clustering!, 'clustering');
    assertScoresClose(r.perPerson.constraint, s.constraint!, 'constraint');
    assertScoresClose(r.perPerson.reciprocity, s.reciprocity!, 'reciprocity');
    assertScoresClose(r.perPerson.inDegree, s.inDegree!, 'inDegree');
    assertScoresClose(r.perPerson.weightedOutDegree, s.weightedOutDegree!, 'weightedOutDegree');
    assertScoresClose([r.network.reciprocity], [f.network.reciprocity], 'network reciprocity');
    assert.ok(r.network.modularity >= Math.max(...f.louvain.map((x) => x.modularity)) - 1e-12);
    assert.equal(r.network.betweenness.exact, true);
    assert.equal(r.network.closeness.sources, n);
    assert.ok(r.network.pagerank.converged && r.network.pagerank.iterations > 0);
    assert.equal(Math.max(...r.perPerson.influence), 100);
    assert.equal(Math.min(...r.perPerson.influence), 0);
    assert.equal(r.perPerson.quadrant.length, n);
    assert.ok(Number.isNaN(r.perPerson.creatorRatio[0]!));
    assert.equal(r.perPerson.creatorRatio[1], 1 / 2);
    assert.equal(r.ties, null);
    assert.deepEqual(Object.keys(r.timings).sort(), [...SCORE_PHASES].sort());
    // Progress is monotone and ends at 100 %.
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i]! >= progress[i - 1]!);
    assert.equal(progress.at(-1), 1);
  });

  test('checks input lengths and honours cancellation', () => {
    assert.throws(() => computeScores(f.graph, { ...inputs, audience: new Float64Array(3) }), /inputs.audience has 3 values for 200 people/);
    let polls = 0;
    assert.throws(
      () => computeScores(f.graph, inputs, {}, undefined, () => ++polls > 5),
      (e: unknown) => e instanceof ScoreCancelledError,
    );
  });

  test('sampled betweenness and closeness are the same whether their searches are shared or not', () => {
    const shared = { exactThreshold: 0, samples: 40, seed: 3 };
    const a = computeScores(f.graph, inputs, { betweenness: shared, closeness: shared });
    assert.deepEqual(a.perPerson.betweenness, betweenness(f.graph, shared).scores);
    assert.deepEqual(a.perPerson.closeness, closeness(f.graph, shared).scores);
    assert.equal(a.network.betweenness.exact, false);
    assert.equal(a.network.betweenness.pivots, 40);
    assert.ok(a.network.betweenness.expectedError > 0);
    const other = { ...shared, seed: 4 };
    const b = computeScores(f.graph, inputs, { betweenness: shared, closeness: other });
    assert.deepEqual(b.perPerson.betweenness, a.perPerson.betweenness);
    assert.deepEqual(b.perPerson.closeness, closeness(f.graph, other).scores);
    assert.notDeepEqual(b.perPerson.closeness, a.perPerson.closeness);
  });
});
