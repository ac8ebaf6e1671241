import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tieStrength } from './tie-strength';

const DAY = 86_400_000;
const asOf = Date.UTC(2025, 0, 1);

function close(a: number, b: number): void {
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);
}

describe('tieStrength', () => {
  test('sums both directions with half-life decay and co-attendance', () => {
    const r = tieStrength(
      4,
      {
        source: Int32Array.from([0, 1, 2, 0]),
        target: Int32Array.from([1, 0, 0, 1]),
        at: Float64Array.from([asOf, asOf - 180 * DAY, asOf - 360 * DAY, asOf + DAY]),
        weight: Float64Array.from([1, 0.5, 2, 1]),
      },
      // Event 0 a year ago with 0, 1 and 3 (3 listed twice: counted once).
      { person: Int32Array.from([0, 1, 3, 3]), event: Int32Array.from([0, 0, 0, 0]), eventAt: Float64Array.from([asOf - 360 * DAY]) },
      { asOf },
    );
    assert.deepEqual([...r.a], [0, 0, 0, 1]);
    assert.deepEqual([...r.b], [1, 2, 3, 3]);
    close(r.strength[0]!, 1 + 0.5 * 0.5 + 0.25); // today, half-life ago, event 2 half-lives ago
    close(r.strength[1]!, 2 * 0.25);
    close(r.strength[2]!, 0.25);
    close(r.strength[3]!, 0.25);
    assert.equal(r.skippedFuture, 1);
  });

  test('half-life and co-attendance weight are configurable; undated items are counted', () => {
    const r = tieStrength(
      3,
      { source: Int32Array.from([0, 0]), target: Int32Array.from([1, 2]), at: Float64Array.from([asOf - 30 * DAY, NaN]) },
      { person: Int32Array.from([1, 2]), event: Int32Array.from([0, 0]), eventAt: Float64Array.from([asOf]) },
      { asOf, halfLifeDays: 30, coAttendanceWeight: 3 },
    );
    assert.deepEqual([...r.a, ...r.b], [0, 1, 1, 2]);
    close(r.strength[0]!, 0.5);
    close(r.strength[1]!, 3);
    assert.equal(r.skippedUndated, 1);
  });

  test('events above maxEventSize add nothing', () => {
    const r = tieStrength(
      3,
      { source: new Int32Array(0), target: new Int32Array(0), at: new Float64Array(0) },
      { person: Int32Array.from([0, 1, 2]), event: Int32Array.from([0, 0, 0]), eventAt: Float64Array.from([asOf]) },
      { asOf, maxEventSize: 2 },
    );
    assert.equal(r.strength.length, 0);
    assert.equal(r.skippedLargeEvents, 1);
  });

  test('rejects bad input', () => {
    const none = { source: new Int32Array(0), target: new Int32Array(0), at: new Float64Array(0) };
    assert.throws(() => tieStrength(2, none, null, { asOf: NaN }), /asOf/);
    assert.throws(() => tieStrength(2, none, null, { asOf, halfLifeDays: 0 }), /halfLifeDays/);
    assert.throws(
      () => tieStrength(2, { source: Int32Array.from([0]), target: Int32Array.from([5]), at: Float64Array.from([asOf]) }, null, { asOf }),
      /interaction 0: person 5 is outside 0..1/,
    );
  });
});
