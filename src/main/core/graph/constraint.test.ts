import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { constraint } from './constraint';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('constraint matches networkx constraint(G, weight="weight")', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      const ours = constraint(f.graph);
      const nx = f.scores.constraintNetworkx!;
      // Wherever networkx defines it, identical.
      assertScoresClose(
        ours.filter((_, i) => nx[i] !== null),
        nx.filter((x) => x !== null),
        'constraint (networkx-defined nodes)',
      );
      // Everywhere: Burt's formula via networkx's local_constraint over all neighbours,
      // which also covers the people networkx leaves NaN for having no successors.
      assertScoresClose(ours, f.scores.constraint!, 'constraint');
    });
  }

  test('the fixtures do exercise the networkx NaN-for-sinks difference', () => {
    const f = loadFixture('hartford-drug');
    const sinks = f.scores.constraintNetworkx!.filter((x, i) => x === null && f.scores.constraint![i] !== null);
    assert.ok(sinks.length > 0);
  });
});
