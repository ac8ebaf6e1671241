// Local clustering coefficient: how many of a person's contacts know each other.
//
// Watts & Strogatz, "Collective dynamics of 'small-world' networks", Nature 393, 1998:
// c(u) = 2·T(u) / (d(u)·(d(u)−1)) on the simple undirected graph under G, unweighted —
// networkx 2.8 clustering(G.to_undirected()). Subtlety: networkx's clustering(G) on the
// DiGraph itself would use Fagiolo's directed definition; DESIGN.md asks for the undirected
// one, where u–v is a contact if either mentioned the other. 0 when d(u) < 2.

import type { CsrGraph } from './csr';
import { forEachTriangle } from './triangles';

export function clustering(graph: CsrGraph): Float64Array {
  const n = graph.nodeCount;
  const adj = graph.undirected;
  const triangles = new Float64Array(n);
  const owner = new Int32Array(adj.neighbours.length); // slot → the node whose list holds it
  for (let u = 0; u < n; u++) owner.fill(u, adj.offsets[u]!, adj.offsets[u + 1]!);
  forEachTriangle(adj, (uv, vw) => {
    triangles[owner[uv]!]!++;
    triangles[adj.neighbours[uv]!]!++;
    triangles[adj.neighbours[vw]!]!++;
  });
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const d = adj.offsets[u + 1]! - adj.offsets[u]!;
    result[u] = d < 2 ? 0 : (2 * triangles[u]!) / (d * (d - 1));
  }
  return result;
}
