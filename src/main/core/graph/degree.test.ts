import { describe, test } from 'node:test';
import { degrees } from './degree';
import { assertScoresClose, FIXTURES, loadFixture } from './testing';

describe('degrees match networkx in_degree/out_degree (plain and weighted)', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      const d = degrees(f.graph);
      assertScoresClose(d.inDegree, f.scores.inDegree!, 'inDegree', 0, 0);
      assertScoresClose(d.outDegree, f.scores.outDegree!, 'outDegree', 0, 0);
      assertScoresClose(d.weightedInDegree, f.scores.weightedInDegree!, 'weightedInDegree');
      assertScoresClose(d.weightedOutDegree, f.scores.weightedOutDegree!, 'weightedOutDegree');
    });
  }
});
