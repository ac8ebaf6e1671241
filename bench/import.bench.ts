// Times importFile end to end (content hash + parse + one-transaction write with identity
// resolution and idempotent external ids) on 1M interactions among 50k people, in CSV and in
// X API v2 JSON Lines, against a peer measured in the same run on the same files: Python's
// csv/json + sqlite3 executemany into the same schema (bench/import_peer.py), the plain-language
// floor. Prints ratios ours / peer.
//
//   npm run bench:import        (= npm exec -- node --import tsx bench/import.bench.ts)
//   … bench/import.bench.ts --quick    (100k interactions among 5k people)
//
// Inputs (bench/import-inputs.ts documents their shape) are written to a temp dir and deleted
// after. Each contender's import runs in its own child process, one after the other, into a fresh
// file-backed network (WAL, synchronous=NORMAL, as the app opens it): wall time, the parse and
// write phases, and the child's peak RSS. Then, on the imported network, a re-import of the same
// file (a no-op by content hash) and of a "newer export" (the same rows + 1% new: only those are
// added) — each in a child of its own.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/main/core/db/connection';
import type { ImportFormat } from '../src/main/core/import/bundle';
import { importFile } from '../src/main/core/import/run';
import { DEFAULT_SIZES, writeCsv, writeJsonl, type InputSizes } from './import-inputs';

const PYTHON = '/usr/bin/python3';
const here = import.meta.dirname;

interface Result {
  total: number;
  parse?: number;
  write?: number;
  added?: number;
  people?: number;
  already?: boolean;
  rss: number;
}

/** In a child: one importFile into DB, timed, as one JSON line. */
async function childImport(format: ImportFormat, file: string, dbFile: string): Promise<void> {
  const db = openDatabase(dbFile, { create: true });
  let parseEnd = 0;
  let writing = false;
  const t0 = performance.now();
  const summary = await importFile(db, format, file, {
    // The parsers report progress up to their very end; the write phase reports after.
    onProgress: () => {
      if (!writing) parseEnd = performance.now();
    },
    onWriteProgress: () => {
      writing = true;
    },
  });
  const t1 = performance.now();
  db.close();
  const result: Result = {
    total: t1 - t0,
    rss: process.resourceUsage().maxRSS / 1024,
    already: summary.alreadyImported,
    added: summary.added.interactions,
    people: summary.added.people,
  };
  if (!summary.alreadyImported && parseEnd > 0) {
    result.parse = parseEnd - t0;
    result.write = t1 - parseEnd;
  }
  console.log(JSON.stringify(result));
}

function run(command: string, args: string[]): Result {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stderr}`);
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`${command} ${args.join(' ')} printed no result:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(line) as Result;
}

const ours = (format: ImportFormat, file: string, db: string): Result =>
  run(process.execPath, ['--import', 'tsx', join(here, 'import.bench.ts'), '--child', format, file, db]);
const peer = (format: ImportFormat, file: string, db: string): Result => run(PYTHON, [join(here, 'import_peer.py'), format, file, db]);

/** A fresh network file with the current schema. */
function freshDb(path: string): string {
  openDatabase(path, { create: true }).close();
  return path;
}

const fmt = (ms: number | undefined): string => (ms === undefined ? '' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mb = (n: number | undefined): string => (n === undefined ? '' : `${Math.round(n)} MB`);
const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? '' : `${(a / b).toFixed(2)}×`);
const row = (cells: string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(30) : c.padStart(9))).join(' | ')} |`;
const count = (n: number | undefined): string => (n === undefined ? '' : n.toLocaleString('en'));

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes: InputSizes = quick ? { people: 5_000, interactions: 100_000 } : DEFAULT_SIZES;
  const dir = mkdtempSync(join(tmpdir(), 'maillage-import-bench-'));
  try {
    const t = performance.now();
    const csv = join(dir, 'interactions.csv');
    const csvNewer = join(dir, 'interactions-newer.csv');
    const jsonl = join(dir, 'x-api.jsonl');
    const jsonlNewer = join(dir, 'x-api-newer.jsonl');
    await writeCsv(csv, csvNewer, sizes);
    await writeJsonl(jsonl, jsonlNewer, sizes);
    const size = (p: string): string => `${(statSync(p).size / 1e6).toFixed(0)} MB`;
    console.log(`\n# Import: ${count(sizes.interactions)} interactions among ${count(sizes.people)} people (inputs written in ${fmt(performance.now() - t)})\n`);
    console.log(`Node ${process.version}, ${PYTHON} (csv/json + sqlite3 executemany) as the peer; each import in its own child process, one at a time.\n`);

    for (const [format, file, newer, label] of [
      ['csv', csv, csvNewer, `interactions.csv (${size(csv)})`],
      ['x-api-jsonl', jsonl, jsonlNewer, `X API v2 JSONL (${size(jsonl)})`],
    ] as const) {
      const dbOurs = freshDb(join(dir, `ours-${format}.sqlite`));
      const dbPeer = freshDb(join(dir, `peer-${format}.sqlite`));
      const a = ours(format, file, dbOurs);
      const b = peer(format, file, dbPeer);
      const again = [ours(format, file, dbOurs), peer(format, file, dbPeer)];
      const newerRuns = [ours(format, newer, dbOurs), peer(format, newer, dbPeer)];
      console.log(`## ${label}\n`);
      console.log(row(['', 'ours', 'peer', 'ours/peer']));
      console.log(row([':--', '--:', '--:', '--:']));
      console.log(row(['import, wall (end to end)', fmt(a.total), fmt(b.total), ratio(a.total, b.total)]));
      console.log(row(['  hash + parse', fmt(a.parse), fmt(b.parse), ratio(a.parse, b.parse)]));
      console.log(row(['  write (one transaction)', fmt(a.write), fmt(b.write), ratio(a.write, b.write)]));
      console.log(row(['  peak RSS', mb(a.rss), mb(b.rss), ratio(a.rss, b.rss)]));
      console.log(row(['  interactions / people added', `${count(a.added)} / ${count(a.people)}`, `${count(b.added)} / ${count(b.people)}`, '']));
      console.log(row(['re-import same file (no-op)', fmt(again[0]!.total), fmt(again[1]!.total), ratio(again[0]!.total, again[1]!.total)]));
      console.log(row(['newer export (+1% rows)', fmt(newerRuns[0]!.total), fmt(newerRuns[1]!.total), ratio(newerRuns[0]!.total, newerRuns[1]!.total)]));
      console.log(row(['  interactions added', count(newerRuns[0]!.added), count(newerRuns[1]!.added), '']));
      console.log(row(['network file size', size(dbOurs), size(dbPeer), ratio(statSync(dbOurs).size, statSync(dbPeer).size)]));
      console.log('');
      if (!again[0]!.already) throw new Error(`${format}: re-importing the same file was not recognised`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  await childImport(process.argv[3] as ImportFormat, process.argv[4]!, process.argv[5]!);
} else {
  await main();
}
