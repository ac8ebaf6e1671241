// Child process of scores.bench.ts: the same scores with graphology + graphology-metrics, the
// JS library a TypeScript app would otherwise reach for. Prints one JSON line per score as
// it finishes, so a run killed at the time limit still reports what it did.
//   node --import tsx bench/run-graphology.ts DIR NODES SCORE,SCORE,...

import { readFileSync } from 'node:fs';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweenness from 'graphology-metrics/centrality/betweenness';
import closeness from 'graphology-metrics/centrality/closeness';
import hits from 'graphology-metrics/centrality/hits';
import pagerank from 'graphology-metrics/centrality/pagerank';

const [dir, nodesArg, scoresArg] = process.argv.slice(2);
const n = Number(nodesArg);
const read = (file: string): Buffer => readFileSync(`${dir}/${file}`);
const b1 = read('source.i32');
const b2 = read('target.i32');
const b3 = read('weight.f64');
const source = new Int32Array(b1.buffer, b1.byteOffset, b1.byteLength / 4);
const target = new Int32Array(b2.buffer, b2.byteOffset, b2.byteLength / 4);
const weight = new Float64Array(b3.buffer, b3.byteOffset, b3.byteLength / 8);

const report = (score: string, ms: number): void =>
  console.log(JSON.stringify({ score, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
const timed = <T>(score: string, body: () => T): T => {
  const t = performance.now();
  const out = body();
  report(score, performance.now() - t);
  return out;
};

const graph = timed('build', () => {
  const g = new DirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let e = 0; e < source.length; e++) g.addEdge(String(source[e]), String(target[e]), { weight: weight[e] });
  return g;
});
for (const score of (scoresArg ?? '').split(',')) {
  if (score === 'pagerank') timed(score, () => pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85 }));
  if (score === 'betweenness') timed(score, () => betweenness(graph, { getEdgeWeight: null }));
  if (score === 'closeness') timed(score, () => closeness(graph));
  if (score === 'hits') timed(score, () => hits(graph, { getEdgeWeight: 'weight' }));
  if (score === 'communities') {
    timed(score, () => {
      // Undirected, summed weights: the graph our Louvain and igraph's multilevel see.
      const u = new UndirectedGraph();
      graph.forEachNode((node) => u.addNode(node));
      graph.forEachEdge((_, attr, s, t) => {
        if (u.hasEdge(s, t)) u.updateEdgeAttribute(s, t, 'weight', (w: number) => w + (attr.weight as number));
        else u.addEdge(s, t, { weight: attr.weight });
      });
      return louvain(u, { getEdgeWeight: 'weight' });
    });
  }
}
