import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentionGraph } from '../../../../bench/graph-generator';
import { closeness } from './closeness';
import { buildCsr, csrFromTriples } from './csr';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('closeness matches networkx harmonic_centrality(G) / (n - 1)', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      const r = closeness(f.graph);
      assert.equal(r.exact, true);
      assertScoresClose(r.scores, f.scores.closeness!, 'closeness');
    });
  }

  test('direction: credit goes to the node reached (distances from others to it)', () => {
    // 0 → 1 → 2: node 2 is reached from 0 (d 2) and 1 (d 1); node 0 is reached by nobody.
    const r = closeness(csrFromTriples(3, [[0, 1], [1, 2]])).scores;
    assert.deepEqual([...r], [0, 0.5, 0.75]);
  });
});

describe('closeness source sampling', () => {
  const graph = buildCsr(mentionGraph({ people: 2_000, ties: 12_000, seed: 6 }));
  const exact = closeness(graph);

  test('with as many sources as people it is exact', () => {
    const r = closeness(graph, { exactThreshold: 0, samples: graph.nodeCount });
    assert.equal(r.exact, true);
    assert.deepEqual(r.scores, exact.scores);
  });

  test('sampled error is what the reported expected (RMS) error says', () => {
    const r = closeness(graph, { exactThreshold: 100, samples: 200, seed: 4 });
    assert.equal(r.exact, false);
    assert.equal(r.sources, 200);
    let sq = 0;
    for (let v = 0; v < graph.nodeCount; v++) sq += (r.scores[v]! - exact.scores[v]!) ** 2;
    const rms = Math.sqrt(sq / graph.nodeCount);
    assert.ok(rms <= 1.5 * r.expectedError && rms >= 0.5 * r.expectedError, `RMS ${rms} vs expected ${r.expectedError}`);
  });
});
