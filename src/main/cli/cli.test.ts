// The `maillage` command as users run it: a real child process through bin/maillage.mjs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../core/db/connection';
import { splitGlobal } from './main';

const dir = mkdtempSync(join(tmpdir(), 'maillage-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('help lists the commands', () => {
  const { code, stdout } = maillage('help');
  assert.equal(code, 0);
  assert.match(stdout, /maillage --db FILE sample/);
  assert.match(stdout, /serve/);
});

test('sample writes the built-in network into a new file', () => {
  const file = join(dir, 'club.maillage');
  const { code, stdout, stderr } = maillage('--db', file, 'sample');
  assert.equal(code, 0, stderr);
  assert.match(stdout, /300 people, \d+ organisations, 12 events, 5000 interactions/);
  const db = openDatabase(file, { readonly: true });
  assert.equal((db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n, 300);
  db.close();
});

test('sample refuses a file that already holds a network, and changes nothing', () => {
  const file = join(dir, 'mine.maillage');
  assert.equal(maillage('--db', file, 'sample', '--seed', '3').code, 0);
  const before = statSync(file).size;
  const { code, stderr } = maillage('--db', file, 'sample');
  assert.equal(code, 2);
  assert.match(stderr, /mine\.maillage: the sample network can only be written into an empty network file/);
  assert.equal(statSync(file).size, before);
});

test('errors are one clear line on stderr with a non-zero exit', () => {
  const cases: Array<[string[], RegExp, number]> = [
    [['frobnicate'], /unknown command "frobnicate"/, 2],
    [['sample'], /sample needs --db FILE/, 2],
    [['--db'], /--db needs a file name/, 2],
    [['--db', join(dir, 'x.maillage'), 'sample', '--seed', 'many'], /--seed: expected a whole number/, 2],
    [['serve', '--port', '99999'], /--port: expected a port number/, 2],
    // Node's argument parser, not ours: still one line, exit 2.
    [['--db', join(dir, 'x.maillage'), 'events', '--bogus'], /^maillage: Unknown option '--bogus'.* — try "maillage help"\n$/, 2],
    [['--db', join(dir, 'x.maillage'), 'top', '5', '--by'], /^maillage: Option '--by <value>' argument missing — try "maillage help"\n$/, 2],
  ];
  for (const [args, message, exit] of cases) {
    const { code, stderr } = maillage(...args);
    assert.equal(code, exit, args.join(' '));
    assert.match(stderr, message);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  }
  const notNetwork = join(dir, 'notes.maillage');
  writeFileSync(notNetwork, 'plain text, not SQLite'.repeat(100));
  const { code, stderr } = maillage('--db', notNetwork, 'sample');
  assert.equal(code, 1);
  assert.match(stderr, /notes\.maillage: cannot open|not a database/);
});

test('--db is accepted before or after the command', () => {
  assert.deepEqual(splitGlobal(['--db', 'a.maillage', 'serve', '--port', '1']), { db: 'a.maillage', command: 'serve', rest: ['--port', '1'], version: false });
  assert.deepEqual(splitGlobal(['serve', '--db', 'a.maillage']), { db: 'a.maillage', command: 'serve', rest: [], version: false });
  assert.deepEqual(splitGlobal(['--db=b.maillage', 'sample']), { db: 'b.maillage', command: 'sample', rest: [], version: false });
});
