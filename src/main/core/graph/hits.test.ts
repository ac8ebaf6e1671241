import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csrFromTriples } from './csr';
import { hits } from './hits';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('HITS matches networkx hits(G) (weighted, authority and hub each summing to 1)', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      const r = hits(f.graph);
      assert.ok(r.converged);
      assertScoresClose(r.authority, f.scores.authority!, 'authority');
      assertScoresClose(r.hub, f.scores.hub!, 'hub');
    });
  }

  test('uses weights: a heavier link makes a better hub', () => {
    const r = hits(csrFromTriples(3, [[0, 2, 5], [1, 2, 1]]));
    assert.ok(Math.abs(r.hub[0]! - 5 / 6) < 1e-12 && Math.abs(r.hub[1]! - 1 / 6) < 1e-12);
    assert.deepEqual([...r.authority], [0, 0, 1]);
  });

  test('no edges: all zeros', () => {
    const r = hits(csrFromTriples(3, []));
    assert.deepEqual([...r.authority, ...r.hub], [0, 0, 0, 0, 0, 0]);
  });
});
