// Reciprocity: whether ties go both ways ("reciprocity is the key to reach", DESIGN.md).
//
// Network: share of directed edges whose reverse also exists — networkx 2.8 reciprocity(G)
// (overall_reciprocity); NaN for a graph without edges, where networkx raises.
// Person: share of a person's distinct partners (in- or out-neighbours) that are linked both
// ways, |in ∩ out| / |in ∪ out| (DESIGN.md). Note networkx's per-node reciprocity(G, v) is a
// different ratio, 2|in ∩ out| / (|in| + |out|); the fixtures compute ours from networkx's
// predecessor/successor sets. NaN for people without partners.

import type { CsrGraph } from './csr';

export interface ReciprocityResult {
  /** Per person, NaN without partners. */
  person: Float64Array;
  /** Whole network, NaN without edges. */
  network: number;
}

export function reciprocity(graph: CsrGraph): ReciprocityResult {
  const n = graph.nodeCount;
  const out = graph.outgoing;
  const inc = graph.incoming;
  const person = new Float64Array(n);
  let mutualEdges = 0;
  for (let u = 0; u < n; u++) {
    // Both lists are sorted: count the intersection by merging.
    let i = out.offsets[u]!;
    const iEnd = out.offsets[u + 1]!;
    let j = inc.offsets[u]!;
    const jEnd = inc.offsets[u + 1]!;
    const outCount = iEnd - i;
    const inCount = jEnd - j;
    let both = 0;
    while (i < iEnd && j < jEnd) {
      const a = out.neighbours[i]!;
      const b = inc.neighbours[j]!;
      if (a === b) {
        both++;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    mutualEdges += both; // u→v with v→u, counted from u's side
    const partners = outCount + inCount - both;
    person[u] = partners === 0 ? NaN : both / partners;
  }
  return { person, network: graph.edgeCount === 0 ? NaN : mutualEdges / graph.edgeCount };
}
