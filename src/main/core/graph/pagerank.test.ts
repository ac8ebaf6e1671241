import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mentionGraph } from '../../../../bench/graph-generator';
import { buildCsr, csrFromTriples } from './csr';
import { pagerank, pagerankContributions } from './pagerank';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('pagerank matches networkx pagerank(G, alpha=0.85, weight="weight")', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      const result = pagerank(f.graph); // DEFAULTS: tolerance 1e-10 is enough for 1e-6 relative
      assert.ok(result.converged);
      assertScoresClose(result.scores, f.scores.pagerank!, 'pagerank');
    });
  }
});

describe('pagerank convergence', () => {
  const graph = buildCsr(mentionGraph({ people: 20_000, ties: 120_000, seed: 11 }));

  test('stops at the first iteration whose L1 change is below the tolerance', () => {
    for (const tolerance of [1e-4, 1e-8, 1e-10]) {
      const r = pagerank(graph, { tolerance });
      assert.ok(r.converged && r.error < tolerance, `tolerance ${tolerance}: error ${r.error}`);
      // One iteration fewer must not have met the tolerance.
      const before = pagerank(graph, { tolerance, maxIterations: r.iterations - 1 });
      assert.ok(!before.converged && before.error >= tolerance);
      assert.ok(Math.abs(r.scores.reduce((s, x) => s + x, 0) - 1) < 1e-9, 'scores sum to 1');
    }
  });

  test('default tolerance gives the same top-30 order as a 1e-14 solve on 20k people', () => {
    const top = (x: Float64Array): number[] =>
      Array.from(x.keys())
        .sort((a, b) => x[b]! - x[a]! || a - b)
        .slice(0, 30);
    const loose = pagerank(graph);
    const tight = pagerank(graph, { tolerance: 1e-14 });
    assert.ok(tight.iterations > loose.iterations);
    assert.deepEqual(top(loose.scores), top(tight.scores));
    // And 1e-10 in L1 leaves every score within 1e-9 of the tight solve.
    for (let i = 0; i < graph.nodeCount; i++) assert.ok(Math.abs(loose.scores[i]! - tight.scores[i]!) < 1e-9);
  });

  test('reports non-convergence instead of pretending', () => {
    const r = pagerank(graph, { maxIterations: 3 });
    assert.equal(r.iterations, 3);
    assert.equal(r.converged, false);
  });

  test('rejects bad options', () => {
    assert.throws(() => pagerank(graph, { alpha: 1 }), /alpha/);
    assert.throws(() => pagerank(graph, { tolerance: 0 }), /tolerance/);
    assert.throws(() => pagerank(graph, { maxIterations: 0 }), /maxIterations/);
  });

  test('can be cancelled', () => {
    assert.throws(() => pagerank(graph, { shouldCancel: () => true }), /cancelled/);
  });
});

describe('pagerankContributions', () => {
  test('contributions of in-neighbours plus the baseline add up to the score', () => {
    const f = loadFixture('random-mentions');
    const pr = pagerank(f.graph, { tolerance: 1e-14 }).scores;
    for (let v = 0; v < f.graph.nodeCount; v++) {
      const x = pagerankContributions(f.graph, pr, v, 3);
      const topShare = x.top.reduce((s, c) => s + c.share, 0);
      assert.ok(Math.abs(topShare + x.otherNeighboursShare + x.baselineShare - 1) < 1e-9, `node ${v}`);
      for (let i = 1; i < x.top.length; i++) assert.ok(x.top[i - 1]!.contribution >= x.top[i]!.contribution);
    }
  });

  test('on a star, the centre owes its score to the leaves in proportion to their weights', () => {
    // 1 → 0 (weight 3), 2 → 0 (weight 1), 0 → 1: node 0 gets all of 2's rank, 3/3 of 1's.
    const g = csrFromTriples(3, [
      [1, 0, 3],
      [2, 0, 1],
      [0, 1, 1],
    ]);
    const pr = pagerank(g, { tolerance: 1e-15 }).scores;
    const x = pagerankContributions(g, pr, 0, 5);
    assert.deepEqual(
      x.top.map((c) => c.from),
      [1, 2],
    );
    assert.ok(Math.abs(x.top[0]!.contribution - 0.85 * pr[1]!) < 1e-15);
    assert.ok(Math.abs(x.top[1]!.contribution - 0.85 * pr[2]!) < 1e-15);
    assert.throws(() => pagerankContributions(g, pr, 3, 1), /outside/);
  });
});
