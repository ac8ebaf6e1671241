// Communities of G by Louvain modularity optimisation, and the modularity of a partition.
//
// Blondel, Guillaume, Lambiotte & Lefebvre, "Fast unfolding of communities in large
// networks", J. Stat. Mech. P10008, 2008. Runs on the undirected weighted view of G where
// {u,v} weighs w(u,v) + w(v,u): a reciprocated tie counts both its directions. (networkx's
// G.to_undirected() would keep only one of the two weights; the fixtures build the summed
// graph explicitly.) Modularity is Newman's, as networkx 2.8 community.modularity(U, parts,
// weight="weight") computes it on that summed graph U:
//   Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]
// (L_c: weight inside c, d_c: summed weighted degree of c, m: total weight).
// Deterministic: node visiting order is shuffled by a seeded PRNG, and ties between equally
// good moves go to the first candidate in neighbour order. After the last level, one more
// local-moving phase on the original nodes (as Leiden's final step does without refinement)
// lets single people leave a community that aggregation glued them into; it can only raise Q.

import type { Adjacency, CsrGraph } from './csr';
import { GraphInputError } from './csr';
import { checkpoint } from './progress';
import type { LongRun } from './progress';
import { seededRandom, shuffle } from './random';

export interface LouvainOptions extends LongRun {
  /** γ in Q. DEFAULT 1 (networkx's default; > 1 gives smaller communities). */
  resolution?: number;
  /** Stop adding levels when a level raises Q by less than this. DEFAULT 1e-7 (networkx's). */
  threshold?: number;
  /** DEFAULT 42. */
  seed?: number;
  /** Independent runs with seeds seed, seed+1, …; the highest Q wins. DEFAULT 10 up to
   * 5,000 people, 1 above: on small networks Louvain's result varies with the visiting order
   * (networkx's Q on karate ranges 0.415–0.420 over seeds) and ten runs cost milliseconds;
   * on large ones the runs agree closely and each costs seconds. */
  trials?: number;
}

export const LOUVAIN_DEFAULTS = { resolution: 1, threshold: 1e-7, seed: 42, smallTrials: 10, smallNetwork: 5_000 } as const;

export interface LouvainResult {
  /** Community per person: 0 is the largest community (ties: lowest member index first). */
  community: Int32Array;
  communityCount: number;
  modularity: number;
  levels: number;
}

/** A level of the aggregation: undirected graph (both directions stored) plus self-loops. */
interface Level {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Weight of the self-loop (edges inside the merged node, each counted once). */
  loop: Float64Array;
  /** Weighted degree: Σ incident weights, self-loop counted twice. */
  degree: Float64Array;
}

function levelFrom(adj: Adjacency, n: number): Level {
  const degree = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let d = 0;
    for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) d += adj.weights[e]!;
    degree[u] = d;
  }
  return { n, offsets: adj.offsets, neighbours: adj.neighbours, weights: adj.weights, loop: new Float64Array(n), degree };
}

/** Moves single nodes to the neighbouring community with the best modularity gain until no
 * move helps. community is updated in place; returns the number of moves made. */
function localMoving(level: Level, community: Int32Array, twoM: number, gamma: number, random: () => number): number {
  const { n, offsets, neighbours, weights, degree } = level;
  const total = new Float64Array(n); // Σ degree per community
  for (let u = 0; u < n; u++) total[community[u]!]! += degree[u]!;
  const linkTo = new Float64Array(n); // weight from the current node to each community
  const touched = new Int32Array(n);
  const order = shuffle(Int32Array.from({ length: n }, (_, i) => i), random);
  let totalMoves = 0;
  for (let pass = 0; pass < 1000; pass++) {
    let moves = 0;
    for (let i = 0; i < n; i++) {
      const u = order[i]!;
      const ku = degree[u]!;
      const own = community[u]!;
      let count = 0;
      touched[count++] = own;
      for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
        const c = community[neighbours[e]!]!;
        if (linkTo[c] === 0 && c !== own) touched[count++] = c;
        linkTo[c]! += weights[e]!;
      }
      total[own]! -= ku;
      // Gain of joining c, up to a constant factor: k_{u,c} − γ · Σtot_c · k_u / 2m.
      let best = own;
      let bestGain = linkTo[own]! - (gamma * total[own]! * ku) / twoM;
      for (let j = 1; j < count; j++) {
        const c = touched[j]!;
        const gain = linkTo[c]! - (gamma * total[c]! * ku) / twoM;
        if (gain > bestGain) {
          bestGain = gain;
          best = c;
        }
      }
      total[best]! += ku;
      if (best !== own) {
        community[u] = best;
        moves++;
      }
      for (let j = 0; j < count; j++) linkTo[touched[j]!] = 0;
    }
    totalMoves += moves;
    if (moves === 0) break;
  }
  return totalMoves;
}

