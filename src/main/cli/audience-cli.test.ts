// `maillage audience` as a user runs it after importing two successive X archives: one CSV row per
// snapshot with gained, lost, follow-back ratio and flags; JSON; and errors naming the option.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'maillage-audience-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'me.maillage');
const fixtures = join(import.meta.dirname, '..', 'core', 'import', 'fixtures', 'x-archive-audience');

function maillage(...args: string[]) {
  return maillageOn(file, ...args);
}
function maillageOn(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', db, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('audience: one row per snapshot, CSV and JSON', () => {
  // The sample has no X import: no snapshot, and the command says what to do.
  const sample = join(dir, 'sample.maillage');
  assert.equal(maillageOn(sample, 'sample').code, 0);
  const empty = maillageOn(sample, 'audience');
  assert.equal(empty.code, 0, empty.stderr);
  assert.equal(empty.stdout.trim(), 'date,followers,followings,gained,lost,follow_back_ratio,flags');
  assert.match(empty.stderr, /no audience snapshot yet/);

  for (const archive of ['twitter-2024-03-15-archive.zip', 'twitter-2024-01-15-archive.zip']) {
    const imported = maillage('import', 'x-archive', join(fixtures, archive));
    assert.equal(imported.code, 0, imported.stderr);
  }
  const csv = maillage('audience');
  assert.equal(csv.code, 0, csv.stderr);
  assert.deepEqual(csv.stdout.trim().split('\n'), [
    'date,followers,followings,gained,lost,follow_back_ratio,flags',
    '2024-01-15T08:00:00.000Z,11,4,,,0,',
    '2024-03-15T08:00:00.000Z,9,4,2,4,0.25,',
  ]);
  const json = JSON.parse(maillage('audience', '--format', 'json').stdout) as { snapshots: Array<{ gained: number | null; silentFollowers: number }>; thresholds: { burstFactor: number } };
  assert.deepEqual(json.snapshots.map((s) => [s.gained, s.silentFollowers]), [[null, 9], [2, 7]]);
  assert.equal(json.thresholds.burstFactor, 3);
  // The followers known only by id are no people.
  const people = maillage('people', '--format', 'csv');
  assert.doesNotMatch(people.stdout, /X user/);

  const bad = maillage('audience', '--format', 'xml');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format: expected csv or json, got "xml"/);
});
