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

test('audience: flags with their reasons in the CSV', async () => {
  const { openDatabase } = await import('../core/db/connection');
  const { writeBundle } = await import('../core/db/import-write');
  const { emptyBundle } = await import('../core/import/bundle');
  const history = join(dir, 'history.maillage');
  const db = openDatabase(history, { create: true });
  // 100 → 110 → 122 → 172 followers, ten days apart; following 400 accounts, 20 of whom follow back.
  const followings = Array.from({ length: 400 }, (_, i) => String(900_000 + i));
  [100, 110, 122, 172].forEach((n, k) => {
    const b = emptyBundle('x-archive');
    b.people.push({ key: 'me', name: 'Owner', isMe: true, handles: [{ kind: 'x_id', value: '1' }] });
    b.audiences = [{ of: 'me', accountId: '1', takenAt: new Date(Date.UTC(2025, 0, 1 + 10 * k)).toISOString(), followers: [...followings.slice(0, 20), ...Array.from({ length: n - 20 }, (_, i) => String(1000 + i))], followings }];
    writeBundle(db, b, { fileName: `archive-${k}.zip`, format: 'x-archive', contentHash: `h${k}` });
  });
  db.close();
  const csv = maillageOn(history, 'audience');
  assert.equal(csv.code, 0, csv.stderr);
  const last = csv.stdout.trim().split('\n').at(-1)!;
  assert.equal(
    last,
    '2025-01-31T00:00:00.000Z,172,400,50,0,0.05,"burst (5/day, 4.5× the median 1.1/day); mass_follow (follows 400, followed by 172, 5% follow back); silent_followers (172 of 172 never interacted)"',
  );
});
