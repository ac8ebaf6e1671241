// `maillage import / imports / merges / export` as users run them, and an import killed with
// SIGKILL half-way: the network file stays sound and exactly as before.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { integrityProblems, openDatabase } from '../core/db/connection';

const dir = mkdtempSync(join(tmpdir(), 'maillage-import-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', 'core', 'import', 'fixtures');

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TABLES = ['person', 'handle', 'organisation', 'interaction', 'follow', 'event', 'attendance', 'import_batch'];
function counts(file: string): Record<string, number> {
  const db = openDatabase(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

test('import a LinkedIn export, again (nothing added), then an X archive; merges proposed and accepted; export', () => {
  const file = join(dir, 'me.maillage');
  const first = maillage('--db', file, 'import', 'linkedin', join(fixtures, 'linkedin', 'Connections.csv'));
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /import #1: added 6 people, 10 interactions, 0 follows/);
  const again = maillage('--db', file, 'import', 'linkedin', join(fixtures, 'linkedin', 'Connections.csv'));
  assert.match(again.stdout, /already imported \(import #1\): nothing added/);
  const afterLinkedIn = counts(file);
  assert.equal(afterLinkedIn.import_batch, 1);

  const x = maillage('--db', file, 'import', 'x-archive', join(fixtures, 'x-archive', 'twitter-2023-03-01-archive.zip'));
  assert.equal(x.code, 0, x.stderr);
  assert.match(x.stdout, /import #2: added \d+ people, \d+ interactions/);
  const list = maillage('--db', file, 'imports');
  assert.match(list.stdout, /#2\t.*\tx-archive\ttwitter-2023-03-01-archive\.zip/);
  assert.match(list.stdout, /#1\t.*\tlinkedin\tConnections\.csv\t6 people, 10 interactions/);

  const merges = maillage('--db', file, 'merges');
  assert.equal(merges.code, 0, merges.stderr);
  assert.match(merges.stdout, /proposal|no pending proposals/);

  for (const format of ['gexf', 'graphml', 'csv', 'json']) {
    const target = join(dir, `me.${format}`);
    const out = maillage('--db', file, 'export', format, target);
    assert.equal(out.code, 0, out.stderr);
    assert.ok(statSync(target).size > 100);
  }
  assert.match(readFileSync(join(dir, 'me.gexf'), 'utf8'), /Camille Durand/);

  const removed = maillage('--db', file, 'imports', '--remove', '2');
  assert.equal(removed.code, 0, removed.stderr);
  const { person, interaction, follow, import_batch } = counts(file);
  assert.deepEqual({ person, interaction, follow, import_batch }, { person: afterLinkedIn.person, interaction: 10, follow: 0, import_batch: 1 });
});

test('a broken file: the error names file, line and reason; exit 1; the network is unchanged', () => {
  const file = join(dir, 'broken.maillage');
  maillage('--db', file, 'import', 'linkedin', join(fixtures, 'linkedin', 'Connections.csv'));
  const before = counts(file);
  const bad = join(dir, 'Connections-broken.csv');
  writeFileSync(bad, 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"Ada,Lovelace,https://www.linkedin.com/in/ada,,,,01 Jan 2024\n');
  const { code, stderr } = maillage('--db', file, 'import', 'linkedin', bad);
  assert.equal(code, 1);
  assert.match(stderr, /^maillage: Connections-broken\.csv:line 2: a quoted field is never closed/);
  assert.deepEqual(counts(file), before);
  const usage = maillage('--db', file, 'import', 'excel', bad);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /unknown format "excel": expected linkedin, x-archive, x-api-jsonl, csv, gexf, graphml, json/);
  assert.match(maillage('--db', file, 'export', 'pdf', join(dir, 'x.pdf')).stderr, /unknown format "pdf"/);
  assert.match(maillage('--db', file, 'merges', '--accept', '99').stderr, /no pending merge proposal #99/);
});

test('an import killed with SIGKILL half-way leaves the file sound and exactly as before', async () => {
  const file = join(dir, 'killed.maillage');
  assert.equal(maillage('--db', file, 'sample').code, 0);
  const before = counts(file);
  // 300,000 connections: long enough to be killed while the transaction is being written.
  const rows = ['Notes:', '"Exported from LinkedIn"', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < 300_000; i++) rows.push(`Person${i},Surname${i},https://www.linkedin.com/in/p-${i},,Company ${i % 5000},CMO,${String((i % 28) + 1).padStart(2, '0')} Jan 2024`);
  const big = join(dir, 'Connections-big.csv');
  writeFileSync(big, rows.join('\r\n'));

  const child = spawn(process.execPath, ['bin/maillage.mjs', '--db', file, 'import', 'linkedin', big, '--progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
  // Killed once the write transaction is a third of the way through, by its own progress lines.
  const progress = await new Promise<{ done: number; total: number }>((resolve, reject) => {
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const m of buffer.matchAll(/progress: write (\d+)\/(\d+)/g)) {
        const done = Number(m[1]);
        const total = Number(m[2]);
        if (done >= total / 3 && done < total) resolve({ done, total });
      }
    });
    child.once('exit', (code) => reject(new Error(`the import ended (exit ${code}) before it could be killed`)));
  });
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.ok(progress.done < progress.total, `killed mid-write (${progress.done}/${progress.total})`);

  const db = openDatabase(file);
  assert.deepEqual(integrityProblems(db), []);
  db.close();
  assert.deepEqual(counts(file), before);
});
