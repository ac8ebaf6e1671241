import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { buildCsr, csrFromTriples, edgeWeight, GraphInputError } from './csr';
import type { Adjacency } from './csr';

function lists(adj: Adjacency): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (let u = 0; u + 1 < adj.offsets.length; u++) {
    const row: Array<[number, number]> = [];
    for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) row.push([adj.neighbours[e]!, adj.weights[e]!]);
    out.push(row);
  }
  return out;
}

describe('buildCsr', () => {
  test('merges parallel edges, drops self-loops and zero weights, sorts neighbours', () => {
    const g = csrFromTriples(4, [
      [0, 2, 1],
      [0, 1, 2],
      [0, 2, 0.5],
      [1, 1, 9],
      [2, 0, 3],
      [3, 0, 0],
    ]);
    assert.equal(g.edgeCount, 3);
    assert.deepEqual(lists(g.outgoing), [[[1, 2], [2, 1.5]], [], [[0, 3]], []]);
    assert.deepEqual(lists(g.incoming), [[[2, 3]], [[0, 2]], [[0, 1.5]], []]);
    // Mutual weight: 0–2 is 1.5 + 3.
    assert.deepEqual(lists(g.undirected), [[[1, 2], [2, 4.5]], [[0, 2]], [[0, 4.5]], []]);
    assert.deepEqual([...g.outWeight], [3.5, 0, 3, 0]);
    assert.deepEqual([...g.inWeight], [3, 2, 1.5, 0]);
    assert.equal(edgeWeight(g, 0, 2), 1.5);
    assert.equal(edgeWeight(g, 2, 1), 0);
  });

  test('rejects bad input with a message naming the edge', () => {
    assert.throws(() => csrFromTriples(2, [[0, 2, 1]]), /edge 0: node index 2 is outside 0..1/);
    assert.throws(() => csrFromTriples(2, [[0, 1, -1]]), GraphInputError);
    assert.throws(() => csrFromTriples(2, [[0, 1, NaN]]), /weight must be finite/);
    assert.throws(
      () => buildCsr({ nodeCount: 2, source: new Int32Array(1), target: new Int32Array(2), weight: new Float64Array(1) }),
      /same length/,
    );
    assert.throws(() => csrFromTriples(-1, []), /nodeCount/);
  });

  test('agrees with a naive map-based build on random multigraphs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 0, max: 4 })), { maxLength: 60 }),
          ),
        ),
        ([n, edges]) => {
          const g = csrFromTriples(n, edges);
          const naive = new Map<string, number>();
          for (const [s, t, w] of edges) if (s !== t) naive.set(`${s},${t}`, (naive.get(`${s},${t}`) ?? 0) + w);
          for (const [k, w] of [...naive]) if (w === 0) naive.delete(k);
          assert.equal(g.edgeCount, naive.size);
          for (let u = 0; u < n; u++) {
            for (let v = 0; v < n; v++) {
              const w = naive.get(`${u},${v}`) ?? 0;
              assert.equal(edgeWeight(g, u, v), w);
              const undirected = lists(g.undirected)[u]!.find(([x]) => x === v)?.[1] ?? 0;
              assert.equal(undirected, w + (naive.get(`${v},${u}`) ?? 0));
            }
          }
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('buildCsr at 100k people / 1M ties', () => {
  test('stays well under 100 MB of typed arrays', () => {
    const n = 100_000;
    const m = 1_000_000;
    const source = new Int32Array(m);
    const target = new Int32Array(m);
    const weight = new Float64Array(m).fill(1);
    let x = 12345;
    for (let e = 0; e < m; e++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      source[e] = x % n;
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      target[e] = x % n;
    }
    const g = buildCsr({ nodeCount: n, source, target, weight });
    assert.ok(g.edgeCount > 0.99 * m);
    const bytes = [g.outgoing, g.incoming, g.undirected].reduce(
      (s, a) => s + a.offsets.byteLength + a.neighbours.byteLength + a.weights.byteLength,
      g.outWeight.byteLength + g.inWeight.byteLength,
    );
    assert.ok(bytes < 70e6, `${(bytes / 1e6).toFixed(1)} MB`);
  });
});
