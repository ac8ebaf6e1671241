// Soak test (not part of npm test): a 50,000-person / 1M-interaction network, then import +
// score + export + remove-import cycles for a fixed time. Memory must stay flat and the file
// consistent after every cycle.
//
//   npm run soak -- [--minutes 10] [--people 50000] [--interactions 1000000]
//
// Prints one line per cycle (time, resident memory, heap, counts) and exits 1 if the database
// fails its integrity check or resident memory grows by more than 25 % after the first cycles.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { integrityProblems } from '../src/main/core/db/connection';
import { exportText } from '../src/main/core/export/index';
import { importFile } from '../src/main/core/import/run';
import { removeImport } from '../src/main/core/db/import-write';
import { Network } from '../src/main/core/network';
import { runScores } from '../src/main/core/db/score-runs';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, people: { type: 'string', default: '50000' }, interactions: { type: 'string', default: '1000000' } } });
const minutes = Number(values.minutes);
const people = Number(values.people);
const interactions = Number(values.interactions);

const dir = mkdtempSync(join(tmpdir(), 'maillage-soak-'));
const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
const counts = (network: Network) => network.info().counts;

try {
  const t0 = performance.now();
  const network = Network.create(join(dir, 'soak.maillage'), { sample: { seed: 7, people, interactions } });
  console.log(`network: ${people.toLocaleString('en')} people, ${interactions.toLocaleString('en')} interactions written in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const handles = (network.db.prepare("SELECT value FROM handle WHERE kind = 'x' LIMIT 2000").all() as Array<{ value: string }>).map((h) => h.value);
  const base = counts(network);
  const rss: number[] = [];
  const deadline = Date.now() + minutes * 60_000;
  console.log('cycle\tseconds\timport s\tscores s\texport s\trss MB\theap MB\tpeople\tinteractions\tintegrity');
  for (let cycle = 1; Date.now() < deadline || cycle <= 2; cycle++) {
    const started = performance.now();
    // A fresh file of 20,000 mentions among known people each cycle (new content, so it is imported).
    const lines = ['from,to,kind,channel,at,weight'];
    for (let i = 0; i < 20_000; i++) {
      const a = handles[(i * 7 + cycle) % handles.length] as string;
      const b = handles[(i * 13 + cycle * 3 + 1) % handles.length] as string;
      if (a !== b) lines.push(`@${a},@${b},mention,x,2026-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z,1`);
    }
    const file = join(dir, `cycle-${cycle}.csv`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const i0 = performance.now();
    const summary = await importFile(network.db, 'csv', file);
    const s0 = performance.now();
    runScores(network.db, {});
    const e0 = performance.now();
    const gexf = exportText(network.db, 'gexf');
    const csv = exportText(network.db, 'csv');
    const e1 = performance.now();
    if (gexf.length === 0 || csv.length === 0) throw new Error('empty export');
    removeImport(network.db, summary.batchId as number);
    // Keep the file from growing with score runs: the soak is about memory and consistency.
    network.db.prepare('DELETE FROM score_run WHERE id < (SELECT max(id) FROM score_run)').run();
    const problems = integrityProblems(network.db);
    const now = counts(network);
    const usage = process.memoryUsage();
    rss.push(usage.rss);
    console.log(
      [cycle, ((performance.now() - started) / 1000).toFixed(1), ((s0 - i0) / 1000).toFixed(1), ((e0 - s0) / 1000).toFixed(1), ((e1 - e0) / 1000).toFixed(1), mb(usage.rss), mb(usage.heapUsed), now.people, now.interactions, problems.length ? problems.join('; ') : 'ok'].join('\t'),
    );
    if (problems.length) throw new Error(`integrity check failed at cycle ${cycle}`);
    if (now.people !== base.people || now.interactions !== base.interactions) throw new Error(`removing the cycle's import did not restore the counts at cycle ${cycle}`);
  }
  network.close();
  // Compare the steady state (after warm-up) with the end.
  const warm = rss[Math.min(2, rss.length - 1)] as number;
  const last = rss.at(-1) as number;
  const growth = (last - warm) / warm;
  console.log(`\n${rss.length} cycles in ${minutes} min; resident memory ${mb(warm)} MB after warm-up → ${mb(last)} MB at the end (${(100 * growth).toFixed(1)} %)`);
  if (growth > 0.25) {
    console.error('soak: resident memory grew by more than 25 %');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
