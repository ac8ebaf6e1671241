// The interaction graph G as compressed sparse rows: the one structure every score reads.
//
// Typed arrays only, so 100k people / 1M interactions load in a fraction of a second and
// weigh tens of MB (an object per node or edge would weigh ten times that and stall the GC).
// Built with two counting sorts (by target, then stably by source), so every neighbour list
// comes out sorted without a comparison sort; sorted lists let parallel edges merge in one
// pass and let the undirected view be a linear merge of the in- and out-lists.
import { errorKind } from '../../../shared/errors';

/** The edge list a caller hands over: node indices 0..nodeCount-1, one entry per interaction
 * (or per pre-aggregated pair). Parallel entries are summed, self-loops dropped. */
export interface EdgeListInput {
  nodeCount: number;
  source: Int32Array;
  target: Int32Array;
  /** Non-negative, finite. Pairs whose summed weight is 0 are dropped: a kind weighted 0
   * (e.g. likes switched off) must not create a tie. */
  weight: Float64Array;
}

/** One direction of adjacency: node u's neighbours are neighbours[offsets[u] .. offsets[u+1]),
 * sorted ascending, with the matching weights. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
}

export interface CsrGraph {
  readonly nodeCount: number;
  /** Distinct directed pairs u→v (u ≠ v) with positive weight. */
  readonly edgeCount: number;
  /** u → v lists. */
  readonly outgoing: Adjacency;
  /** v ← u lists (neighbours are the sources). */
  readonly incoming: Adjacency;
  /** The simple undirected graph under G: v is a neighbour of u when u→v or v→u. Its weight
   * is the *mutual* weight w(u,v) + w(v,u) — Burt's mutual weight, and the weight Louvain
   * uses — not one of the two as networkx's to_undirected() would keep. */
  readonly undirected: Adjacency;
  /** Summed outgoing / incoming weight per node. */
  readonly outWeight: Float64Array;
  readonly inWeight: Float64Array;
}

export class GraphInputError extends errorKind('failed') {}

function check(input: EdgeListInput): void {
  const { nodeCount, source, target, weight } = input;
  if (!Number.isInteger(nodeCount) || nodeCount < 0 || nodeCount > 0x7fffffff) {
    throw new GraphInputError(`nodeCount must be a non-negative integer, got ${nodeCount}`);
  }
  if (source.length !== target.length || source.length !== weight.length) {
    throw new GraphInputError(
      `source, target and weight must have the same length, got ${source.length}, ${target.length}, ${weight.length}`,
    );
  }
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    const w = weight[e]!;
    if (s < 0 || s >= nodeCount || t < 0 || t >= nodeCount) {
      throw new GraphInputError(`edge ${e}: node index ${s < 0 || s >= nodeCount ? s : t} is outside 0..${nodeCount - 1}`);
    }
    if (!(w >= 0) || w === Infinity) {
      throw new GraphInputError(`edge ${e} (${s}→${t}): weight must be finite and ≥ 0, got ${w}`);
    }
  }
}

/** Stable counting sort of edge ids by key; returns the permutation. */
function countingOrder(keys: Int32Array, ids: Int32Array, nodeCount: number): Int32Array {
  const start = new Int32Array(nodeCount + 1);
  for (let i = 0; i < ids.length; i++) start[keys[ids[i]!]! + 1]!++;
  for (let u = 0; u < nodeCount; u++) start[u + 1]! += start[u]!;
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    out[start[keys[id]!]!++] = id;
  }
  return out;
}

/** Re-indexes sorted (row, col, w) triples into per-column lists; rows stay sorted. */
function transpose(adj: Adjacency, nodeCount: number): Adjacency {
  const m = adj.neighbours.length;
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < m; e++) offsets[adj.neighbours[e]! + 1]!++;
  for (let u = 0; u < nodeCount; u++) offsets[u + 1]! += offsets[u]!;
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let u = 0; u < nodeCount; u++) {
    for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) {
      const pos = fill[adj.neighbours[e]!]!++;
      neighbours[pos] = u;
      weights[pos] = adj.weights[e]!;
    }
  }
  return { offsets, neighbours, weights };
}

