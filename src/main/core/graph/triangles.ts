// Triangle enumeration on the undirected view of G, shared by clustering and constraint.
//
// The "forward" algorithm (Schank & Wagner, "Finding, counting and listing all triangles in
// large graphs", 2005; Latapy 2008): orient every edge from lower to higher (degree, index)
// rank, then each triangle is found exactly once from its lowest-ranked corner, in
// O(m^1.5) — hubs are never scanned from, which matters on scale-free mention graphs.
// Triangles are reported as slot indices into graph.undirected, so callers can keep per-edge
// sums in flat arrays.

import type { Adjacency } from './csr';

/** For each undirected slot e = (u→v), the slot of (v→u). Neighbour lists are sorted, so
 * visiting u in increasing order meets each v's entries in order: a fill pointer suffices. */
export function reverseSlots(adj: Adjacency): Int32Array {
  const n = adj.offsets.length - 1;
  const fill = adj.offsets.slice(0, n);
  const reverse = new Int32Array(adj.neighbours.length);
  for (let u = 0; u < n; u++) {
    for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) reverse[e] = fill[adj.neighbours[e]!]!++;
  }
  return reverse;
}

/** Per node, the slots of its edges towards higher-ranked neighbours. */
export function forwardSlots(adj: Adjacency): { offsets: Int32Array; slots: Int32Array } {
  const n = adj.offsets.length - 1;
  const degree = (u: number): number => adj.offsets[u + 1]! - adj.offsets[u]!;
  const offsets = new Int32Array(n + 1);
  const slots = new Int32Array(adj.neighbours.length >>> 1);
  let k = 0;
  for (let u = 0; u < n; u++) {
    const du = degree(u);
    for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) {
      const v = adj.neighbours[e]!;
      const dv = degree(v);
      if (du < dv || (du === dv && u < v)) slots[k++] = e;
    }
    offsets[u + 1] = k;
  }
  return { offsets, slots };
}

/** Calls visit(uv, vw, uw) once per triangle {u, v, w}, with the slots of u→v, v→w and u→w
 * (u the lowest-ranked corner). */
export function forEachTriangle(adj: Adjacency, visit: (uv: number, vw: number, uw: number) => void): void {
  const n = adj.offsets.length - 1;
  const { offsets, slots } = forwardSlots(adj);
  const neighbours = adj.neighbours;
  const mark = new Int32Array(n).fill(-1); // mark[w] = slot of u→w while u is the corner
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (end - start < 2) continue;
    for (let i = start; i < end; i++) mark[neighbours[slots[i]!]!] = slots[i]!;
    for (let i = start; i < end; i++) {
      const uv = slots[i]!;
      const v = neighbours[uv]!;
      for (let j = offsets[v]!, jEnd = offsets[v + 1]!; j < jEnd; j++) {
        const vw = slots[j]!;
        const uw = mark[neighbours[vw]!]!;
        if (uw >= 0) visit(uv, vw, uw);
      }
    }
    for (let i = start; i < end; i++) mark[neighbours[slots[i]!]!] = -1;
  }
}
