// Fitting the view to the people from their positions and sizes alone. cy.fit() asks every
// element for its bounding box, which makes Cytoscape compute every label's dimensions and every
// edge's geometry first: 1.6 s of the 7.2 s first paint of 2,000 people / 8,000 ties
// (bench/render.bench.ts --profile, a 2-core machine), twice over with the preset layout's own fit.
import type { Core } from 'cytoscape';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

interface Placed {
  x: number;
  y: number;
  /** Diameter, in model units. */
  size: number;
}

/** The zoom and pan that show every person inside `width` × `height` less `padding` on each side. */
export function fittedViewport(people: Iterable<Placed>, width: number, height: number, padding: number, minZoom: number, maxZoom: number): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of people) {
    const r = p.size / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  if (!Number.isFinite(x1) || width <= 2 * padding || height <= 2 * padding) return null;
  const w = Math.max(x2 - x1, 1e-6);
  const h = Math.max(y2 - y1, 1e-6);
  const zoom = Math.min(maxZoom, Math.max(minZoom, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h)));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

/** cy.fit() over the people shown, without bounding boxes (see above). */
export function fitToPeople(cy: Core, padding = 30): void {
  const shown = cy.nodes().filter((n) => !n.hasClass('hidden'));
  const people = (shown.empty() ? cy.nodes() : shown).map((n) => ({ x: n.position('x'), y: n.position('y'), size: Number(n.data('size')) || 0 }));
  const viewport = fittedViewport(people, cy.width(), cy.height(), padding, cy.minZoom(), cy.maxZoom());
  if (viewport) cy.viewport(viewport);
}
