// The layouts of the Network view: force-directed (ForceAtlas2, in a worker, incremental), rings
// around the owner for ego networks, concentric by the chosen score, and grouped by community.
// Positions are saved in the network file afterwards.
import type { Core } from 'cytoscape';
import type { GraphView } from '../../../../shared/domain';
import { egoLayout, type EgoPerson, type EgoTie } from './ego-layout';
import type { LayoutPerson, Placed } from './force-atlas';
import type { LayoutRequest, LayoutResponse } from './layout-options';

export type LayoutKind = 'force' | 'rings' | 'concentric' | 'communities';

/** The layout stopped because the view went away (or a newer layout replaced it). */
export class LayoutAborted extends Error {
  constructor() {
    super('layout aborted');
  }
}

/** Runs ForceAtlas2 in a worker; the worker is ended when `signal` aborts. */
export function runForceLayout(request: LayoutRequest, signal: AbortSignal): Promise<LayoutResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new LayoutAborted());
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const abort = () => {
      worker.terminate();
      reject(new LayoutAborted());
    };
    signal.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      signal.removeEventListener('abort', abort);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (error) => {
      signal.removeEventListener('abort', abort);
      worker.terminate();
      reject(new Error(error.message));
    };
    worker.postMessage(request);
  });
}

export const egoPeople = (view: GraphView): EgoPerson[] =>
  view.nodes.map((n) => ({ id: String(n.id), isMe: n.isMe, role: n.role, organisation: n.organisation ?? '' }));
export const egoTies = (view: GraphView): EgoTie[] => view.edges.map((e) => ({ source: String(e.source), target: String(e.target), strength: e.strength }));

/**
 * Positions for the people of `view` who have none — the first open, or newcomers after an import:
 * people already placed keep their place; newcomers settle near their ties (ForceAtlas2 with the
 * others fixed), or on their ring and sector in an ego network. Returns only the new positions.
 */
export async function placeNewcomers(view: GraphView, kind: 'force' | 'rings', size: (id: number) => number, signal: AbortSignal): Promise<{ placed: Placed[]; ms: number }> {
  const missing = new Set(view.nodes.filter((n) => n.x === undefined || n.y === undefined).map((n) => String(n.id)));
  if (missing.size === 0) return { placed: [], ms: 0 };
  if (kind === 'rings') {
    const start = performance.now();
    const placed = egoLayout(egoPeople(view), egoTies(view)).positions.filter((p) => missing.has(p.id));
    return { placed, ms: performance.now() - start };
  }
  const people: LayoutPerson[] = view.nodes.map((n) => ({ id: String(n.id), size: size(n.id), ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}) }));
  const ties = view.edges.map((e) => ({ source: String(e.source), target: String(e.target), reciprocal: e.reciprocal }));
  const { positions, ms } = await runForceLayout({ people, ties, incremental: true }, signal);
  return { placed: positions.filter((p) => missing.has(p.id)), ms };
}

/** Lays out everyone again with ForceAtlas2 (the current positions as a start); resolves once applied. */
export async function forceLayout(cy: Core, signal: AbortSignal): Promise<void> {
  const request: LayoutRequest = {
    people: cy.nodes().map((n) => ({ id: n.id(), size: Number(n.data('size')), x: n.position('x'), y: n.position('y') })),
    ties: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), reciprocal: Boolean(e.data('reciprocal')) })),
    incremental: false,
  };
  const { positions } = await runForceLayout(request, signal);
  if (signal.aborted || cy.destroyed()) throw new LayoutAborted();
  apply(cy, positions);
}

/** Rings around the owner by tie strength, sectors by role or organisation (ego-layout.ts). */
export function ringsLayout(cy: Core, view: GraphView): Promise<void> {
  apply(cy, egoLayout(egoPeople(view), egoTies(view)).positions);
  return Promise.resolve();
}

function apply(cy: Core, positions: readonly Placed[]): void {
  cy.batch(() => {
    for (const p of positions) cy.getElementById(p.id).position({ x: p.x, y: p.y });
  });
}

/** Rings by score: the highest in the middle. */
export function concentricLayout(cy: Core, score: (id: string) => number): Promise<void> {
  const layout = cy.layout({
    name: 'concentric',
    concentric: (node: cytoscape.NodeSingular) => score(node.id()),
    levelWidth: () => Math.max(1e-9, maxOf(cy, score) / 8),
    minNodeSpacing: 6,
    animate: false,
  } as cytoscape.LayoutOptions);
  return runSync(layout);
}

function maxOf(cy: Core, score: (id: string) => number): number {
  return Math.max(1e-9, ...cy.nodes().map((n) => score(n.id())));
}

/** Each community on its own disc, discs around a circle, members by score from the centre out. */
export function communityLayout(cy: Core, communityOf: (id: string) => number, score: (id: string) => number): Promise<void> {
  const groups = new Map<number, string[]>();
  cy.nodes().forEach((n) => {
    const c = communityOf(n.id());
    groups.set(c, [...(groups.get(c) ?? []), n.id()]);
  });
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const spacing = 22;
  const radii = ordered.map(([, members]) => spacing * Math.sqrt(members.length) * 1.1);
  const ring = Math.max(200, (radii.reduce((s, r) => s + r, 0) * 2.2) / (2 * Math.PI));
  cy.batch(() => {
    ordered.forEach(([, members], g) => {
      const angle = (2 * Math.PI * g) / ordered.length;
      const cx = ordered.length === 1 ? 0 : ring * Math.cos(angle);
      const cyy = ordered.length === 1 ? 0 : ring * Math.sin(angle);
      members.sort((a, b) => score(b) - score(a));
      // Sunflower (Vogel) spiral: even density, most important at the centre.
      members.forEach((id, k) => {
        const r = spacing * Math.sqrt(k + 0.5);
        const theta = k * 2.399963229728653;
        cy.getElementById(id).position({ x: cx + r * Math.cos(theta), y: cyy + r * Math.sin(theta) });
      });
    });
  });
  return Promise.resolve();
}

function runSync(layout: cytoscape.Layouts): Promise<void> {
  return new Promise((resolve) => {
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
