// Keeps the Cytoscape graph in step with the data: diffs nodes and edges by id and applies the
// change in one batch (react-cytoscapejs's approach), so a new window or filter never rebuilds
// the drawing nor loses the layout.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphView } from '../../../../shared/domain';
import { ROLE_COLOURS } from '../../roles';

/** Labels of the most connected people show at every zoom; the others appear as you zoom in. */
const ALWAYS_LABELLED = 40;

export const edgeId = (e: Pick<GraphEdge, 'source' | 'target'>) => `${e.source}>${e.target}`;

function nodeData(n: GraphNode, labelled: boolean) {
  return {
    id: String(n.id),
    label: n.name,
    role: n.role,
    colour: ROLE_COLOURS[n.role],
    size: 6 + 2.6 * Math.sqrt(n.inDegree + n.outDegree),
    isMe: n.isMe,
    organisation: n.organisation ?? '',
    fontSize: labelled || n.isMe ? 11 : 7,
  };
}

function edgeData(e: GraphEdge) {
  return { id: edgeId(e), source: String(e.source), target: String(e.target), weight: e.weight, reciprocal: e.reciprocal, strength: e.strength };
}

export function toElements(view: GraphView): ElementDefinition[] {
  const labelled = topLabelled(view);
  return [
    ...view.nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: nodeData(n, labelled.has(n.id)),
      ...(n.x !== undefined && n.y !== undefined ? { position: { x: n.x, y: n.y } } : {}),
    })),
    ...view.edges.map((e): ElementDefinition => ({ group: 'edges', data: edgeData(e) })),
  ];
}

function topLabelled(view: GraphView): Set<number> {
  const ranked = [...view.nodes].sort((a, b) => b.inDegree + b.outDegree - (a.inDegree + a.outDegree));
  return new Set(ranked.slice(0, ALWAYS_LABELLED).map((n) => n.id));
}

/** Applies `view` to `cy`: removes what left, adds what came, updates the rest. Returns counts. */
export function syncElements(cy: Core, view: GraphView): { added: number; removed: number; updated: number } {
  const labelled = topLabelled(view);
  const nodeIds = new Set(view.nodes.map((n) => String(n.id)));
  const edgeIds = new Set(view.edges.map(edgeId));
  let added = 0;
  let removed = 0;
  let updated = 0;
  cy.batch(() => {
    const gone = cy.elements().filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id())));
    removed = gone.length;
    cy.remove(gone);
    const fresh: ElementDefinition[] = [];
    for (const n of view.nodes) {
      const el = cy.getElementById(String(n.id));
      if (el.empty()) fresh.push({ group: 'nodes', data: nodeData(n, labelled.has(n.id)), position: { x: n.x ?? 0, y: n.y ?? 0 } });
      else {
        el.data(nodeData(n, labelled.has(n.id)));
        updated++;
      }
    }
    for (const e of view.edges) {
      const el = cy.getElementById(edgeId(e));
      if (el.empty()) fresh.push({ group: 'edges', data: edgeData(e) });
      else {
        el.data(edgeData(e));
        updated++;
      }
    }
    added = fresh.length;
    if (fresh.length) cy.add(fresh);
  });
  return { added, removed, updated };
}
