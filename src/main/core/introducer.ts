// Who introduces whom: the one rule behind "How do I reach…" (Network view) and the introducer
// proposed in My network. Among the chains of ties with the fewest hops, the one whose weakest tie
// is the strongest today (tie strength: interactions both ways and co-attendance, with recency
// decay — ties.ts); equal chains by the lower person ids, so the answer never depends on the order
// rows come back in. For two hops this is "the weaker of my tie to them and theirs to the target,
// maximised". Before this file the Network view took whichever shortest chain A* met first and My
// network the strongest introducer, so the two could name different people for the same target.
import type { GraphQuery } from '../../shared/domain';
import type { ReachPath } from '../../shared/scores';
import type { Db } from './db/connection';
import { loadGraphView } from './db/graph-view';

/** Ties either way between people: partners of each, and the strength of each pair. */
export interface TieGraph {
  partners: (id: number) => Iterable<number>;
  strength: (a: number, b: number) => number;
}

/** The chain from `from` to `to` chosen by the rule above (both ends included); null if none. */
export function strongestChain(graph: TieGraph, from: number, to: number): number[] | null {
  if (from === to) return [from];
  // Breadth-first layers: the fewest hops first.
  const depth = new Map<number, number>([[from, 0]]);
  let layer = [from];
  while (layer.length > 0 && !depth.has(to)) {
    const next: number[] = [];
    for (const u of layer) {
      for (const v of graph.partners(u)) {
        if (depth.has(v)) continue;
        depth.set(v, (depth.get(u) as number) + 1);
        next.push(v);
      }
    }
    layer = next;
  }
  const hops = depth.get(to);
  if (hops === undefined) return null;
  // Widest path over the shortest-path DAG, walked back from the target: best[v] is the strongest
  // weakest tie of a shortest chain from v to the target.
  const best = new Map<number, { weakest: number; next: number | null }>([[to, { weakest: Infinity, next: null }]]);
  const byDepth = new Map<number, number[]>();
  for (const [id, d] of depth) if (d < hops) byDepth.set(d, [...(byDepth.get(d) ?? []), id]);
  for (let d = hops - 1; d >= 0; d--) {
    for (const u of (byDepth.get(d) ?? []).sort((a, b) => a - b)) {
      let chosen: { weakest: number; next: number | null } | null = null;
      for (const v of [...graph.partners(u)].sort((a, b) => a - b)) {
        const after = best.get(v);
        if (!after || depth.get(v) !== d + 1) continue;
        const weakest = Math.min(after.weakest, graph.strength(u, v));
        if (!chosen || weakest > chosen.weakest) chosen = { weakest, next: v };
      }
      if (chosen) best.set(u, chosen);
    }
  }
  const chain = [from];
  let at: number | null = best.get(from)?.next ?? null;
  while (at !== null) {
    chain.push(at);
    at = best.get(at)?.next ?? null;
  }
  return chain;
}

/** The introducer between `me` and `target` among `via` (people tied to both): the rule above
 * for a chain of two hops. */
export function bestIntroducer(via: readonly number[], me: number, target: number, strength: (a: number, b: number) => number): { personId: number; strength: number } | null {
  const partners = (id: number) => (id === me ? via : id === target ? via : via.includes(id) ? [me, target] : []);
  const chain = strongestChain({ partners, strength }, me, target);
  const introducer = chain?.[1];
  if (!chain || chain.length !== 3 || introducer === undefined) return null;
  return { personId: introducer, strength: Math.min(strength(me, introducer), strength(introducer, target)) };
}

/** "How do I reach…": the chain over the ties drawn for `query`, among `among` (the people shown)
 * when given. */
export function reachPath(db: Db, query: GraphQuery, from: number, to: number, among?: readonly number[]): ReachPath | null {
  const view = loadGraphView(db, query);
  const allowed = among ? new Set(among) : null;
  const partners = new Map<number, Set<number>>();
  const strengths = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  for (const e of view.edges) {
    if (allowed && (!allowed.has(e.source) || !allowed.has(e.target))) continue;
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      const set = partners.get(a);
      if (set) set.add(b);
      else partners.set(a, new Set([b]));
    }
    strengths.set(key(e.source, e.target), Math.max(strengths.get(key(e.source, e.target)) ?? 0, e.strength));
  }
  const strength = (a: number, b: number) => strengths.get(key(a, b)) ?? 0;
  const chain = strongestChain({ partners: (id) => partners.get(id) ?? [], strength }, from, to);
  if (!chain) return null;
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  let weakest = Infinity;
  for (let i = 1; i < chain.length; i++) weakest = Math.min(weakest, strength(chain[i - 1] as number, chain[i] as number));
  return { people: chain.map((id) => ({ personId: id, name: names.get(id) ?? '?' })), weakest: Number.isFinite(weakest) ? weakest : 0 };
}
