// Cytoscape.js, loaded apart from the app's own code: it is two thirds of the bundle (1.1 of
// 1.8 MB), and neither the app's start, nor the graph's request, nor the picture shown while the
// drawing is built (picture.ts) needs it. Asked for as the app starts; extensions registered once.
import type cytoscape from 'cytoscape';

let loading: Promise<typeof cytoscape> | null = null;

export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(([core, svg]) => {
    core.default.use(svg.default); // cy.svg() for the SVG export (export.ts)
    return core.default;
  });
  return loading;
}
