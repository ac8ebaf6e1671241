// `scores` and `top` print the guidance on stderr, one line an item, and keep stdout for the data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'maillage-guidance-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', 'core', 'import', 'fixtures');

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  assert.equal(result.status, 0, result.stderr);
  return { stdout: result.stdout, stderr: result.stderr };
}
const guidance = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('guidance: '));

test('LinkedIn alone: top and scores say what the rankings cannot tell, on stderr only', () => {
  const db = join(dir, 'mine.maillage');
  maillage('--db', db, 'import', 'linkedin', join(fixtures, 'linkedin-archive', 'Basic_LinkedIn_Data_2024.zip'));
  const top = maillage('--db', db, 'top', '3');
  assert.equal(top.stdout.trim().split('\n').length, 4, 'a header and three rows');
  assert.doesNotMatch(top.stdout, /guidance/);
  const lines = guidance(top.stderr);
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^guidance: Influence cannot tell your contacts apart yet\. 9 of the 14 people with a tie .* The 6 people linked by a connection alone all get exactly the same influence score/);
  assert.match(lines[1]!, /^guidance: Reciprocity says nothing yet\. 8 of the 12 two-way ties are two-way only because a LinkedIn connection is mutual by definition/);
  assert.match(lines[2]!, /^guidance: Brokerage and communities see only you in the middle\. Only 2 of your 14 contacts have a known tie/);

  const scores = maillage('--db', db, 'scores', '--format', 'json');
  assert.equal((JSON.parse(scores.stdout) as { people: unknown[] }).people.length, 15, 'stdout stays valid JSON');
  assert.deepEqual(guidance(scores.stderr), lines);

  maillage('--db', db, 'import', 'x-archive', join(fixtures, 'x-archive', 'twitter-2023-03-01-archive.zip'));
  assert.deepEqual(guidance(maillage('--db', db, 'top', '3').stderr).map((l) => l.split('.')[0]), ['guidance: Reciprocity says nothing yet', 'guidance: Brokerage and communities see only you in the middle']);
});

test('the sample network: no guidance', () => {
  const db = join(dir, 'sample.maillage');
  maillage('--db', db, 'sample');
  assert.deepEqual(guidance(maillage('--db', db, 'top', '3').stderr), []);
});
