import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentionGraph } from '../../../../bench/graph-generator';
import { betweenness } from './betweenness';
import { buildCsr, csrFromTriples } from './csr';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('betweenness matches networkx betweenness_centrality(G) (directed, hops, normalised)', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      const r = betweenness(f.graph);
      assert.equal(r.exact, true);
      assert.equal(r.pivots, f.graph.nodeCount);
      assert.equal(r.expectedError, 0);
      assertScoresClose(r.scores, f.scores.betweenness!, 'betweenness');
    });
  }

  test('a directed path: only the middle is between, and direction matters', () => {
    const r = betweenness(csrFromTriples(3, [[0, 1], [1, 2]])).scores;
    assert.deepEqual([...r], [0, 0.5, 0]); // one of the (n-1)(n-2) = 2 ordered pairs
  });
});

describe('betweenness pivot sampling', () => {
  const graph = buildCsr(mentionGraph({ people: 2_000, ties: 12_000, seed: 5 }));
  const exact = betweenness(graph);

  test('with as many pivots as people it is the exact result', () => {
    const r = betweenness(graph, { exactThreshold: 0, samples: graph.nodeCount });
    assert.equal(r.exact, true);
    assert.deepEqual(r.scores, exact.scores);
  });

  test('sampled error is what the reported expected (RMS) error says', () => {
    for (const seed of [1, 2, 3]) {
      const r = betweenness(graph, { exactThreshold: 100, samples: 200, seed });
      assert.equal(r.exact, false);
      assert.equal(r.pivots, 200);
      let sq = 0;
      for (let v = 0; v < graph.nodeCount; v++) sq += (r.scores[v]! - exact.scores[v]!) ** 2;
      const rms = Math.sqrt(sq / graph.nodeCount);
      // A standard error, so the realised RMS error should be close to it — neither far
      // above (under-reporting) nor far below (a useless, inflated figure).
      assert.ok(rms <= 1.5 * r.expectedError && rms >= 0.5 * r.expectedError, `seed ${seed}: RMS ${rms} vs expected ${r.expectedError}`);
      assert.ok(r.maxStandardError >= r.expectedError);
    }
  });

  test('is deterministic for a seed and differs across seeds', () => {
    const a = betweenness(graph, { exactThreshold: 0, samples: 50, seed: 9 });
    const b = betweenness(graph, { exactThreshold: 0, samples: 50, seed: 9 });
    const c = betweenness(graph, { exactThreshold: 0, samples: 50, seed: 10 });
    assert.deepEqual(a.scores, b.scores);
    assert.notDeepEqual(a.scores, c.scores);
  });

  test('rejects bad sampling options and can be cancelled', () => {
    assert.throws(() => betweenness(graph, { samples: 0 }), /samples/);
    assert.throws(() => betweenness(graph, { exactThreshold: -1 }), /exactThreshold/);
    let calls = 0;
    assert.throws(() => betweenness(graph, { shouldCancel: () => ++calls > 3 }), /cancelled/);
  });
});
