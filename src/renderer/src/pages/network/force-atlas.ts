// The force-directed layout of the Network view: ForceAtlas2 (Jacomy et al., "ForceAtlas2, a
// continuous graph layout algorithm", PLoS ONE 2014) through graphology-layout-forceatlas2, with
// Barnes–Hut above a few hundred people. Pure (no DOM): run by layout.worker.ts off the page's
// thread, and by its unit test.
//
// Why ForceAtlas2 and not fcose: measured on this 2-core machine (force-atlas.test.ts prints the
// timings; bench/render.bench.ts --first-layout times the whole first open), fcose took ~34 s for
// 2,000 people / 8,000 ties where ForceAtlas2 with Barnes–Hut takes about a second; and ForceAtlas2
// starts from any positions. Incremental layouts (known people kept, newcomers placed) do not rerun
// it: newcomers start at the centre of their placed ties and settle with a local relaxation at the
// drawing's own spacing (settleNewcomers), so the picture the user learned stays as it was.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutPerson {
  id: string;
  /** Diameter in model units (drawing size), used to keep people from overlapping. */
  size: number;
  /** Where the person already is (saved or laid out before): kept as is in an incremental layout. */
  x?: number;
  y?: number;
}

export interface LayoutTie {
  source: string;
  target: string;
  reciprocal: boolean;
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** ForceAtlas2's own scale grows with the network's density; its result is scaled so that the
 * median distance from a person to the nearest other is this many model units (a person is 6–40). */
export const NEAREST_SPACING = 34;
/** Starting positions are given to ForceAtlas2 in model units divided by this. */
const SEED_SCALE = 10;
/** Mutual ties pull harder than one-way ones, so mutual relationships form the clusters. */
const RECIPROCAL_WEIGHT = 1;
const ONE_WAY_WEIGHT = 0.3;

/** Iterations: a full layout from scratch needs more than an incremental one, where only the
 * newcomers move; fewer on large networks, where Barnes–Hut steps cost more (the budget is about
 * a second at 2,000 people here). */
export function iterationsFor(people: number): number {
  if (people <= 500) return 500;
  if (people <= 1500) return 300;
  return 200;
}

/** A deterministic pseudo-random number in [0, 1) from a string (same network, same picture). */
function hash01(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/**
 * Starting positions, in model units: known people where they are; each newcomer at the centre
 * of its already-placed partners (nearest first, breadth-first, so chains of newcomers follow
 * their ties), slightly off it; newcomers with no placed partner on a disc around the drawing.
 */
export function seedPositions(people: readonly LayoutPerson[], ties: readonly LayoutTie[]): Map<string, { x: number; y: number; known: boolean }> {
  const at = new Map<string, { x: number; y: number; known: boolean }>();
  for (const p of people) if (p.x !== undefined && p.y !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y)) at.set(p.id, { x: p.x, y: p.y, known: true });
  const partners = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = partners.get(a);
    if (list) list.push(b);
    else partners.set(a, [b]);
  };
  for (const t of ties) {
    if (t.source === t.target) continue;
    link(t.source, t.target);
    link(t.target, t.source);
  }
  // Spread of what is known, to place the unattached ones around it.
  let cx = 0;
  let cy = 0;
  let radius = 0;
  if (at.size > 0) {
    for (const p of at.values()) {
      cx += p.x / at.size;
      cy += p.y / at.size;
    }
    for (const p of at.values()) radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  }
  const step = 30; // model units: about one person and a gap
  let slot = 0;
  let pending = people.filter((p) => !at.has(p.id));
  while (pending.length > 0) {
    const next: LayoutPerson[] = [];
    const placedNow: Array<[string, { x: number; y: number; known: boolean }]> = [];
    for (const p of pending) {
      const anchors = (partners.get(p.id) ?? []).map((id) => at.get(id)).filter((a): a is { x: number; y: number; known: boolean } => a !== undefined);
      if (anchors.length === 0) {
        next.push(p);
        continue;
      }
      const mx = anchors.reduce((s, a) => s + a.x, 0) / anchors.length;
      const my = anchors.reduce((s, a) => s + a.y, 0) / anchors.length;
      const angle = 2 * Math.PI * hash01(p.id, 1);
      const r = step * (0.5 + hash01(p.id, 2));
      placedNow.push([p.id, { x: mx + r * Math.cos(angle), y: my + r * Math.sin(angle), known: false }]);
    }
    if (placedNow.length === 0) {
      // Nobody left is tied to anyone placed: the best-connected one starts a new group on a disc
      // around what is placed (its partners follow on the next pass); people with no tie at all
      // go on that disc together.
      const tied = next.filter((p) => (partners.get(p.id)?.length ?? 0) > 0).sort((a, b) => (partners.get(b.id)?.length ?? 0) - (partners.get(a.id)?.length ?? 0));
      const starting = tied.length > 0 ? tied.slice(0, 1) : next;
      const inner = at.size > 0 ? radius + 3 * step : 0;
      for (const p of starting) {
        const r = inner + step * Math.sqrt(slot + 0.5) * (tied.length > 0 ? 3 : 1);
        const theta = slot * 2.399963229728653;
        slot++;
        placedNow.push([p.id, { x: cx + r * Math.cos(theta), y: cy + r * Math.sin(theta), known: false }]);
      }
    }
    for (const [id, p] of placedNow) at.set(id, p);
    pending = next.filter((p) => !at.has(p.id));
  }
  return at;
}

