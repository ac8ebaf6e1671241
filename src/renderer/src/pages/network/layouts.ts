// The three layouts of the Network view: force-directed (fcose, in a worker), concentric by the
// chosen score, and grouped by community. Positions are saved in the network file afterwards.
import type { Core } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from './layout-options';

export type LayoutKind = 'force' | 'concentric' | 'communities';

/** Runs fcose off the page's thread; resolves once positions are applied. */
export function forceLayout(cy: Core): Promise<void> {
  const request: LayoutRequest = {
    nodes: cy.nodes().map((n) => ({ id: n.id(), size: n.data('size') as number })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), reciprocal: Boolean(e.data('reciprocal')) })),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      cy.batch(() => {
        for (const p of event.data.positions) cy.getElementById(p.id).position({ x: p.x, y: p.y });
      });
      worker.terminate();
      resolve();
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(new Error(error.message));
    };
    worker.postMessage(request);
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
