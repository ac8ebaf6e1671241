import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { creatorRatio } from './creator-ratio';
import { influence, median, quadrant, quadrantName } from './influence';

describe('influence', () => {
  test('rescales min → 0 and max → 100 linearly', () => {
    assert.deepEqual([...influence(Float64Array.from([0.1, 0.3, 0.2, 0.4]))].map((x) => Math.round(x * 1e9) / 1e9), [0, 200 / 3, 100 / 3, 100].map((x) => Math.round(x * 1e9) / 1e9));
  });

  test('nobody stands out → everyone 0 (including float noise and a single person)', () => {
    assert.deepEqual([...influence(Float64Array.from([0.5, 0.5 + 1e-17, 0.5]))], [0, 0, 0]);
    assert.deepEqual([...influence(Float64Array.from([1]))], [0]);
    assert.deepEqual([...influence(new Float64Array(0))], []);
  });
});

describe('quadrant', () => {
  test('splits at the medians; equal to the median counts as low', () => {
    // influence median 50, audience median 10.
    const q = quadrant(Float64Array.from([100, 80, 50, 20, 0]), Float64Array.from([50, 0, 10, 1000, 10]));
    assert.deepEqual([...q.code].map(quadrantName), ['star', 'expert', 'peer', 'megaphone', 'peer']);
    assert.equal(q.influenceMedian, 50);
    assert.equal(q.audienceMedian, 10);
  });

  test('even count: mean of the middle pair; NaN → unknown and left out of the median', () => {
    assert.equal(median(Float64Array.from([4, 1, 3, 2])), 2.5);
    const q = quadrant(Float64Array.from([1, 2, 3, 4, 9]), Float64Array.from([0, 0, 5, 5, NaN]));
    assert.equal(q.audienceMedian, 2.5);
    assert.deepEqual([...q.code].map(quadrantName), ['peer', 'peer', 'megaphone', 'star', 'unknown']);
  });

  test('mostly-zero audiences are not "high audience"', () => {
    const q = quadrant(Float64Array.from([0, 10, 20, 30]), Float64Array.from([0, 0, 0, 7]));
    assert.deepEqual([...q.code].map(quadrantName), ['peer', 'peer', 'expert', 'star']);
  });
});

describe('creatorRatio', () => {
  test('originals ÷ (originals + reposts), NaN when unknown or no posts', () => {
    const r = creatorRatio(Float64Array.from([3, 0, NaN, 0, 5]), Float64Array.from([1, 4, 2, 0, NaN]));
    assert.deepEqual([...r], [0.75, 0, NaN, NaN, NaN]);
    assert.throws(() => creatorRatio(Float64Array.from([-1]), Float64Array.from([0])), /negative/);
  });
});
