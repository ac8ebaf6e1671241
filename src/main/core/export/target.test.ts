// Issue #12 item 2: an export never overwrites the open network, a network another Maillage has
// open, or any SQLite file; it is written under a temporary name and renamed into place.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Network } from '../network';
import { writeExport } from './index';
import { ExportTargetError } from './target';

const dir = mkdtempSync(join(tmpdir(), 'maillage-export-target-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const networkModule = fileURLToPath(new URL('../network.ts', import.meta.url));

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sampleFile(name: string): string {
  const file = join(dir, name);
  Network.create(file, { sample: { seed: 4, people: 30, interactions: 50 } }).close();
  return file;
}

test('maillage --db F export csv F is refused and F stays the network', () => {
  const file = sampleFile('F.maillage');
  const before = sha256(file);
  const { code, stdout, stderr } = maillage('--db', file, 'export', 'csv', file);
  assert.equal(code, 2, stdout);
  assert.equal(
    stderr.trim(),
    `maillage: ${file}: is the network being exported (F.maillage) or one of its companion files; nothing was written. Choose another file name for the export.`,
  );
  assert.equal(sha256(file), before);
  const network = Network.open(file);
  assert.equal(network.info().counts.people, 30);
  network.close();
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp') || f.endsWith('.partial')), [], 'no temporary file left');
});

test('an export onto another name of the network (hard link, WAL) is refused', async () => {
  const file = sampleFile('G.maillage');
  const network = Network.open(file);
  try {
    const alias = join(dir, 'G-alias.csv');
    linkSync(file, alias);
    await assert.rejects(writeExport(network.db, 'csv', alias, file), ExportTargetError);
    rmSync(alias);
    await assert.rejects(writeExport(network.db, 'json', `${file}-wal`, file), /is the network being exported/);
  } finally {
    network.close();
  }
});

test('an export onto a network that another Maillage (serve) has open is refused', async () => {
  const served = sampleFile('served.maillage');
  const source = sampleFile('source.maillage');
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', `const { Network } = await import(${JSON.stringify(networkModule)}); Network.open(${JSON.stringify(served)}); console.log('open'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve()));
    const before = sha256(served);
    const { code, stderr } = maillage('--db', source, 'export', 'json', served);
    assert.equal(code, 2);
    assert.match(stderr, /served\.maillage: is a network open in another Maillage; nothing was written/);
    assert.equal(sha256(served), before);
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
});

test('an export never replaces any SQLite file (a closed network, a backup, another database)', () => {
  const source = sampleFile('source2.maillage');
  const closed = sampleFile('closed.maillage');
  const before = sha256(closed);
  for (const format of ['csv', 'json', 'gexf', 'graphml']) {
    const { code, stderr } = maillage('--db', source, 'export', format, closed);
    assert.equal(code, 2);
    assert.match(stderr, /closed\.maillage: is a SQLite database \(a network, a backup or another application's data\), which an export never replaces/);
  }
  assert.equal(sha256(closed), before);
});

test('an export still replaces an earlier export, atomically', () => {
  const source = sampleFile('source3.maillage');
  const target = join(dir, 'people.csv');
  writeFileSync(target, 'an older export\n');
  const { code, stdout } = maillage('--db', source, 'export', 'csv', target);
  assert.equal(code, 0);
  assert.match(stdout, /^wrote .*people\.csv \(csv, \d+ bytes\)/);
  assert.match(readFileSync(target, 'utf8'), /^id,name,role,organisation,/);
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), []);
});
