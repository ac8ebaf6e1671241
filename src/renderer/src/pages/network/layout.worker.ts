// Runs the force-directed layout (fcose) on a headless Cytoscape in a Web Worker, so that the
// page stays responsive while it computes; the page applies the positions it posts back.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FCOSE_OPTIONS, type LayoutRequest, type LayoutResponse } from './layout-options';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges } = event.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size } })),
      ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, reciprocal: e.reciprocal } })),
    ],
  });
  const layout = cy.layout({ name: 'fcose', ...FCOSE_OPTIONS } as cytoscape.LayoutOptions);
  layout.one('layoutstop', () => {
    const positions: LayoutResponse = { positions: cy.nodes().map((n) => ({ id: n.id(), x: n.position('x'), y: n.position('y') })) };
    (self as unknown as Worker).postMessage(positions);
    cy.destroy();
  });
  layout.run();
};
