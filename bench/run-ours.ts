// Child process of scores.bench.ts: loads the bench graph and runs computeScores, printing
// JSON timings and peak RSS, so our memory is measured without the parent's.
//   node --import tsx bench/run-ours.ts DIR NODES [PIVOTS]

import { readFileSync } from 'node:fs';
import { buildCsr } from '../src/main/core/graph/csr';
import { closeness } from '../src/main/core/graph/closeness';
import { computeScores } from '../src/main/core/graph/score-all';

const [dir, nodesArg, pivotsArg] = process.argv.slice(2);
const n = Number(nodesArg);
const read = (file: string): Buffer => readFileSync(`${dir}/${file}`);
const asInt32 = (b: Buffer): Int32Array => new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
const asFloat64 = (b: Buffer): Float64Array => new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);

const source = asInt32(read('source.i32'));
const target = asInt32(read('target.i32'));
const weight = asFloat64(read('weight.f64'));
let t = performance.now();
const graph = buildCsr({ nodeCount: n, source, target, weight });
const buildMs = performance.now() - t;

const pivots = pivotsArg === undefined ? null : Number(pivotsArg);
// Sampled run: exactThreshold 0 forces sampling; same count and seed for both, so the BFS
// searches are shared (as with the app's defaults).
const sampling = pivots === null ? { exactThreshold: n } : { exactThreshold: 0, samples: pivots, seed: 1 };
const zeros = new Float64Array(n);
t = performance.now();
const result = computeScores(graph, { audience: zeros, originalPosts: zeros, reposts: zeros }, { betweenness: sampling, closeness: sampling });
const totalMs = performance.now() - t;
// Closeness alone, for a like-for-like row against igraph where igraph has no betweenness.
t = performance.now();
closeness(graph, sampling);
const closenessOnlyMs = performance.now() - t;

console.log(
  JSON.stringify({
    buildMs,
    totalMs,
    closenessOnlyMs,
    ms: result.timings,
    modularity: result.network.modularity,
    betweenness: { exact: result.network.betweenness.exact, pivots: result.network.betweenness.pivots, expectedError: result.network.betweenness.expectedError },
    closeness: { exact: result.network.closeness.exact, sources: result.network.closeness.sources, expectedError: result.network.closeness.expectedError },
    pagerankIterations: result.network.pagerank.iterations,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
