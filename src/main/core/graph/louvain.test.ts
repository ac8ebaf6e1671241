import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csrFromTriples } from './csr';
import { louvain, modularity } from './louvain';
import { assertScoresClose, FIXTURES, loadFixture, loadJson } from './testing';

describe('modularity equals networkx community.modularity on the summed undirected graph', () => {
  for (const name of FIXTURES) {
    test(name, () => {
      const f = loadFixture(name);
      for (const run of f.louvain) {
        assertScoresClose([modularity(f.graph, Int32Array.from(run.community))], [run.modularity], `seed ${run.seed}`);
      }
    });
  }
});

describe('louvain', () => {
  for (const name of FIXTURES) {
    test(`${name}: Q ≥ the best of networkx louvain_communities over seeds 1..10`, () => {
      const f = loadFixture(name);
      const r = louvain(f.graph); // DEFAULTS (10 trials at this size)
      const best = Math.max(...f.louvain.map((x) => x.modularity));
      assert.ok(r.modularity >= best - 1e-12, `ours ${r.modularity} < networkx ${best}`);
      assertScoresClose([r.modularity], [modularity(f.graph, r.community)], 'reported Q');
      assert.equal(new Set(r.community).size, r.communityCount);
    });
  }

  test("karate: communities refine the two clubs as well as networkx's best seed", () => {
    const clubs = loadJson<{ club: string[] }>('karate-clubs.json').club;
    // People whose club differs from the majority club of their community.
    const misplaced = (community: ArrayLike<number>): number => {
      const counts = new Map<number, Map<string, number>>();
      clubs.forEach((club, i) => {
        const c = counts.get(community[i]!) ?? new Map<string, number>();
        c.set(club, (c.get(club) ?? 0) + 1);
        counts.set(community[i]!, c);
      });
      let bad = 0;
      for (const c of counts.values()) bad += [...c.values()].reduce((a, b) => a + b) - Math.max(...c.values());
      return bad;
    };
    for (const name of ['karate', 'karate-weighted'] as const) {
      const f = loadFixture(name);
      const ours = louvain(f.graph).community;
      const nxBest = Math.min(...f.louvain.map((x) => misplaced(x.community)));
      assert.ok(misplaced(ours) <= nxBest, `${name}: ${misplaced(ours)} misplaced vs networkx's ${nxBest}`);
      // A refinement, not a merge: each club is the majority of at least one community.
      const majority = new Set<string>();
      for (const c of new Set(ours)) {
        const members = clubs.filter((_, i) => ours[i] === c);
        const officer = members.filter((x) => x === 'Officer').length;
        majority.add(officer * 2 > members.length ? 'Officer' : 'Mr. Hi');
      }
      assert.deepEqual([...majority].sort(), ['Mr. Hi', 'Officer']);
    }
  });

  test('is deterministic, labels by decreasing size, and finds two obvious cliques', () => {
    const edges: Array<[number, number]> = [];
    for (const group of [[0, 1, 2, 3], [4, 5, 6, 7, 8]]) {
      for (const a of group) for (const b of group) if (a < b) edges.push([a, b]);
    }
    edges.push([3, 4]);
    const g = csrFromTriples(10, edges); // 9 is isolated
    const a = louvain(g, { seed: 3 });
    assert.deepEqual(a, louvain(g, { seed: 3 }));
    assert.deepEqual([...a.community], [1, 1, 1, 1, 0, 0, 0, 0, 0, 2]);
    assert.ok(Number.isNaN(louvain(csrFromTriples(3, [])).modularity));
    assert.throws(() => louvain(g, { resolution: 0 }), /resolution/);
  });
});
