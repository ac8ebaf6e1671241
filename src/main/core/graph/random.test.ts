import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sampleWithoutReplacement, seededRandom } from './random';

describe('seeded sampling', () => {
  test('same seed, same sample; distinct sorted values in range', () => {
    const a = sampleWithoutReplacement(1000, 100, 7);
    assert.deepEqual(a, sampleWithoutReplacement(1000, 100, 7));
    assert.notDeepEqual(a, sampleWithoutReplacement(1000, 100, 8));
    assert.equal(new Set(a).size, 100);
    for (let i = 1; i < a.length; i++) assert.ok(a[i - 1]! < a[i]!);
    assert.ok(a[0]! >= 0 && a.at(-1)! < 1000);
    assert.equal(sampleWithoutReplacement(5, 10, 1).length, 5);
  });

  test('is roughly uniform: every value picked near k/n of the time', () => {
    const counts = new Float64Array(20);
    for (let seed = 0; seed < 2000; seed++) for (const v of sampleWithoutReplacement(20, 5, seed)) counts[v]!++;
    for (const c of counts) assert.ok(Math.abs(c - 500) < 100, `count ${c}`); // 500 ± ~5σ
    const r = seededRandom(1);
    let mean = 0;
    for (let i = 0; i < 10_000; i++) mean += r() / 10_000;
    assert.ok(Math.abs(mean - 0.5) < 0.02);
  });
});
