// `maillage conversations` and `maillage creators` as users run them: DESIGN's CSV columns, the
// survey beside every row, JSON, and errors naming the option.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'maillage-watch-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'club.maillage');

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('conversations and creators: CSV, JSON and errors', () => {
  assert.equal(maillage('sample').code, 0);
  const byYear = maillage('conversations', '--by', 'year');
  assert.equal(byYear.code, 0, byYear.stderr);
  const lines = byYear.stdout.trim().split('\n');
  assert.equal(lines[0], 'period,threads_started,replies_received,quotes_received,answers_per_thread,partners,conversation,broadcast,conversation_share,median_answer_hours,answered,unanswered');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), ['2023', '2024', '2025', '2026']);
  const json = JSON.parse(maillage('conversations', '--person', '2', '--by', 'quarter', '--format', 'json').stdout) as { person: { personId: number }; by: string; rows: unknown[] };
  assert.deepEqual([json.person.personId, json.by], [2, 'quarter']);

  const creators = maillage('creators');
  assert.equal(creators.code, 0, creators.stderr);
  const rows = creators.stdout.trim().split('\n');
  assert.equal(rows[0], 'role,people,creators,curators,creator_share,curator_share,survey_creator_share,survey_curator_share');
  assert.match(rows[1] as string, /^all,\d+,\d+,\d+,0\.\d+,0\.\d+,0\.818,0\.182$/);
  const year = maillage('creators', '--year', '2025');
  assert.match(year.stderr, /^2025 against 2024: \d+ moved from curator to creator, \d+ from creator to curator/);

  const cases: Array<[string[], RegExp]> = [
    [['conversations', '--by', 'week'], /--by: expected month, quarter or year, got "week"/],
    [['conversations', '--person', '999999'], /No person #999999/],
    [['conversations', '--person', 'ada'], /--person: expected a person id/],
    [['creators', '--year', '25'], /--year: expected a year like 2025, got "25"/],
    [['creators', '--format', 'xml'], /--format: expected csv or json, got "xml"/],
  ];
  for (const [args, message] of cases) {
    const result = maillage(...args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
  }
});