/** Renumbers labels to 0..k-1 in order of first appearance; returns k. */
function compact(community: Int32Array, n: number): number {
  const map = new Int32Array(n).fill(-1);
  let k = 0;
  for (let u = 0; u < community.length; u++) {
    const c = community[u]!;
    if (map[c] === -1) map[c] = k++;
    community[u] = map[c]!;
  }
  return k;
}

/** Collapses each community into one node; weights between communities are summed. */
function aggregate(level: Level, community: Int32Array, k: number): Level {
  const { n, offsets, neighbours, weights } = level;
  const members = new Int32Array(n);
  const start = new Int32Array(k + 1);
  for (let u = 0; u < n; u++) start[community[u]! + 1]!++;
  for (let c = 0; c < k; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, k);
  for (let u = 0; u < n; u++) members[fill[community[u]!]!++] = u;

  const loop = new Float64Array(k);
  const degree = new Float64Array(k);
  const linkTo = new Float64Array(k);
  const touched = new Int32Array(k);
  const newOffsets = new Int32Array(k + 1);
  let outNeighbours = new Int32Array(Math.max(16, neighbours.length >>> 1));
  let outWeights = new Float64Array(outNeighbours.length);
  let m = 0;
  for (let c = 0; c < k; c++) {
    let count = 0;
    let inside = 0;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const u = members[i]!;
      inside += level.loop[u]!;
      degree[c]! += level.degree[u]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const d = community[neighbours[e]!]!;
        if (d === c) {
          inside += weights[e]! / 2; // seen once from each end
        } else {
          if (linkTo[d] === 0) touched[count++] = d;
          linkTo[d]! += weights[e]!;
        }
      }
    }
    loop[c] = inside;
    if (m + count > outNeighbours.length) {
      const size = Math.max(2 * outNeighbours.length, m + count);
      const grownN = new Int32Array(size);
      grownN.set(outNeighbours);
      const grownW = new Float64Array(size);
      grownW.set(outWeights);
      outNeighbours = grownN;
      outWeights = grownW;
    }
    for (let j = 0; j < count; j++) {
      const d = touched[j]!;
      outNeighbours[m] = d;
      outWeights[m++] = linkTo[d]!;
      linkTo[d] = 0;
    }
    newOffsets[c + 1] = m;
  }
  return {
    n: k,
    offsets: newOffsets,
    neighbours: outNeighbours.subarray(0, m),
    weights: outWeights.subarray(0, m),
    loop,
    degree,
  };
}

/** Newman modularity of a partition of the undirected summed-weight view of G. NaN when G
 * has no edges (networkx divides by zero). */
export function modularity(graph: CsrGraph, community: Int32Array, resolution = 1): number {
  const n = graph.nodeCount;
  if (community.length !== n) throw new GraphInputError(`modularity: ${community.length} labels for ${n} nodes`);
  const { offsets, neighbours, weights } = graph.undirected;
  let k = 0;
  for (let u = 0; u < n; u++) {
    const c = community[u]!;
    if (!Number.isInteger(c) || c < 0) throw new GraphInputError(`modularity: node ${u} has community ${c}`);
    if (c + 1 > k) k = c + 1;
  }
  const inside = new Float64Array(k);
  const degree = new Float64Array(k);
  let twoM = 0;
  for (let u = 0; u < n; u++) {
    const c = community[u]!;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const w = weights[e]!;
      twoM += w;
      degree[c]! += w;
      if (community[neighbours[e]!] === c) inside[c]! += w; // each inside edge twice → 2·L_c
    }
  }
  if (twoM === 0) return NaN;
  let q = 0;
  for (let c = 0; c < k; c++) {
    const share = degree[c]! / twoM;
    q += inside[c]! / twoM - resolution * share * share;
  }
  return q;
}

