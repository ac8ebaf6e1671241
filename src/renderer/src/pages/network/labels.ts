// Which names the Network view writes, by level of detail: at the current zoom, the most
// influential people first (the owner before anyone), each name only where it overlaps no name
// already written, at a size that stays readable on screen; long names are cut, the full name
// shows on hover. Pure: NetworkPage writes the result into the drawing's label data.
import type { Viewport } from './viewport';

export interface LabelCandidate {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Diameter, in model units. */
  size: number;
  /** Higher first: influence once scores exist, else partners. */
  rank: number;
  isMe: boolean;
}

export interface ChosenLabel {
  text: string;
  /** In model units: `LABEL_PX` on screen at the zoom it was chosen for. */
  fontSize: number;
}

/** On-screen size of a name, in CSS pixels. */
export const LABEL_PX = 12;
/** Longer names are cut (the full one shows on hover). */
export const MAX_LABEL_CHARS = 24;
/** Past this many names the drawing is a wall of text whatever the zoom. */
const MAX_LABELS = 160;
/** Without a way to measure (tests): a generous average advance per character, as a share of the size. */
const CHAR_WIDTH = 0.62;
/** Width in CSS pixels of `text` written at LABEL_PX (bold for the owner). */
export type MeasureText = (text: string, bold: boolean) => number;
export const estimateWidth: MeasureText = (text) => Array.from(text).length * LABEL_PX * CHAR_WIDTH;
const GAP = 3;

/** The name as written on the drawing: whole, or cut at MAX_LABEL_CHARS characters (not UTF-16 units). */
export function shortName(name: string): string {
  const chars = Array.from(name.replace(/\s+/g, ' ').trim());
  return chars.length <= MAX_LABEL_CHARS ? chars.join('') : `${chars.slice(0, MAX_LABEL_CHARS - 1).join('').trimEnd()}…`;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The labels to write for `viewport` over a `width` × `height` drawing; everyone else gets none. */
/** The stylesheet's label margin under a person and halo around a name, in model units (style.ts):
 * they grow with the zoom, the names' size does not. */
export interface LabelGeometry {
  marginY: number;
  outline: number;
}

export function chooseLabels(
  people: readonly LabelCandidate[],
  viewport: Viewport,
  width: number,
  height: number,
  measure: MeasureText = estimateWidth,
  geometry: LabelGeometry = { marginY: 3, outline: 1.5 },
): Map<string, ChosenLabel> {
  const { zoom, pan } = viewport;
  const chosen = new Map<string, ChosenLabel>();
  const ranked = [...people].sort((a, b) => Number(b.isMe) - Number(a.isMe) || b.rank - a.rank || a.name.localeCompare(b.name));
  // Boxes already taken, bucketed by a coarse grid so each test looks at a few neighbours.
  const cell = 120;
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x1 / cell); gx <= Math.floor(b.x2 / cell); gx++) for (let gy = Math.floor(b.y1 / cell); gy <= Math.floor(b.y2 / cell); gy++) keys.push(`${gx},${gy}`);
    return keys;
  };
  for (const p of ranked) {
    if (chosen.size >= MAX_LABELS) break;
    const sx = p.x * zoom + pan.x;
    const sy = p.y * zoom + pan.y;
    const radius = (p.size / 2) * zoom;
    if (sx < -radius || sy < -radius || sx > width + radius || sy > height + radius) continue; // off screen
    const text = shortName(p.name);
    if (text === '') continue;
    const halo = geometry.outline * zoom;
    const w = measure(text, p.isMe) + 2 * halo;
    const top = sy + radius + geometry.marginY * zoom - halo;
    const box = { x1: sx - w / 2 - GAP, y1: top - GAP, x2: sx + w / 2 + GAP, y2: top + LABEL_PX * 1.25 + 2 * halo + GAP };
    const keys = cells(box);
    if (keys.some((k) => grid.get(k)?.some((b) => overlaps(b, box)))) continue;
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
    chosen.set(p.id, { text, fontSize: LABEL_PX / zoom });
  }
  return chosen;
}
