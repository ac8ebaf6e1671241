// Names of the leaders on the influence × audience map: never over each other nor over a caption.
// Run by `npm run test:unit`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeMapLabels } from './map-labels';

const area = { x1: 0, y1: 0, x2: 600, y2: 400 };

test('leaders are named in order, beside their point, without overlapping', () => {
  const leaders = [
    { id: 1, name: 'Claire Faure', x: 300, y: 100 },
    { id: 2, name: 'Hugo Fontaine', x: 302, y: 104 },
    { id: 3, name: 'Jasmine Guérin', x: 100, y: 300 },
  ];
  const labels = placeMapLabels(leaders, area, []);
  assert.deepEqual(labels.map((l) => l.id), [1, 2, 3]);
  assert.deepEqual(labels[0], { id: 1, text: 'Claire Faure', x: 308, y: 104, anchor: 'start' });
  // Hugo's point is 4 px away: his name goes to the left instead of over Claire's.
  assert.equal(labels[1]?.anchor, 'end');
});

test('nothing over a caption nor outside the chart; long names cut', () => {
  const caption = { x1: 0, y1: 0, x2: 600, y2: 40 };
  const labels = placeMapLabels([{ id: 1, name: 'A'.repeat(80), x: 590, y: 20 }, { id: 2, name: 'B', x: 100, y: 45 }], area, [caption]);
  assert.ok(labels.every((l) => l.y - 12 >= 40), JSON.stringify(labels));
  assert.ok(labels.every((l) => Array.from(l.text).length <= 22));
});
