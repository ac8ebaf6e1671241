// Times computeScores on synthetic mention graphs against python-igraph and graphology,
// measured in the same run on the same graph files, and prints ratios ours / igraph.
//
//   npm exec -- node --import tsx bench/scores.bench.ts [--quick]
//
// Sizes: 10k people / 100k ties (betweenness and closeness exact) and 100k / 1M (256 sampled
// pivots and sources). --quick runs the 10k size only, without graphology.
// Each contender runs in its own child process, one after the other, so peak RSS is its own
// and the two cores are not shared between contenders.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCsr } from '../src/main/core/graph/csr';
import { chooseSources } from '../src/main/core/graph/sampling';
import { reciprocity } from '../src/main/core/graph/reciprocity';
import { mentionGraph } from './graph-generator';

const quick = process.argv.includes('--quick');
const PYTHON = '/usr/bin/python3'; // the system Python, which has python-igraph
const GRAPHOLOGY_LIMIT_MS = 180_000;
const GRAPHOLOGY_MAX_TIES = 200_000;
const here = import.meta.dirname;

interface Size {
  people: number;
  ties: number;
  pivots: number | null;
}
const SIZES: Size[] = quick
  ? [{ people: 10_000, ties: 100_000, pivots: null }]
  : [
      { people: 10_000, ties: 100_000, pivots: null },
      { people: 100_000, ties: 1_000_000, pivots: 256 },
    ];

