// `maillage report top` as users run it: wrong requests fail with one line naming the option,
// exit 2 and write nothing; a good one writes the edition whole.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'maillage-report-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'club.maillage');

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('report top: clear errors and nothing written; then the edition, whole', () => {
  assert.equal(maillage('sample').code, 0);
  const out = join(dir, 'top.html');
  const cases: Array<[string[], RegExp]> = [
    [['report', 'top', '--year', '2025'], /report top needs --out FILE\.html/],
    [['report', 'bottom', '--year', '2025', '--out', out], /usage: maillage --db FILE report top --year YYYY/],
    [['report', 'top', '--out', out], /report top needs --year YYYY/],
    [['report', 'top', '--year', '2025', '--from', '2025-01-01', '--out', out], /--year: give either a year or a window/],
    [['report', 'top', '--from', '2025-06-01', '--to', '2025-01-01', '--out', out], /--to: the window ends before it starts/],
    [['report', 'top', '--year', '2025', '--role', 'wizard', '--out', out], /--role: .*expected one of "cmo"/],
    [['report', 'top', '--year', '2025', '--lang', 'de', '--out', out], /--lang: .*expected one of "fr"\|"en"/],
    [['report', 'top', '--year', 'last', '--out', out], /--year: expected a whole number, got "last"/],
    [['report', 'top', '--year', '2025', '--n', '0', '--out', out], /--n: .*>=1/],
    [['top', '30', '--year', '25'], /--year: expected a year like 2025, got "25"/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = maillage(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message, args.join(' '));
    assert.equal(existsSync(out), false, `nothing written: ${args.join(' ')}`);
  }
  const { code, stdout, stderr } = maillage('report', 'top', '--year', '2025', '--n', '5', '--role', 'analyst', '--lang', 'fr', '--out', out);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /wrote .*top\.html: top 5 analyst of 2025, 5 names/);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<title>Les 5 plus influents — Analyste — 2025<\/title>/);
  assert.equal(existsSync(`${out}.partial`), false);
});

test('report event: the after-event report, whole; clear errors, never over the network, no PDF here', () => {
  if (!existsSync(file)) assert.equal(maillage('sample').code, 0);
  const out = join(dir, 'forum.html');
  const cases: Array<[string[], RegExp]> = [
    [['report', 'event', '--out', out], /report event needs --event ID/],
    [['report', 'event', '--event', '11'], /report event needs --out FILE\.html/],
    [['report', 'event', '--event', '99', '--out', out], /--event: no event with id 99/],
    [['report', 'event', '--event', '11', '--days', '0', '--out', out], /--days: .*>=1/],
    [['report', 'event', '--event', '11', '--year', '2025', '--out', out], /--year belongs to report top/],
    [['report', 'event', '--event', '11', '--out', join(dir, 'forum.pdf')], /writes HTML only .* write .*forum\.html and print it to PDF from a browser/],
    [['report', 'event', '--event', '11', '--out', file], /is the network being exported .* nothing was written/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = maillage(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message, args.join(' '));
    assert.equal(existsSync(out), false, `nothing written: ${args.join(' ')}`);
  }
  assert.equal(existsSync(join(dir, 'forum.pdf')), false);
  const { code, stdout, stderr } = maillage('report', 'event', '--event', '11', '--lang', 'en', '--out', out);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /wrote .*forum\.html: Forum des CMO 2026 \(2026-09-12\), 36 came; \d+ new ties, mentions \d+ before → \d+ after/);
  // The same mentions as `impact` for the same event.
  const impact = JSON.parse(maillage('impact', '--event', '11', '--format', 'json').stdout) as { mentions: { before: number; after: number } };
  assert.match(stdout, new RegExp(`mentions ${impact.mentions.before} before → ${impact.mentions.after} after`));
  assert.match(readFileSync(out, 'utf8'), /<title>After the event: Forum des CMO 2026<\/title>/);
});
