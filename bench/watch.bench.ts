// Times the views of issue #17 on a 50,000-person / 1M-interaction network, after the data is
// loaded (the file written, the two score runs of the edition stored), through the services as
// the app calls them — against a peer measured in the same run on the same file: Python's
// sqlite3 reading what each view reads and folding it plainly (bench/watch_peer.py). Prints a
// markdown table; the goal is ≤ 1 s per view.
//
//   npm exec -- node --import tsx bench/watch.bench.ts [--people 50000] [--interactions 1000000]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exchangesOf } from '../src/main/core/db/exchanges';
import { networkOwner } from '../src/main/core/db/reminders';
import { Network } from '../src/main/core/network';
import { PreferenceStore } from '../src/main/core/preferences';
import { createServices } from '../src/main/core/services';
import { editionRuns, editionWindows } from '../src/main/core/watch/top-edition';

const { values } = parseArgs({ options: { people: { type: 'string', default: '50000' }, interactions: { type: 'string', default: '1000000' } } });
const people = Number(values.people);
const interactions = Number(values.interactions);
const dir = mkdtempSync(join(tmpdir(), 'maillage-watch-bench-'));
const file = join(dir, 'large.maillage');

async function median(work: () => Promise<unknown>, times = 5): Promise<number> {
  await work();
  const runs: number[] = [];
  for (let k = 0; k < times; k++) {
    const started = performance.now();
    await work();
    runs.push(performance.now() - started);
  }
  return runs.sort((a, b) => a - b)[runs.length >> 1] as number;
}

try {
  let started = performance.now();
  const network = Network.create(file, { sample: { people, interactions } });
  const writeMs = performance.now() - started;
  const info = network.info();
  const owner = networkOwner(network.db)?.personId ?? 0;
  started = performance.now();
  const { window, previousWindow } = editionWindows({ year: 2025 });
  const { runId } = editionRuns(network.db, window, previousWindow);
  const runsMs = performance.now() - started;
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => undefined });
  const ours = {
    top: await median(() => api['report:top']({ year: 2025, language: 'en' })),
    reminders: await median(() => api['reminders:list']({ asOf: '2026-11-20' })),
    conversations: await median(() => api['watch:conversations']({ by: 'month' })),
    creators: await median(() => api['watch:creators']({ year: 2025 })),
    creatorsPosts: await median(() => api['watch:creators']({})),
  };
  const exchanges = exchangesOf(network.db, owner).length;
  network.close();
  const peerRun = spawnSync('python3', ['bench/watch_peer.py', file, String(owner), String(runId)], { encoding: 'utf8' });
  if (peerRun.status !== 0) throw new Error(`peer failed: ${peerRun.stderr}`);
  const peer = JSON.parse(peerRun.stdout) as Record<'top' | 'reminders' | 'conversations' | 'creators', number>;
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`Network: ${info.counts.people} people, ${info.counts.interactions} interactions (owner: ${exchanges} dated exchanges); written in ${ms(writeMs)}; the edition's two score runs (2024, 2025) in ${ms(runsMs)} — stored, then reused.`);
  console.log('');
  console.log('| view (median of 5, after one warm-up) | ours | Python sqlite3 peer | ours ÷ peer | ≤ 1 s |');
  console.log('|---|---|---|---|---|');
  const line = (name: string, a: number, b: number | null) => console.log(`| ${name} | ${ms(a)} | ${b === null ? '—' : ms(b)} | ${b === null ? '—' : (a / b).toFixed(2)} | ${a <= 1000 ? 'yes' : 'no'} |`);
  line('report top --year 2025 (edition + why + HTML)', ours.top, peer.top);
  line('reminders (refresh + list)', ours.reminders, peer.reminders);
  line('conversations --by month (owner)', ours.conversations, peer.conversations);
  line('creators --year 2025 (+ movers)', ours.creators, peer.creators);
  line('creators (known posts)', ours.creatorsPosts, null);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
