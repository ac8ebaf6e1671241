// Times the views of issue #17 on a 50,000-person / 1M-interaction network, after the data is
// loaded (the file written, the two score runs of the edition stored), through the services as
// the app calls them — against a peer measured in the same run on the same file: Python's
// sqlite3 reading what each view reads and folding it plainly (bench/watch_peer.py). Prints a
// markdown table; the goal is ≤ 1 s per view. The organic-growth audit reads a history of
// X archive snapshots written through the importer's writer (default 20 snapshots of ~50,000
// followers, one a burst).
//
//   npm exec -- node --import tsx bench/watch.bench.ts [--people 50000] [--interactions 1000000] [--snapshots 20] [--followers 50000]
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
import { writeBundle } from '../src/main/core/db/import-write';
import { emptyBundle } from '../src/main/core/import/bundle';
import type { Db } from '../src/main/core/db/connection';

const { values } = parseArgs({
  options: { people: { type: 'string', default: '50000' }, interactions: { type: 'string', default: '1000000' }, snapshots: { type: 'string', default: '20' }, followers: { type: 'string', default: '50000' } },
});
const people = Number(values.people);
const interactions = Number(values.interactions);
const snapshots = Number(values.snapshots);
const followers = Number(values.followers);

/**
 * The owner's X history: one archive a month, each listing ~`followers` followers (1,000 come and
 * 500 go a month, 8,000 come in the 15th month: a burst) and 2,000 followings, 300 of whom follow
 * back. Written as the X archive importer writes them, one transaction each.
 */
function writeAudienceHistory(db: Db): number {
  const started = performance.now();
  let first = 0;
  let next = followers;
  for (let k = 0; k < snapshots; k++) {
    const b = emptyBundle('x-archive');
    b.people.push({ key: 'me', name: 'Owner', isMe: true, handles: [{ kind: 'x_id', value: '1' }] });
    const followings = Array.from({ length: 2_000 }, (_, i) => String(9_000_000_000 + i));
    const ids: string[] = [];
    for (let id = first; id < next; id++) ids.push(String(1_000_000_000 + id));
    b.audiences = [{ of: 'me', accountId: '1', takenAt: new Date(Date.UTC(2024, k, 1)).toISOString(), followers: [...ids, ...followings.slice(0, 300)], followings }];
    writeBundle(db, b, { fileName: `twitter-${k}.zip`, format: 'x-archive', contentHash: `audience-${k}` });
    first += 500;
    next += k === 14 ? 8_000 : 1_000;
  }
  return performance.now() - started;
}
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
  const audienceMs = writeAudienceHistory(network.db);
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => undefined });
  const ours = {
    top: await median(() => api['report:top']({ year: 2025, language: 'en' })),
    reminders: await median(() => api['reminders:list']({ asOf: '2026-11-20' })),
    conversations: await median(() => api['watch:conversations']({ by: 'month' })),
    creators: await median(() => api['watch:creators']({ year: 2025 })),
    creatorsPosts: await median(() => api['watch:creators']({})),
    audience: await median(() => api['watch:audience'](undefined)),
  };
  const audit = await api['watch:audience'](undefined);
  const members = audit.snapshots.reduce((n, s) => n + (s.followers ?? 0) + (s.followings ?? 0), 0);
  const bursts = audit.snapshots.filter((s) => s.flags.some((f) => f.kind === 'burst')).length;
  const exchanges = exchangesOf(network.db, owner).length;
  network.close();
  const peerRun = spawnSync('python3', ['bench/watch_peer.py', file, String(owner), String(runId)], { encoding: 'utf8' });
  if (peerRun.status !== 0) throw new Error(`peer failed: ${peerRun.stderr}`);
  const peer = JSON.parse(peerRun.stdout) as Record<'top' | 'reminders' | 'conversations' | 'creators' | 'audience', number>;
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(`Network: ${info.counts.people} people, ${info.counts.interactions} interactions (owner: ${exchanges} dated exchanges); written in ${ms(writeMs)}; the edition's two score runs (2024, 2025) in ${ms(runsMs)} — stored, then reused.`);
  console.log(`Audience: ${audit.snapshots.length} X archive snapshots, ${members} memberships (${bursts} burst flagged), written through the importer in ${ms(audienceMs)}.`);
  console.log('');
  console.log('| view (median of 5, after one warm-up) | ours | Python sqlite3 peer | ours ÷ peer | ≤ 1 s |');
  console.log('|---|---|---|---|---|');
  const line = (name: string, a: number, b: number | null) => console.log(`| ${name} | ${ms(a)} | ${b === null ? '—' : ms(b)} | ${b === null ? '—' : (a / b).toFixed(2)} | ${a <= 1000 ? 'yes' : 'no'} |`);
  line('report top --year 2025 (edition + why + HTML)', ours.top, peer.top);
  line('reminders (refresh + list)', ours.reminders, peer.reminders);
  line('conversations --by month (owner)', ours.conversations, peer.conversations);
  line('creators --year 2025 (+ movers)', ours.creators, peer.creators);
  line('creators (known posts)', ours.creatorsPosts, null);
  line(`audience (${audit.snapshots.length} snapshots: gained/lost, follow-back, silent, flags)`, ours.audience, peer.audience);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
