// The picture shown while Cytoscape is built: where it puts people and ties, what it labels, and
// that its colours are the stylesheet's. Run by `npm run test:unit` under Node's test runner
// (renderer tests may import node:test and node:assert, nothing else of Node: eslint.config.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ElementDefinition } from 'cytoscape';
import { arrowSize, labelShown, pictureOf, tieWidth, toScreen } from './picture';
import { networkLook, networkStyle } from './style';

const person = (id: string, x: number, y: number, extra: Record<string, unknown> = {}): ElementDefinition => ({
  group: 'nodes',
  data: { id, label: `P${id}`, colour: '#0072B2', size: 20, fontSize: 11, isMe: false, ...extra },
  position: { x, y },
});
const tie = (source: string, target: string, weight: number, reciprocal: boolean): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}>${target}`, source, target, weight, reciprocal },
});

test('toScreen scales by the zoom, then moves by the pan (Cytoscape’s rendered position)', () => {
  assert.deepEqual(toScreen({ x: 10, y: -20 }, { zoom: 0.5, pan: { x: 100, y: 40 } }), { x: 105, y: 30 });
  assert.deepEqual(toScreen({ x: 0, y: 0 }, { zoom: 3, pan: { x: -7, y: 8 } }), { x: -7, y: 8 });
});

test('labels follow min-zoomed-font-size at the texture level Cytoscape draws at', () => {
  // zoom 0.22 → level 0.25: 11 × 0.25 = 2.75 < 8, not drawn.
  assert.equal(labelShown(11, 0.22, 1, 8), false);
  // zoom 0.6 → level 1: 11 ≥ 8 drawn, 7 < 8 not.
  assert.equal(labelShown(11, 0.6, 1, 8), true);
  assert.equal(labelShown(7, 0.6, 1, 8), false);
  // The pixel ratio raises the level: 0.6 × 2 → level 2, 7 × 2 = 14 ≥ 8.
  assert.equal(labelShown(7, 0.6, 2, 8), true);
  // Exactly a power of two: zoom 0.5 → level 0.5 (not 1), 11 × 0.5 = 5.5 < 8.
  assert.equal(labelShown(11, 0.5, 1, 8), false);
});

test('tie width is mapData(weight, 0, 10, 0.5, 4), clamped', () => {
  const look = networkLook(false, true).tie;
  assert.equal(tieWidth(0, look), 0.5);
  assert.equal(tieWidth(5, look), 2.25);
  assert.equal(tieWidth(10, look), 4);
  assert.equal(tieWidth(25, look), 4);
  assert.equal(tieWidth(-1, look), 0.5);
});

test('arrowheads are at least 29 × arrow-scale long (Cytoscape’s getArrowWidth)', () => {
  assert.equal(arrowSize(0.5, 0.5), 14.5);
  assert.equal(arrowSize(4, 1), Math.max(Math.pow(4 * 13.37, 0.9), 29));
});

test('people and ties land where the viewport puts them, in the look’s colours', () => {
  const viewport = { zoom: 2, pan: { x: 50, y: 10 } };
  const look = networkLook(false, true);
  const picture = pictureOf([person('1', 0, 0), person('2', 100, 50, { colour: '#E69F00', isMe: true }), tie('1', '2', 10, true), tie('2', '1', 0, false)], viewport, look, 1, null);
  assert.equal(picture.people.length, 2);
  const { label: firstLabel, ...first } = picture.people[0] ?? { label: null };
  const { label: secondLabel, ...second } = picture.people[1] ?? { label: null };
  assert.deepEqual(first, { at: { x: 50, y: 10 }, radius: 20, colour: '#0072B2', border: look.border * 2, borderColour: look.background });
  assert.deepEqual(second, { at: { x: 250, y: 110 }, radius: 20, colour: '#E69F00', border: look.meBorder * 2, borderColour: look.meColour });
  // Lean: centre to centre, no arrowheads, reciprocal ties darker.
  assert.deepEqual(picture.ties[0], { from: { x: 50, y: 10 }, to: { x: 250, y: 110 }, width: 8, colour: look.tie.reciprocalColour, dash: null, arrow: null });
  assert.deepEqual(picture.ties[1], { from: { x: 250, y: 110 }, to: { x: 50, y: 10 }, width: 1, colour: look.tie.colour, dash: null, arrow: null });
  assert.equal(picture.tieOpacity, look.tie.opacity);
  // zoom 2 → level 2: both 11-pixel labels drawn, under the person, the margin below.
  assert.deepEqual(firstLabel, { text: 'P1', at: { x: 50, y: 10 + 2 * (10 + look.labelMarginY) }, fontSize: 22, bold: false });
  assert.deepEqual(secondLabel, { text: 'P2', at: { x: 250, y: 110 + 2 * (10 + look.labelMarginY) }, fontSize: 22, bold: true });
});

test('the selected person wears the selection outline', () => {
  const look = networkLook(true, false);
  const picture = pictureOf([person('1', 0, 0, { isMe: true }), person('2', 40, 0)], { zoom: 1, pan: { x: 0, y: 0 } }, look, 1, '1');
  assert.equal(picture.people[0]?.borderColour, look.selectedColour);
  assert.equal(picture.people[0]?.border, look.selectedBorder);
  assert.equal(picture.people[1]?.borderColour, look.background);
});

test('full style: one-way ties dashed, outline to outline, the arrowhead’s tip on the recipient', () => {
  const look = networkLook(false, false);
  const picture = pictureOf([person('1', 0, 0), person('2', 100, 0), tie('1', '2', 0, false)], { zoom: 1, pan: { x: 0, y: 0 } }, look, 1, null);
  const pictured = picture.ties[0];
  assert.ok(pictured, 'one tie');
  const arrow = pictured.arrow;
  assert.ok(arrow, 'an arrowhead');
  assert.deepEqual(pictured.dash, look.tie.oneWayDash);
  const size = arrowSize(0.5, look.tie.arrowScale ?? 1);
  assert.deepEqual(arrow[0], { x: 90, y: 0 }); // the recipient's outline: centre 100, radius 10
  assert.deepEqual(pictured.to, { x: 90 - 0.3 * size, y: 0 }); // the line stops at the arrow's base
  assert.deepEqual(pictured.from, { x: 10, y: 0 }); // and starts at the sender's outline
  assert.ok(Math.abs(Math.abs(arrow[1].y) - 0.15 * size) < 1e-9, 'the arrow is 0.3 × size wide');
});

test('labels too small at the fitted zoom are left out, as Cytoscape leaves them out', () => {
  const look = networkLook(false, true);
  const picture = pictureOf([person('1', 0, 0), person('2', 10, 0, { fontSize: 7 })], { zoom: 0.6, pan: { x: 0, y: 0 } }, look, 1, null);
  assert.deepEqual(picture.people.map((p) => p.label?.text ?? null), ['P1', null]);
});

test('ties to people not in the picture are skipped, hostile names kept as text', () => {
  const name = '<img src=x onerror=alert(1)>\u202Egnp.exe';
  const picture = pictureOf([person('1', 0, 0, { label: name }), tie('1', '9', 1, false)], { zoom: 1, pan: { x: 0, y: 0 } }, networkLook(false, true), 1, null);
  assert.equal(picture.ties.length, 0);
  assert.equal(picture.people[0]?.label?.text, name);
});

test('the stylesheet is built from the same look as the picture', () => {
  for (const dark of [false, true]) {
    for (const lean of [false, true]) {
      const look = networkLook(dark, lean);
      const style = networkStyle(dark, lean) as Array<{ selector: string; style: Record<string, unknown> }>;
      const rule = (selector: string) => style.find((r) => r.selector === selector)?.style ?? {};
      assert.equal(rule('edge')['line-color'], look.tie.colour);
      assert.equal(rule('edge')['opacity'], look.tie.opacity);
      assert.equal(rule('edge')['width'], `mapData(weight, 0, ${look.tie.maxWeight}, ${look.tie.minWidth}, ${look.tie.maxWidth})`);
      if (lean) assert.equal(rule('edge[?reciprocal]')['line-color'], look.tie.reciprocalColour);
      else {
        assert.equal(look.tie.reciprocalColour, look.tie.colour);
        assert.deepEqual(rule('edge[!reciprocal]')['line-dash-pattern'], look.tie.oneWayDash);
        assert.equal(rule('edge')['arrow-scale'], look.tie.arrowScale);
      }
      assert.equal(rule('node')['border-color'], look.background);
      assert.equal(rule('node')['border-width'], look.border);
      assert.equal(rule('node')['min-zoomed-font-size'], look.minZoomedFontSize);
      assert.equal(rule('node')['text-margin-y'], look.labelMarginY);
      assert.equal(rule('node')['color'], look.text);
      assert.equal(rule('node[?isMe]')['border-color'], look.meColour);
      assert.equal(rule('node[?isMe]')['border-width'], look.meBorder);
      assert.equal(rule('node:selected')['border-color'], look.selectedColour);
    }
  }
});

