// Labels by level of detail: the most influential first, none overlapping, long names cut. Run by
// `npm run test:unit`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseLabels, LABEL_PX, MAX_LABEL_CHARS, shortName, type LabelCandidate } from './labels';

const person = (id: string, x: number, y: number, rank: number, name = `Person ${id}`, isMe = false): LabelCandidate => ({ id, name, x, y, size: 10, rank, isMe });
const identity = { zoom: 1, pan: { x: 0, y: 0 } };

test('two people close together: only the more influential one is named', () => {
  // "Jasmine Guérin" over "Hugo Fontaine": 8 model units apart.
  const labels = chooseLabels([person('hugo', 100, 100, 20, 'Hugo Fontaine'), person('jasmine', 104, 106, 55, 'Jasmine Guérin')], identity, 800, 600);
  assert.deepEqual([...labels.keys()], ['jasmine']);
  // Zoomed in 4×, there is room for both.
  assert.deepEqual([...chooseLabels([person('hugo', 100, 100, 20), person('jasmine', 104, 112, 55)], { zoom: 4, pan: { x: 0, y: 0 } }, 1600, 1200).keys()].sort(), ['hugo', 'jasmine']);
});

test('the owner is named first, whatever the scores', () => {
  const labels = chooseLabels([person('star', 100, 100, 99), person('me', 102, 103, 1, 'Me', true)], identity, 800, 600);
  assert.deepEqual([...labels.keys()], ['me']);
});

test('names stay readable on screen: the font size is LABEL_PX at the zoom chosen for', () => {
  const labels = chooseLabels([person('a', 10, 10, 1)], { zoom: 0.25, pan: { x: 0, y: 0 } }, 800, 600);
  assert.equal(labels.get('a')?.fontSize, LABEL_PX / 0.25);
});

test('people off screen are not named', () => {
  assert.equal(chooseLabels([person('a', 5000, 10, 1)], identity, 800, 600).size, 0);
});

test('written names never overlap (a crowded drawing)', () => {
  const crowd = Array.from({ length: 400 }, (_, i) => person(String(i), (i * 37) % 700, (i * 53) % 500, i % 17));
  const labels = chooseLabels(crowd, identity, 800, 600);
  assert.ok(labels.size > 10 && labels.size < 400);
  const boxes = [...labels.keys()].map((id) => {
    const p = crowd[Number(id)] as LabelCandidate;
    const w = Array.from(labels.get(id)?.text ?? '').length * LABEL_PX * 0.62;
    return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + 8, y2: p.y + 8 + LABEL_PX * 1.25 };
  });
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) assert.ok(!(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2));
});

test('a 300-character name is cut to MAX_LABEL_CHARS characters with an ellipsis', () => {
  const long = 'Ж'.repeat(300);
  const cut = shortName(long);
  assert.equal(Array.from(cut).length, MAX_LABEL_CHARS);
  assert.ok(cut.endsWith('…'));
  assert.equal(shortName('  Claire   Faure '), 'Claire Faure');
  // Emoji are one character each, never split in half.
  assert.equal(Array.from(shortName('👩‍💼'.repeat(40))).every((c) => c !== '\uFFFD'), true);
});
