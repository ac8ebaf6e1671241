// The picture of a network shown while Cytoscape is built: what Cytoscape will draw from the same
// elements, positions, viewport and look (style.ts), as screen shapes. Cytoscape needs seconds to
// construct, style and first draw thousands of people on a machine without a GPU; this takes
// milliseconds. Pure: picture-paint.ts puts it on a canvas.
import type { ElementDefinition } from 'cytoscape';
import type { NetworkLook } from './style';
import type { Viewport } from './viewport';

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface PicturedTie {
  /** Where the line starts: the sender's centre, or their outline when the tie has an arrowhead. */
  from: ScreenPoint;
  /** Where the line stops: the recipient's centre, or the base of the arrowhead. */
  to: ScreenPoint;
  width: number;
  colour: string;
  dash: [number, number] | null;
  /** The arrowhead's three corners (tip first), when the look has arrowheads. */
  arrow: [ScreenPoint, ScreenPoint, ScreenPoint] | null;
}

export interface PicturedPerson {
  at: ScreenPoint;
  radius: number;
  colour: string;
  border: number;
  borderColour: string;
  /** Drawn right after the person, as Cytoscape does: people drawn later cover it. */
  label: PicturedLabel | null;
}

export interface PicturedLabel {
  text: string;
  /** The top centre of the text. */
  at: ScreenPoint;
  fontSize: number;
  bold: boolean;
}

export interface Picture {
  /** Drawn first, in order, each at the look's tie opacity (as Cytoscape draws them, one by one). */
  ties: PicturedTie[];
  tieOpacity: number;
  people: PicturedPerson[];
  labelColour: string;
  /** Screen width of the halo around labels. */
  labelOutline: number;
  labelOutlineColour: string;
}

/** Model → screen, as Cytoscape renders a position: scaled by the zoom, then moved by the pan. */
export function toScreen(p: ScreenPoint, viewport: Viewport): ScreenPoint {
  return { x: p.x * viewport.zoom + viewport.pan.x, y: p.y * viewport.zoom + viewport.pan.y };
}

/** Whether Cytoscape's canvas renderer draws a label of `fontSize` at `zoom`: it compares the size
 * at the zoom of its texture level (the next power of two of zoom × pixel ratio) with
 * min-zoomed-font-size (CRp.eleTextBiggerThanMin in Cytoscape.js 3.x). */
export function labelShown(fontSize: number, zoom: number, pixelRatio: number, minZoomedFontSize: number): boolean {
  const level = Math.pow(2, Math.ceil(Math.log2(zoom * pixelRatio)));
  return fontSize * level >= minZoomedFontSize;
}

/** A tie's width for its weight: Cytoscape's mapData, clamped to the range. */
export function tieWidth(weight: number, look: NetworkLook['tie']): number {
  const share = Math.min(1, Math.max(0, weight / look.maxWeight));
  return look.minWidth + share * (look.maxWidth - look.minWidth);
}

/** An arrowhead's length for a tie of `width` (Cytoscape's getArrowWidth). */
export function arrowSize(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale;
}

/** Cytoscape's triangle: tip on the recipient's outline, 0.3 × size long, 0.3 × size wide. */
const ARROW_LENGTH = 0.3;
const ARROW_HALF_WIDTH = 0.15;

interface Person {
  x: number;
  y: number;
  size: number;
}

export function pictureOf(elements: readonly ElementDefinition[], viewport: Viewport, look: NetworkLook, pixelRatio: number, selected: string | null): Picture {
  const { zoom } = viewport;
  const people = new Map<string, Person>();
  const pictured: PicturedPerson[] = [];
  for (const el of elements) {
    if (el.group !== 'nodes' || !el.position) continue;
    const d = el.data as Record<string, unknown>;
    const id = String(d['id']);
    const size = Number(d['size']);
    const person = { x: el.position.x, y: el.position.y, size };
    people.set(id, person);
    const at = toScreen(person, viewport);
    const isMe = d['isMe'] === true;
    // Later selectors win, as in the stylesheet: node, node[?isMe], node:selected.
    const border = id === selected ? look.selectedBorder : isMe ? look.meBorder : look.border;
    const borderColour = id === selected ? look.selectedColour : isMe ? look.meColour : look.background;
    const fontSize = Number(d['fontSize']);
    const text = String(d['label'] ?? '');
    const label = text !== '' && labelShown(fontSize, zoom, pixelRatio, look.minZoomedFontSize)
      ? { text, at: toScreen({ x: person.x, y: person.y + size / 2 + look.labelMarginY }, viewport), fontSize: fontSize * zoom, bold: isMe }
      : null;
    pictured.push({ at, radius: (size / 2) * zoom, colour: String(d['colour']), border: border * zoom, borderColour, label });
  }
  const ties: PicturedTie[] = [];
  for (const el of elements) {
    if (el.group !== 'edges') continue;
    const d = el.data as Record<string, unknown>;
    const source = people.get(String(d['source']));
    const target = people.get(String(d['target']));
    if (!source || !target) continue;
    const reciprocal = d['reciprocal'] === true;
    const width = tieWidth(Number(d['weight']), look.tie);
    const colour = reciprocal ? look.tie.reciprocalColour : look.tie.colour;
    const dash = reciprocal || !look.tie.oneWayDash ? null : [look.tie.oneWayDash[0] * zoom, look.tie.oneWayDash[1] * zoom] as [number, number];
    let from: ScreenPoint = toScreen(source, viewport);
    let to: ScreenPoint = toScreen(target, viewport);
    let arrow: PicturedTie['arrow'] = null;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy);
    if (look.tie.arrowScale !== null && length > (source.size + target.size) / 2) {
      // The full style's straight ties run from the sender's outline (where their dashes start)
      // to the arrowhead's base.
      const ux = dx / length;
      const uy = dy / length;
      from = toScreen({ x: source.x + ux * (source.size / 2), y: source.y + uy * (source.size / 2) }, viewport);
      const size = arrowSize(width, look.tie.arrowScale);
      const tip = { x: target.x - ux * (target.size / 2), y: target.y - uy * (target.size / 2) };
      const base = { x: tip.x - ux * size * ARROW_LENGTH, y: tip.y - uy * size * ARROW_LENGTH };
      const side = { x: -uy * size * ARROW_HALF_WIDTH, y: ux * size * ARROW_HALF_WIDTH };
      arrow = [toScreen(tip, viewport), toScreen({ x: base.x + side.x, y: base.y + side.y }, viewport), toScreen({ x: base.x - side.x, y: base.y - side.y }, viewport)];
      to = toScreen(base, viewport);
    }
    ties.push({ from, to, width: width * zoom, colour, dash, arrow });
  }
  return {
    ties,
    tieOpacity: look.tie.opacity,
    people: pictured,
    labelColour: look.text,
    labelOutline: 2 * look.labelOutline * zoom,
    labelOutlineColour: look.background,
  };
}