function child(command: string, args: string[], timeoutMs?: number): { lines: string[]; timedOut: boolean } {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...(timeoutMs ? { timeout: timeoutMs } : {}) });
  if (r.status !== 0 && r.signal === null) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}`);
  return { lines: r.stdout.split('\n').filter((l) => l.startsWith('{')), timedOut: r.signal !== null };
}

const fmt = (ms: number | undefined): string => (ms === undefined ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? '' : `${(a / b).toFixed(2)}×`);
const pad = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(26) : c.padStart(13))).join(' ');

for (const size of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  try {
    const edges = mentionGraph({ people: size.people, ties: size.ties, seed: 1 });
    const u8 = (a: Int32Array | Float64Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    writeFileSync(join(dir, 'source.i32'), u8(edges.source));
    writeFileSync(join(dir, 'target.i32'), u8(edges.target));
    writeFileSync(join(dir, 'weight.f64'), u8(edges.weight));
    let text = '';
    for (let e = 0; e < edges.source.length; e++) text += `${edges.source[e]} ${edges.target[e]}\n`;
    writeFileSync(join(dir, 'edges.txt'), text);
    const pyArgs = [join(here, 'igraph_scores.py'), dir, String(size.people)];
    if (size.pivots !== null) {
      // The exact sources our sampled run uses (seed 1), so igraph's closeness does the same BFS.
      writeFileSync(join(dir, 'sources.i32'), u8(chooseSources('bench', size.people, 0, size.pivots, 1).sources));
      pyArgs.push(join(dir, 'sources.i32'));
    }
    const rec = reciprocity(buildCsr(edges)).network;
    const mode = size.pivots === null ? 'betweenness & closeness exact' : `betweenness & closeness from ${size.pivots} sampled sources`;
    console.log(`\n## ${size.people.toLocaleString('en')} people, ${size.ties.toLocaleString('en')} ties (reciprocity ${rec.toFixed(2)}; ${mode})\n`);

    const ours = JSON.parse(child(process.execPath, ['--import', 'tsx', join(here, 'run-ours.ts'), dir, String(size.people), ...(size.pivots === null ? [] : [String(size.pivots)])]).lines[0]!);
    const ig = JSON.parse(child(PYTHON, pyArgs).lines[0]!);
    const gr: Record<string, number> = {};
    let grNote = '';
    let grRss: number | undefined;
    if (quick) grNote = 'graphology: skipped (--quick)';
    else {
      // graphology has no sampled betweenness/closeness: at the large size they would be
      // exact (n·m ≈ 1e11 steps in object-keyed JS, i.e. hours), so only the rest runs.
      const large = size.ties > GRAPHOLOGY_MAX_TIES;
      if (large) grNote = 'graphology: betweenness/closeness not run at this size (no sampling in graphology-metrics; exact would take hours)';
      const scores = large ? 'pagerank,hits,communities' : 'pagerank,hits,communities,closeness,betweenness';
      const r = child(process.execPath, ['--import', 'tsx', join(here, 'run-graphology.ts'), dir, String(size.people), scores], GRAPHOLOGY_LIMIT_MS);
      for (const line of r.lines) {
        const x = JSON.parse(line) as { score: string; ms: number; peakRssMb: number };
        gr[x.score] = x.ms;
        grRss = x.peakRssMb;
      }
      if (r.timedOut) grNote += `${grNote ? '; ' : 'graphology: '}stopped at the ${GRAPHOLOGY_LIMIT_MS / 1000} s limit; scores without a time did not finish`;
    }

    const o = ours.ms as Record<string, number>;
    const i = ig.ms as Record<string, number>;
    const sampled = size.pivots !== null;
    const rows: Array<[string, number | undefined, number | undefined, number | undefined]> = [
      ['load graph', ours.buildMs, i.build, gr.build],
      ['degree', o.degree, i.degree, undefined],
      ['pagerank', o.pagerank, i.pagerank, gr.pagerank],
      sampled
        ? ['closeness (sampled)', ours.closenessOnlyMs, i.closeness, undefined]
        : ['betweenness + closeness', o.paths, (i.betweenness ?? 0) + (i.closeness ?? 0), gr.betweenness === undefined || gr.closeness === undefined ? undefined : gr.betweenness + gr.closeness],
      ...(sampled ? [['betweenness + closeness', o.paths, undefined, undefined] as [string, number, undefined, undefined]] : []),
      ['hits', o.hits, i.hits, gr.hits],
      ['clustering', o.clustering, i.clustering, undefined],
      ['communities (Louvain)', o.communities, i.communities, gr.communities],
      ['reciprocity', o.reciprocity, i.reciprocity, undefined],
      ['constraint', o.constraint, i.constraint, undefined],
    ];
    console.log(pad(['score', 'ours', 'igraph', 'ours/igraph', 'graphology']));
    for (const [name, a, b, c] of rows) console.log(pad([name, fmt(a), fmt(b), ratio(a, b), c === undefined ? '' : fmt(c)]));
    const igTotal = Object.entries(i).reduce((s, [k, v]) => (k === 'build' ? s : s + v), 0);
    // Same scores on both sides: at the sampled size igraph has no betweenness, so the
    // comparable total swaps our shared betweenness+closeness phase for closeness alone.
    const oursComparable = sampled ? ours.totalMs - o.paths! + ours.closenessOnlyMs : ours.totalMs;
    console.log(pad(['total, same scores', fmt(oursComparable), fmt(igTotal), ratio(oursComparable, igTotal), '']));
    // igraph's constraint is its slowest score by far at 100k; show the rest without it too.
    const oursNoC = oursComparable - o.constraint!;
    const igNoC = igTotal - i.constraint!;
    console.log(pad(['  … without constraint', fmt(oursNoC), fmt(igNoC), ratio(oursNoC, igNoC), '']));
    if (sampled) console.log(pad(['total, all our scores', fmt(ours.totalMs), '', '', '']));
    console.log(pad(['peak RSS (MB)', String(Math.round(ours.peakRssMb)), String(Math.round(ig.peakRssMb)), '', grRss === undefined ? '' : String(Math.round(grRss))]));
    console.log(`\nmodularity: ours ${ours.modularity.toFixed(4)}, igraph ${ig.modularity.toFixed(4)}; PageRank iterations ${ours.pagerankIterations}`);
    console.log(`betweenness: ${JSON.stringify(ours.betweenness)}; closeness: ${JSON.stringify(ours.closeness)}`);
    if (sampled) console.log('igraph betweenness: n/a — python-igraph 0.10.2 has no pivot-sampled or subset betweenness, and exact would take hours');
    if (grNote) console.log(grNote);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
