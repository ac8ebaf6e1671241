// Issue #12: terminal escape sequences in imported names never reach a terminal from `top` or
// `scores`; a pipe still gets the data byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Network } from '../core/network';
import { run } from './main';
import { printable, printableCell, terminalIo } from './terminal';

const dir = mkdtempSync(join(tmpdir(), 'maillage-terminal-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HOSTILE = 'Evil\u001b[2J\u001b]0;pwned\u0007 Name\u202e';
// eslint-disable-next-line no-control-regex -- what must not reach the terminal
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/;

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Imports now remove control characters; a network written before that still holds them. */
function hostileNetwork(): string {
  const file = join(dir, 'hostile.maillage');
  writeFileSync(join(dir, 'people.csv'), 'name,role,organisation\nEvil,cmo,Acme\nBob,peer,Acme\n');
  writeFileSync(join(dir, 'ties.csv'), 'from,to,kind\nBob,Evil,mention\nEvil,Bob,reply\n');
  assert.equal(maillage('--db', file, 'import', 'csv', join(dir, 'people.csv')).code, 0);
  assert.equal(maillage('--db', file, 'import', 'csv', join(dir, 'ties.csv')).code, 0);
  const network = Network.open(file);
  network.db.prepare("UPDATE person SET name = ? WHERE name = 'Evil'").run(HOSTILE);
  network.db.prepare("UPDATE organisation SET name = ? WHERE name = 'Acme'").run('Acme\u001b[31m');
  network.close();
  return file;
}

test('control characters are shown as inert escapes', () => {
  assert.equal(printable(HOSTILE), 'Evil\\x1B[2J\\x1B]0;pwned\\x07 Name\\u202E');
  assert.equal(printable('a\tb\nc\rd\u0085e\u200bf'), 'a\tb\nc\\x0Dd\\x85e\\u200Bf');
  assert.equal(printableCell('a\tb\nc'), 'a\\x09b\\x0Ac');
  assert.equal(printable('Zoé Marchand — ☕ 日本'), 'Zoé Marchand — ☕ 日本');
});

test('top never prints the control characters of names, even to a pipe', () => {
  const file = hostileNetwork();
  const { code, stdout } = maillage('--db', file, 'top', '5');
  assert.equal(code, 0);
  assert.doesNotMatch(stdout, CONTROLS);
  assert.match(stdout, /Evil\\x1B\[2J\\x1B\]0;pwned\\x07 Name\\u202E\tcmo\tAcme\\x1B\[31m/);
});

test('scores to a terminal is made printable; to a pipe or file it keeps the data exactly', async () => {
  const file = join(dir, 'hostile.maillage');
  const written: string[] = [];
  const tty = { isTTY: true, write: (text: string) => written.push(text) };
  assert.equal(await run(['--db', file, 'scores'], terminalIo(tty, tty)), 0);
  const screen = written.join('');
  assert.match(screen, /Evil\\x1B\[2J/);
  assert.doesNotMatch(screen, CONTROLS);
  // Piped (not a terminal), the CSV is the data: a spreadsheet or script gets the real name.
  const { stdout } = maillage('--db', file, 'scores');
  assert.ok(stdout.includes(HOSTILE));
});
