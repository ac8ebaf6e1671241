// Keeps the Cytoscape graph in step with the data: diffs nodes and edges by id and applies the
// change in one batch (react-cytoscapejs's approach), so a new window or filter never rebuilds
// the drawing nor loses the layout.
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode, GraphView } from '../../../../shared/domain';
import { ROLE_COLOURS } from '../../roles';
import { partnersSize } from './appearance';
import { LABEL_PX } from './labels';

export const edgeId = (e: Pick<GraphEdge, 'source' | 'target'>) => `${e.source}>${e.target}`;

/** How many people each person interacts with, either way (as appearance.ts sizes them). */
function partnerCounts(view: GraphView): Map<number, number> {
  const partners = new Map<number, Set<number>>();
  const add = (a: number, b: number) => {
    const set = partners.get(a);
    if (set) set.add(b);
    else partners.set(a, new Set([b]));
  };
  for (const e of view.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  return new Map([...partners].map(([id, set]) => [id, set.size]));
}

/** `label` and `fontSize` are what the drawing writes: chosen by level of detail (labels.ts) and
 * set by NetworkPage for the current zoom; `name` is the full name (shown on hover). */
function nodeData(n: GraphNode, partners: number) {
  return {
    id: String(n.id),
    name: n.name,
    label: '',
    role: n.role,
    colour: ROLE_COLOURS[n.role],
    size: partnersSize(partners),
    isMe: n.isMe,
    // An account known only as a follower or following ("show audience"): drawn apart, no person.
    audience: n.id < 0,
    organisation: n.organisation ?? '',
    fontSize: LABEL_PX,
  };
}

/** The node data that comes from the graph itself (not from the appearance chosen nor the zoom). */
function ownData(n: GraphNode) {
  const { size: _size, colour: _colour, label: _label, fontSize: _fontSize, ...own } = nodeData(n, 0);
  return own;
}

/** Whether writing `next` would change anything: a write restyles the element and drops its cached
 * textures, so a new time window only touches the people and ties it really changes. */
function changed(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).some(([key, value]) => current[key] !== value);
}

function edgeData(e: GraphEdge) {
  return { id: edgeId(e), source: String(e.source), target: String(e.target), weight: e.weight, reciprocal: e.reciprocal, strength: e.strength, audience: e.source < 0 || e.target < 0 };
}

export function toElements(view: GraphView): ElementDefinition[] {
  const partners = partnerCounts(view);
  return [
    ...view.nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: nodeData(n, partners.get(n.id) ?? 0),
      ...(n.x !== undefined && n.y !== undefined ? { position: { x: n.x, y: n.y } } : {}),
    })),
    ...view.edges.map((e): ElementDefinition => ({ group: 'edges', data: edgeData(e) })),
  ];
}

/** Applies `view` to `cy`: removes what left, adds what came, updates what changed. Returns counts. */
export function syncElements(cy: Core, view: GraphView): { added: number; removed: number; updated: number } {
  const partners = partnerCounts(view);
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
      if (el.empty()) fresh.push({ group: 'nodes', data: nodeData(n, partners.get(n.id) ?? 0), position: { x: n.x ?? 0, y: n.y ?? 0 } });
      else if (changed(el.data() as Record<string, unknown>, ownData(n))) {
        // Size and colour belong to restyle(), labels to NetworkPage's relabel(): not reset here.
        el.data(ownData(n));
        updated++;
      }
    }
    for (const e of view.edges) {
      const el = cy.getElementById(edgeId(e));
      if (el.empty()) fresh.push({ group: 'edges', data: edgeData(e) });
      else if (changed(el.data() as Record<string, unknown>, edgeData(e))) {
        el.data(edgeData(e));
        updated++;
      }
    }
    added = fresh.length;
    if (fresh.length) cy.add(fresh);
  });
  return { added, removed, updated };
}
