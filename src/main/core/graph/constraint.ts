// Burt's constraint: low = a broker spanning structural holes, high = tied into one clique.
//
// Burt, "Structural holes and good ideas", Am. J. Sociol. 110(2), 2004:
//   c(v) = Σ_{u ∈ N(v)} (p_vu + Σ_{w ∈ N(v)} p_vw · p_wu)²
// with N(v) every in- or out-neighbour and p_vu = m(v,u) / Σ_{x∈N(v)} m(v,x), where the
// mutual weight m(v,u) = w(v,u) + w(u,v). This is networkx 2.8 constraint(G, weight="weight")
// on the directed weighted G (structuralholes.py), term for term.
// One deliberate difference: networkx returns NaN for every node without *successors* (it
// tests len(G[v]) == 0, and G[v] lists successors of a DiGraph), even for someone who is
// mentioned a lot but never mentions. Burt's formula is well defined for them; we compute it
// (fixtures check it against networkx's own local_constraint). Only true isolates get NaN.
//
// The indirect sums are non-zero only over triangles v–w–u, so we enumerate triangles once
// (triangles.ts) instead of networkx's neighbour-of-neighbour loops.

import type { CsrGraph } from './csr';
import { forEachTriangle, reverseSlots } from './triangles';

export function constraint(graph: CsrGraph): Float64Array {
  const n = graph.nodeCount;
  const { offsets, weights } = graph.undirected; // weights are the mutual weights m(u,v)
  const share = new Float64Array(weights.length); // p for slot (u→v), from u's side
  for (let u = 0; u < n; u++) {
    let total = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) total += weights[e]!;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) share[e] = total === 0 ? 0 : weights[e]! / total;
  }
  const reverse = reverseSlots(graph.undirected);
  const indirect = new Float64Array(weights.length);
  forEachTriangle(graph.undirected, (uv, vw, uw) => {
    const vu = reverse[uv]!;
    const wv = reverse[vw]!;
    const wu = reverse[uw]!;
    indirect[uv]! += share[uw]! * share[wv]!;
    indirect[vu]! += share[vw]! * share[wu]!;
    indirect[uw]! += share[uv]! * share[vw]!;
    indirect[wu]! += share[wv]! * share[vu]!;
    indirect[vw]! += share[vu]! * share[uw]!;
    indirect[wv]! += share[wu]! * share[uv]!;
  });
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (offsets[v] === offsets[v + 1]) {
      result[v] = NaN; // no contacts: constraint is undefined (networkx: NaN)
      continue;
    }
    let c = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const local = share[e]! + indirect[e]!;
      c += local * local;
    }
    result[v] = c;
  }
  return result;
}
