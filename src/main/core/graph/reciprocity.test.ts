import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csrFromTriples } from './csr';
import { reciprocity } from './reciprocity';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('reciprocity', () => {
  for (const name of FIXTURES) {
    test(`${name}: network = networkx reciprocity(G); person = |in∩out| / |in∪out|`, () => {
      const f = loadFixture(name);
      const r = reciprocity(f.graph);
      assertScoresClose([r.network], [f.network.reciprocity], 'network');
      assertScoresClose(r.person, f.scores.reciprocity!, 'person');
    });
  }

  test('small case by hand, and NaN where undefined', () => {
    // 0⇄1, 0→2, 3 isolated.
    const r = reciprocity(csrFromTriples(4, [[0, 1], [1, 0], [0, 2]]));
    assert.equal(r.network, 2 / 3);
    assert.deepEqual([...r.person], [0.5, 1, 0, NaN]);
    assert.ok(Number.isNaN(reciprocity(csrFromTriples(2, [])).network));
  });
});