/** Sorted merge of u's out- and in-lists, weights summed where both exist. */
function mergeUndirected(out: Adjacency, inc: Adjacency, nodeCount: number): Adjacency {
  const offsets = new Int32Array(nodeCount + 1);
  for (let pass = 0; pass < 2; pass++) {
    const neighbours = pass === 1 ? new Int32Array(offsets[nodeCount]!) : null;
    const weights = pass === 1 ? new Float64Array(offsets[nodeCount]!) : null;
    for (let u = 0; u < nodeCount; u++) {
      let i = out.offsets[u]!;
      const iEnd = out.offsets[u + 1]!;
      let j = inc.offsets[u]!;
      const jEnd = inc.offsets[u + 1]!;
      let pos = pass === 1 ? offsets[u]! : 0;
      while (i < iEnd || j < jEnd) {
        const a = i < iEnd ? out.neighbours[i]! : 0x7fffffff;
        const b = j < jEnd ? inc.neighbours[j]! : 0x7fffffff;
        let v: number;
        let w: number;
        if (a === b) {
          v = a;
          w = out.weights[i++]! + inc.weights[j++]!;
        } else if (a < b) {
          v = a;
          w = out.weights[i++]!;
        } else {
          v = b;
          w = inc.weights[j++]!;
        }
        if (neighbours !== null && weights !== null) {
          neighbours[pos] = v;
          weights[pos] = w;
        }
        pos++;
      }
      if (pass === 0) offsets[u + 1] = pos;
    }
    if (pass === 0) {
      for (let u = 0; u < nodeCount; u++) offsets[u + 1]! += offsets[u]!;
    } else {
      return { offsets, neighbours: neighbours!, weights: weights! };
    }
  }
  throw new Error('unreachable');
}

function sums(adj: Adjacency, nodeCount: number): Float64Array {
  const total = new Float64Array(nodeCount);
  for (let u = 0; u < nodeCount; u++) {
    let s = 0;
    for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) s += adj.weights[e]!;
    total[u] = s;
  }
  return total;
}

/** Builds G from an edge list; throws GraphInputError naming the first bad edge. */
export function buildCsr(input: EdgeListInput): CsrGraph {
  check(input);
  const { nodeCount, source, target, weight } = input;
  let kept = 0;
  for (let e = 0; e < source.length; e++) if (source[e] !== target[e] && weight[e]! > 0) kept++;
  const kept0 = new Int32Array(kept);
  for (let e = 0, k = 0; e < source.length; e++) if (source[e] !== target[e] && weight[e]! > 0) kept0[k++] = e;
  // Sort by target, then stably by source: each source's targets end up ascending.
  const ids = countingOrder(source, countingOrder(target, kept0, nodeCount), nodeCount);

  // Merge parallel edges (now adjacent) in place.
  const offsets = new Int32Array(nodeCount + 1);
  const neighbours = new Int32Array(kept);
  const weights = new Float64Array(kept);
  let m = 0;
  for (let i = 0; i < kept; i++) {
    const id = ids[i]!;
    const s = source[id]!;
    const t = target[id]!;
    if (m > 0 && neighbours[m - 1] === t && i > 0 && source[ids[i - 1]!] === s) {
      weights[m - 1]! += weight[id]!;
    } else {
      neighbours[m] = t;
      weights[m] = weight[id]!;
      offsets[s + 1]!++;
      m++;
    }
  }
  for (let u = 0; u < nodeCount; u++) offsets[u + 1]! += offsets[u]!;
  const outgoing: Adjacency = {
    offsets,
    neighbours: m === kept ? neighbours : neighbours.slice(0, m),
    weights: m === kept ? weights : weights.slice(0, m),
  };
  const incoming = transpose(outgoing, nodeCount);
  return {
    nodeCount,
    edgeCount: m,
    outgoing,
    incoming,
    undirected: mergeUndirected(outgoing, incoming, nodeCount),
    outWeight: sums(outgoing, nodeCount),
    inWeight: sums(incoming, nodeCount),
  };
}

/** Convenience for tests and small callers: [source, target, weight] triples. */
export function csrFromTriples(nodeCount: number, edges: ReadonlyArray<readonly [number, number, number?]>): CsrGraph {
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  const weight = new Float64Array(edges.length);
  edges.forEach(([s, t, w], e) => {
    source[e] = s;
    target[e] = t;
    weight[e] = w ?? 1;
  });
  return buildCsr({ nodeCount, source, target, weight });
}

/** Sum of the (directed) weights u→v, or 0; binary search over u's sorted out-list. */
export function edgeWeight(graph: CsrGraph, u: number, v: number): number {
  const { offsets, neighbours, weights } = graph.outgoing;
  let lo = offsets[u]!;
  let hi = offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = neighbours[mid]!;
    if (x === v) return weights[mid]!;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
