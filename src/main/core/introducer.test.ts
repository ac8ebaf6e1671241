// The introducer rule, shared by "How do I reach…" and My network: the fewest hops, then the
// strongest weakest tie; both places name the same introducer for the same person.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGraphView } from './db/graph-view';
import { bestIntroducer, reachPath, strongestChain } from './introducer';
import { myNetwork } from './my-network';
import { Network } from './network';
import { storeSample } from './db/sample';
import { runScores } from './db/score-runs';

function graphOf(ties: Array<[number, number, number]>) {
  const partners = new Map<number, number[]>();
  const strengths = new Map<string, number>();
  for (const [a, b, s] of ties) {
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
    strengths.set(`${Math.min(a, b)}-${Math.max(a, b)}`, s);
  }
  return { partners: (id: number) => partners.get(id) ?? [], strength: (a: number, b: number) => strengths.get(`${Math.min(a, b)}-${Math.max(a, b)}`) ?? 0 };
}

test('among the shortest chains, the one whose weakest tie is strongest', () => {
  // Me (1) reaches 4 through 2 (ties 0.5 and 9) or 3 (ties 3 and 2): through 3, weakest 2 > 0.5.
  const g = graphOf([[1, 2, 0.5], [2, 4, 9], [1, 3, 3], [3, 4, 2], [1, 5, 10], [5, 6, 10], [6, 4, 10]]);
  assert.deepEqual(strongestChain(g, 1, 4), [1, 3, 4], 'three strong hops lose to two: fewest hops first');
  assert.deepEqual(bestIntroducer([2, 3], 1, 4, g.strength), { personId: 3, strength: 2 });
  // Equal chains: the lower id, whatever order the ties came in.
  const tied = graphOf([[1, 7, 1], [7, 4, 1], [1, 3, 1], [3, 4, 1]]);
  assert.deepEqual(strongestChain(tied, 1, 4), [1, 3, 4]);
  assert.equal(strongestChain(g, 1, 99), null);
  assert.deepEqual(strongestChain(g, 1, 1), [1]);
});

test('My network and "How do I reach…" name the same introducer (sample network)', () => {
  const network = Network.create(':memory:', { sample: false });
  try {
    storeSample(network.db, { seed: 11, people: 120, interactions: 1500 });
    runScores(network.db);
    const overview = myNetwork(network.db);
    const me = overview.me?.personId as number;
    assert.ok(overview.introductions.length > 3);
    for (const intro of overview.introductions) {
      const path = reachPath(network.db, {}, me, intro.personId);
      assert.equal(path?.people.length, 3, `${intro.name} is two hops away`);
      assert.equal(path?.people[1]?.personId, intro.introducer?.personId, `introducer to ${intro.name}`);
      // Same strengths, computed a few milliseconds apart ("now" moves on: recency decay).
      assert.ok(Math.abs((path?.weakest ?? -1) - (intro.introducer?.strength ?? -2)) < 1e-6 * Math.max(1, intro.introducer?.strength ?? 0));
    }
    // Only among the people shown: without the introducer, another chain (or none).
    const first = overview.introductions[0];
    const everyone = loadGraphView(network.db, {}).nodes.map((n) => n.id);
    const without = reachPath(network.db, {}, me, first?.personId as number, everyone.filter((id) => id !== first?.introducer?.personId));
    assert.notEqual(without?.people[1]?.personId, first?.introducer?.personId);
  } finally {
    network.close();
  }
});
