import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clustering } from './clustering';
import { csrFromTriples } from './csr';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('clustering matches networkx clustering(G.to_undirected())', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      assertScoresClose(clustering(f.graph), f.scores.clustering!, 'clustering');
    });
  }

  test('one direction is enough to be a contact; weights do not matter', () => {
    // Triangle 0-1-2 through one-way ties, plus a pendant 3 on 0.
    const c = clustering(csrFromTriples(4, [[0, 1, 9], [2, 1], [0, 2], [3, 0]]));
    assert.deepEqual([...c], [1 / 3, 1, 1, 0]);
  });
});