/** Median distance from each of `points` to its nearest other (a sample of up to 400 of them). */
export function medianNearest(points: ReadonlyArray<{ x: number; y: number }>): number {
  if (points.length < 2) return 0;
  const step = Math.max(1, Math.floor(points.length / 400));
  const nearest: number[] = [];
  for (let i = 0; i < points.length; i += step) {
    const p = points[i] as { x: number; y: number };
    let best = Infinity;
    for (const q of points) if (q !== p) best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    nearest.push(best);
  }
  nearest.sort((a, b) => a - b);
  return nearest[nearest.length >> 1] as number;
}

/**
 * Lays out `people`. `incremental`: people with a position keep it exactly and the others are
 * placed near their ties (settleNewcomers); otherwise everyone is laid out again by ForceAtlas2,
 * from their current positions where they have one.
 */
export function forceAtlasLayout(people: readonly LayoutPerson[], ties: readonly LayoutTie[], incremental: boolean): Placed[] {
  const seeds = seedPositions(people, ties);
  const anyKnown = [...seeds.values()].some((s) => s.known);
  if (incremental && anyKnown) return settleNewcomers(people, ties, seeds);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const p of people) {
    const seed = seeds.get(p.id) as { x: number; y: number; known: boolean };
    graph.addNode(p.id, { x: seed.x / SEED_SCALE, y: seed.y / SEED_SCALE, size: p.size / SEED_SCALE });
  }
  for (const t of ties) {
    if (t.source === t.target || !graph.hasNode(t.source) || !graph.hasNode(t.target)) continue;
    const weight = t.reciprocal ? RECIPROCAL_WEIGHT : ONE_WAY_WEIGHT;
    if (graph.hasEdge(t.source, t.target)) {
      const current = graph.getEdgeAttribute(t.source, t.target, 'weight') as number;
      graph.setEdgeAttribute(t.source, t.target, 'weight', Math.max(current, weight));
    } else graph.addEdge(t.source, t.target, { weight });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Barnes–Hut from a few hundred people: exact repulsion is quadratic.
    barnesHutOptimize: graph.order > 400,
    barnesHutTheta: 0.6,
    // Strong gravity keeps isolated people and small components near the rest.
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 4,
    adjustSizes: false,
    edgeWeightInfluence: 1,
  };
  forceAtlas2.assign(graph, { iterations: iterationsFor(graph.order), settings, getEdgeWeight: 'weight' });
  const raw = people.map((p) => {
    const a = graph.getNodeAttributes(p.id) as { x: number; y: number };
    return { id: p.id, x: a.x, y: a.y };
  });
  const scale = NEAREST_SPACING / (medianNearest(raw) || 1);
  return raw.map((p) => ({ id: p.id, x: p.x * scale, y: p.y * scale }));
}

