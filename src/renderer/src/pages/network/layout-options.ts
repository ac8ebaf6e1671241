// Layout parameters shared by the page and the layout worker.
import type cytoscape from 'cytoscape';

export interface LayoutRequest {
  nodes: Array<{ id: string; size: number }>;
  edges: Array<{ id: string; source: string; target: string; reciprocal: boolean }>;
}

export interface LayoutResponse {
  positions: Array<{ id: string; x: number; y: number }>;
}

/** Tuned on the sample network (300 people, 4k ties): reciprocal ties pull harder than one-way
 * ones, so mutual relationships form the clusters, and isolates are not flung far away. */
export const FCOSE_OPTIONS = {
  quality: 'default',
  randomize: true,
  animate: false,
  nodeRepulsion: () => 30000,
  idealEdgeLength: (edge: cytoscape.EdgeSingular) => (edge.data('reciprocal') ? 70 : 160),
  edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.data('reciprocal') ? 0.45 : 0.08),
  gravity: 0.05,
  gravityRange: 5,
  nodeSeparation: 60,
  numIter: 3000,
  packComponents: true,
} as const;
