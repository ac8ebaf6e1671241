// Names on the influence × audience map: the leaders (most influential first, then the largest
// audiences), each written beside its point where it overlaps no other name and no caption. Pure.

export interface MapPoint {
  id: number;
  name: string;
  x: number;
  y: number;
}

export interface MapLabel {
  id: number;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const FONT = 12;
const CHAR = 0.56 * FONT;
const MAX_CHARS = 22;

const cut = (name: string) => {
  const chars = Array.from(name);
  return chars.length <= MAX_CHARS ? name : `${chars.slice(0, MAX_CHARS - 1).join('').trimEnd()}…`;
};

/** Up to `limit` names for `leaders` (in order of priority), inside `area`, away from `avoid`. */
export function placeMapLabels(leaders: readonly MapPoint[], area: Box, avoid: readonly Box[], limit = 10): MapLabel[] {
  const taken: Box[] = [...avoid];
  const labels: MapLabel[] = [];
  const free = (b: Box) => b.x1 >= area.x1 && b.x2 <= area.x2 && b.y1 >= area.y1 && b.y2 <= area.y2 && !taken.some((t) => b.x1 < t.x2 && t.x1 < b.x2 && b.y1 < t.y2 && t.y1 < b.y2);
  for (const p of leaders) {
    if (labels.length >= limit) break;
    const text = cut(p.name);
    const w = Array.from(text).length * CHAR;
    // Right of the point, then left, then above right, then below right.
    const tries: Array<[number, number, 'start' | 'end']> = [[p.x + 8, p.y + 4, 'start'], [p.x - 8, p.y + 4, 'end'], [p.x + 6, p.y - 9, 'start'], [p.x + 6, p.y + 17, 'start']];
    for (const [x, y, anchor] of tries) {
      const box = anchor === 'start' ? { x1: x - 2, y1: y - FONT, x2: x + w + 2, y2: y + 3 } : { x1: x - w - 2, y1: y - FONT, x2: x + 2, y2: y + 3 };
      if (!free(box)) continue;
      taken.push(box);
      labels.push({ id: p.id, text, x, y, anchor });
      break;
    }
  }
  return labels;
}