/**
 * Newcomers among placed people: known people stay exactly where they are; each newcomer starts at
 * its seed (the centre of its placed ties) and is relaxed for a few rounds — pulled towards its
 * ties at the drawing's typical tie length, pushed away from anyone closer than its typical
 * spacing — so that it lands beside its ties, not on top of anyone.
 */
function settleNewcomers(people: readonly LayoutPerson[], ties: readonly LayoutTie[], seeds: Map<string, { x: number; y: number; known: boolean }>): Placed[] {
  const at = new Map([...seeds].map(([id, s]) => [id, { x: s.x, y: s.y }]));
  const known = people.filter((p) => seeds.get(p.id)?.known).map((p) => at.get(p.id) as { x: number; y: number });
  const spacing = medianNearest(known) || NEAREST_SPACING;
  const lengths = ties
    .filter((t) => seeds.get(t.source)?.known && seeds.get(t.target)?.known)
    .map((t) => Math.hypot((at.get(t.source)?.x ?? 0) - (at.get(t.target)?.x ?? 0), (at.get(t.source)?.y ?? 0) - (at.get(t.target)?.y ?? 0)))
    .sort((a, b) => a - b);
  const tieLength = Math.max(spacing, Math.min(lengths[lengths.length >> 1] ?? 2 * spacing, 3 * spacing));
  const newcomers = people.filter((p) => !seeds.get(p.id)?.known).map((p) => p.id);
  const partners = new Map<string, string[]>();
  for (const t of ties) {
    if (t.source === t.target) continue;
    partners.set(t.source, [...(partners.get(t.source) ?? []), t.target]);
    partners.set(t.target, [...(partners.get(t.target) ?? []), t.source]);
  }
  // Everyone in a grid of `spacing` cells: each push looks at the nine cells around.
  const cellOf = (p: { x: number; y: number }) => `${Math.floor(p.x / spacing)},${Math.floor(p.y / spacing)}`;
  for (let round = 0; round < 60; round++) {
    const grid = new Map<string, string[]>();
    for (const [id, p] of at) grid.set(cellOf(p), [...(grid.get(cellOf(p)) ?? []), id]);
    const cooling = 1 - round / 60;
    for (const id of newcomers) {
      const p = at.get(id) as { x: number; y: number };
      let fx = 0;
      let fy = 0;
      for (const other of partners.get(id) ?? []) {
        const q = at.get(other);
        if (!q) continue;
        const d = Math.hypot(q.x - p.x, q.y - p.y) || 1e-6;
        const pull = (d - tieLength) / d / Math.max(1, partners.get(id)?.length ?? 1);
        fx += (q.x - p.x) * pull;
        fy += (q.y - p.y) * pull;
      }
      const gx = Math.floor(p.x / spacing);
      const gy = Math.floor(p.y / spacing);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const other of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
            if (other === id) continue;
            const q = at.get(other) as { x: number; y: number };
            const d = Math.hypot(p.x - q.x, p.y - q.y);
            if (d >= spacing) continue;
            // Two people on the same spot: apart in a direction of their own.
            const ux = d > 1e-6 ? (p.x - q.x) / d : Math.cos(2 * Math.PI * hash01(id + other, 3));
            const uy = d > 1e-6 ? (p.y - q.y) / d : Math.sin(2 * Math.PI * hash01(id + other, 3));
            fx += ux * (spacing - d);
            fy += uy * (spacing - d);
          }
        }
      }
      const move = Math.hypot(fx, fy);
      const limit = spacing * cooling;
      const k = move > limit ? limit / move : 1;
      p.x += fx * k * 0.5;
      p.y += fy * k * 0.5;
    }
  }
  return people.map((p) => {
    const seed = seeds.get(p.id);
    if (seed?.known && p.x !== undefined && p.y !== undefined) return { id: p.id, x: p.x, y: p.y };
    const q = at.get(p.id) as { x: number; y: number };
    return { id: p.id, x: q.x, y: q.y };
  });
}
