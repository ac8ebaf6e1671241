// Degree scores: how many distinct people someone addresses / hears from, and how much.
//
// Distinct partners, not interaction counts: parallel interactions were merged into one
// weighted edge by buildCsr, and self-loops dropped — as networkx in_degree/out_degree on the
// DiGraph, and in_degree(weight=)/out_degree(weight=) for the weighted versions.

import type { CsrGraph } from './csr';

export interface DegreeScores {
  inDegree: Float64Array;
  outDegree: Float64Array;
  weightedInDegree: Float64Array;
  weightedOutDegree: Float64Array;
}

export function degrees(graph: CsrGraph): DegreeScores {
  const n = graph.nodeCount;
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    outDegree[u] = graph.outgoing.offsets[u + 1]! - graph.outgoing.offsets[u]!;
    inDegree[u] = graph.incoming.offsets[u + 1]! - graph.incoming.offsets[u]!;
  }
  return {
    inDegree,
    outDegree,
    weightedInDegree: graph.inWeight.slice(),
    weightedOutDegree: graph.outWeight.slice(),
  };
}
