// `maillage reminders` as users run it: the inbox of the sample's owner, a snooze that takes it
// out until its date, done, and errors that name the option and change nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'maillage-reminders-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'club.maillage');

function maillage(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Inbox { due: Array<{ id: number; kind: string; status: string }>; snoozed: Array<{ id: number; snoozedUntil: string }>; created: number }

test('reminders: list, snooze until a date, done; clear errors', () => {
  assert.equal(maillage('sample').code, 0);
  const list = maillage('reminders', '--as-of', '2026-11-30');
  assert.equal(list.code, 0, list.stderr);
  const lines = list.stdout.trim().split('\n');
  assert.equal(lines[0], 'id\tdue\tkind\tperson\treason');
  assert.ok(lines.length > 3, 'the sample owner has reminders');
  assert.ok(lines.slice(1).some((l) => /\tunanswered\t.*\t1 mention or message unanswered since /.test(l)));

  const inbox = JSON.parse(maillage('reminders', '--format', 'json', '--as-of', '2026-11-30').stdout) as Inbox;
  assert.equal(inbox.created, 0, 'listing again creates nothing');
  const [first, second] = inbox.due;
  assert.ok(first && second);
  const snooze = maillage('reminders', '--snooze', String(first.id), '--until', '2026-12-15', '--as-of', '2026-11-30');
  assert.equal(snooze.code, 0, snooze.stderr);
  assert.match(snooze.stdout, new RegExp(`^${first.id}\\tsnoozed until 2026-12-15\\t`));
  assert.equal(maillage('reminders', '--done', String(second.id), '--as-of', '2026-11-30').code, 0);
  const after = JSON.parse(maillage('reminders', '--format', 'json', '--as-of', '2026-12-01').stdout) as Inbox;
  assert.deepEqual(after.snoozed.map((r) => [r.id, r.snoozedUntil]), [[first.id, '2026-12-15']]);
  assert.ok(!after.due.some((r) => r.id === first.id || r.id === second.id));
  const cases: Array<[string[], RegExp, number]> = [
    [['reminders', '--snooze', String(first.id)], /--snooze ID needs --until DATE/, 2],
    [['reminders', '--snooze', String(first.id), '--until', 'soon'], /--until: a date like 2026-03-31/, 2],
    [['reminders', '--snooze', String(first.id), '--until', '2020-01-01'], /a later date than today/, 2],
    [['reminders', '--done', '999999'], /No reminder #999999/, 2],
    [['reminders', '--done', 'x'], /--done: expected a reminder id/, 2],
    [['reminders', '--done', '1', '--dismiss', '2'], /give one of --done, --dismiss, --reopen, --snooze at a time/, 2],
    [['reminders', '--format', 'xml'], /--format: expected table or json/, 2],
  ];
  for (const [args, message, exit] of cases) {
    const result = maillage(...args);
    assert.equal(result.code, exit, args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
  }
  const unchanged = JSON.parse(maillage('reminders', '--format', 'json', '--as-of', '2026-12-01').stdout) as Inbox;
  assert.deepEqual(unchanged.snoozed.map((r) => [r.id, r.snoozedUntil]), [[first.id, '2026-12-15']], 'the refused commands changed nothing');
  const back = JSON.parse(maillage('reminders', '--format', 'json', '--as-of', '2026-12-15').stdout) as Inbox;
  assert.ok(back.due.some((r) => r.id === first.id), 'due again when the snooze ends');
  assert.ok(!back.due.some((r) => r.id === second.id), 'done stays done');

});
