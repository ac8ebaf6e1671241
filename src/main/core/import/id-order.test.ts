// orderById: a native sort of packed keys that must agree with SQLite's (and JS's) string order
// wherever the packed prefixes differ, and keep copies of an id in one run, in file order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { orderById } from './id-order';

function check(ids: string[], rows: number[]): void {
  const order = orderById(ids, rows);
  assert.deepEqual([...order.rows].sort((a, b) => a - b), [...rows].sort((a, b) => a - b), 'a permutation of the rows');
  for (let k = 1; k < order.rows.length; k++) {
    const [a, b] = [order.rows[k - 1]!, order.rows[k]!];
    const [pa, pb] = [order.prefixOf(k - 1), order.prefixOf(k)];
    assert.ok(pa <= pb, 'prefixes ascend');
    if (pa < pb) assert.ok(ids[a]! < ids[b]!, `${ids[a]} before ${ids[b]}`);
    else assert.ok(a < b, 'rows of one prefix stay in file order');
  }
  // Copies of an id share a prefix, hence one run, where rows are in file order.
  const prefixOfId = new Map<string, number>();
  order.rows.forEach((row, k) => {
    const id = ids[row]!;
    if (!prefixOfId.has(id)) prefixOfId.set(id, order.prefixOf(k));
    else assert.equal(order.prefixOf(k), prefixOfId.get(id), `copies of ${id} share a prefix`);
  });
}

test('sha1-like ids come out in string order, copies together in file order', () => {
  const ids = ['csv:f3a1', 'csv:0b22', 'csv:f3a1', 'csv:9c00', 'csv:0b21', 'csv:f3a1', 'csv:0b2'];
  const order = orderById(ids, ids.map((_, i) => i));
  assert.deepEqual([...order.rows].map((r) => ids[r]), ['csv:0b2', 'csv:0b21', 'csv:0b22', 'csv:9c00', 'csv:f3a1', 'csv:f3a1', 'csv:f3a1']);
  assert.deepEqual([...order.rows].slice(4), [0, 2, 5]);
  check(ids, [0, 1, 2, 3, 4, 5, 6]);
});

test('only the rows asked for are ordered', () => {
  const ids = ['x:3', 'x:1', 'x:2', 'x:0'];
  assert.deepEqual([...orderById(ids, [0, 2]).rows], [2, 0]);
  assert.deepEqual([...orderById(ids, []).rows], []);
});

test('any ids (common prefixes, unicode, empty strings, repeats): string order across prefixes, file order within', () => {
  const id = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 1, maxLength: 40 }).map((h) => `csv:${h}`),
    fc.bigInt({ min: 0n, max: 10n ** 19n }).map((n) => `x:tweet:${n}:mention:7`),
  );
  fc.assert(
    fc.property(fc.array(id, { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 4 }), (distinct, copies) => {
      const ids = [...distinct, ...distinct.slice(0, copies)];
      check(ids, ids.map((_, i) => i));
    }),
    { numRuns: 2_000 },
  );
});

test('200,000 pseudo-random hex ids come out nearly all in string order', () => {
  const ids = Array.from({ length: 200_000 }, (_, i) => `csv:${((i * 2_654_435_761) >>> 0).toString(16).padStart(8, '0')}${i.toString(16)}`);
  const order = orderById(ids, ids.map((_, i) => i));
  let inversions = 0;
  for (let k = 1; k < order.rows.length; k++) if (ids[order.rows[k - 1]!]! > ids[order.rows[k]!]!) inversions++;
  // Ties on the packed prefix are rare with 200k random ids: nearly everything is in string order.
  assert.ok(inversions < 200, `${inversions} pairs out of string order`);
});