function runOnce(
  graph: CsrGraph,
  gamma: number,
  threshold: number,
  seed: number,
  onLevel: (levels: number) => void,
): { community: Int32Array; levels: number } {
  const n = graph.nodeCount;
  const random = seededRandom(seed);
  const base = levelFrom(graph.undirected, n);
  let twoM = 0;
  for (let u = 0; u < n; u++) twoM += base.degree[u]!;
  const community = Int32Array.from({ length: n }, (_, i) => i); // person → current node
  let level = base;
  let levels = 0;
  let q = modularity(graph, community, gamma);
  for (;;) {
    const local = Int32Array.from({ length: level.n }, (_, i) => i);
    const moves = localMoving(level, local, twoM, gamma, random);
    if (moves === 0) break;
    const k = compact(local, level.n);
    for (let u = 0; u < n; u++) community[u] = local[community[u]!]!;
    levels++;
    onLevel(levels);
    const next = modularity(graph, community, gamma);
    if (next - q <= threshold || k === level.n) break;
    q = next;
    level = aggregate(level, local, k);
  }
  // Final single-person moves on the original graph (see header).
  localMoving(base, community, twoM, gamma, random);
  return { community, levels };
}

/** Labels communities 0.. by decreasing size, ties by lowest member: stable colours. */
function bySize(community: Int32Array): { community: Int32Array; count: number } {
  const n = community.length;
  const count = compact(community, n);
  const size = new Int32Array(count);
  for (let u = 0; u < n; u++) size[community[u]!]!++;
  // compact() numbered by first member, so a stable sort by size keeps "lowest member first".
  const order = Int32Array.from({ length: count }, (_, i) => i).sort((a, b) => size[b]! - size[a]! || a - b);
  const rank = new Int32Array(count);
  order.forEach((c, i) => (rank[c] = i));
  for (let u = 0; u < n; u++) community[u] = rank[community[u]!]!;
  return { community, count };
}

export function louvain(graph: CsrGraph, options: LouvainOptions = {}): LouvainResult {
  const gamma = options.resolution ?? LOUVAIN_DEFAULTS.resolution;
  const threshold = options.threshold ?? LOUVAIN_DEFAULTS.threshold;
  const seed = options.seed ?? LOUVAIN_DEFAULTS.seed;
  const trials =
    options.trials ?? (graph.nodeCount <= LOUVAIN_DEFAULTS.smallNetwork ? LOUVAIN_DEFAULTS.smallTrials : 1);
  if (!(gamma > 0)) throw new GraphInputError(`louvain: resolution must be > 0, got ${gamma}`);
  if (!(threshold >= 0)) throw new GraphInputError(`louvain: threshold must be ≥ 0, got ${threshold}`);
  if (!Number.isInteger(trials) || trials < 1) throw new GraphInputError(`louvain: trials must be a positive integer, got ${trials}`);
  if (!Number.isInteger(seed)) throw new GraphInputError(`louvain: seed must be an integer, got ${seed}`);
  let best: LouvainResult | null = null;
  for (let t = 0; t < trials; t++) {
    checkpoint(options, 'communities', t, trials);
    // Levels per run are not known ahead; each level halves the remaining share of the run.
    const { community, levels } = runOnce(graph, gamma, threshold, seed + t, (level) =>
      checkpoint(options, 'communities', t + 1 - 0.5 ** level, trials),
    );
    const labelled = bySize(community);
    const q = modularity(graph, labelled.community, gamma);
    if (best === null || q > best.modularity) {
      best = { community: labelled.community, communityCount: labelled.count, modularity: q, levels };
    }
  }
  return best!;
}
