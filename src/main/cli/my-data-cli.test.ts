// The CMO's own network from the command line: owner, LinkedIn archive, people with their role
// sources, a person and a meeting typed in, erasure (gone from the file and its undo log), and
// `scores` on a network without ties (it crashed on the modularity of no tie).
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../core/db/connection';
import { run } from './main';

const dir = mkdtempSync(join(tmpdir(), 'maillage-my-data-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const archive = join(import.meta.dirname, '..', 'core', 'import', 'fixtures', 'linkedin-archive', 'Basic_LinkedIn_Data_2024.zip');

async function maillage(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

test('owner, then the LinkedIn archive: the owner is recognised by their handles, people listed with role sources', async () => {
  const file = join(dir, 'me.maillage');
  const first = await maillage('--db', file, 'owner', '--name', 'H. Marchand', '--x', '@Helene_MKT', '--linkedin', 'http://fr.linkedin.com/in/helene-marchand/fr');
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /owner: #1 H\. Marchand\n {2}x: @helene_mkt\n {2}linkedin: https:\/\/www\.linkedin\.com\/in\/helene-marchand/);
  const imported = await maillage('--db', file, 'import', 'linkedin', archive);
  assert.equal(imported.code, 0, imported.stderr);
  // The owner of the archive is the network's owner: one owner, not a second "Hélène".
  const people = await maillage('--db', file, 'people', '--format', 'json');
  const rows = JSON.parse(people.stdout) as Array<{ id: number; name: string; role: string; role_source: string; title: string | null; organisation: string | null }>;
  assert.equal(rows.filter((r) => /Marchand/.test(r.name)).length, 1);
  assert.equal(rows[0]!.id, 1);
  const thomas = rows.find((r) => r.name === "Thomas O'Brien")!;
  assert.deepEqual({ role: thomas.role, source: thomas.role_source, title: thomas.title, organisation: thomas.organisation }, { role: 'analyst', source: 'inferred', title: 'Principal Analyst', organisation: 'Gartner' });
  const cmos = await maillage('--db', file, 'people', '--role', 'cmo');
  assert.equal(cmos.stdout.split('\n')[0], 'id,name,title,role,role_source,organisation');
  assert.match(cmos.stdout, /\n\d+,Camille Durand,Chief Marketing Officer,cmo,inferred,"Stripe, Inc\."/);
  assert.ok(!/Thomas/.test(cmos.stdout));
  const shown = await maillage('--db', file, 'owner');
  assert.match(shown.stdout, /owner: #1 H\. Marchand/);
});

test('a handle someone else holds is refused, naming them; bad options are usage errors', async () => {
  const file = join(dir, 'refuse.maillage');
  await maillage('--db', file, 'owner', '--name', 'Me Myself');
  await maillage('--db', file, 'person', 'add', '--name', 'Ana B', '--x', '@ana');
  const taken = await maillage('--db', file, 'owner', '--x', 'ana');
  assert.equal(taken.code, 2);
  assert.match(taken.stderr, /ana already belongs to Ana B \(#2\)/);
  const bad = await maillage('--db', file, 'owner', '--linkedin', 'https://example.com/ana');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /not a LinkedIn profile URL/);
  assert.equal((await maillage('--db', file, 'people', '--role', 'boss')).code, 2);
  assert.equal((await maillage('--db', file, 'interaction', 'add', '--from', '1', '--to', '2', '--kind', 'hug', '--at', '2026-01-01')).code, 2);
  const noDate = await maillage('--db', file, 'interaction', 'add', '--from', '1', '--to', '2', '--at', 'tomorrow');
  assert.equal(noDate.code, 2);
  const noOne = await maillage('--db', file, 'interaction', 'add', '--from', '1', '--to', '99', '--at', '2026-01-01');
  assert.equal(noOne.code, 2);
  assert.match(noOne.stderr, /No person with id 99/);
});

test('add a person and a lunch, then erase them: gone from the file, its WAL and the undo log', async () => {
  const file = join(dir, 'erase.maillage');
  await maillage('--db', file, 'owner', '--name', 'Owner');
  const added = await maillage('--db', file, 'person', 'add', '--name', 'Zelda Quux-Erasable', '--title', 'Rédactrice en chef', '--x', '@zelda_quux_erasable', '--organisation', 'Le Journal Quux');
  assert.match(added.stdout, /added #2 Zelda Quux-Erasable \(journalist, Rédactrice en chef, Le Journal Quux\)/);
  const lunch = await maillage('--db', file, 'interaction', 'add', '--from', '1', '--to', '2', '--kind', 'lunch', '--at', '2026-03-31', '--note', 'Zelda-secret-note');
  assert.equal(lunch.code, 0, lunch.stderr);
  const db = openDatabase(file);
  // A lunch takes two: one row each way, so the tie is reciprocal.
  assert.deepEqual(db.prepare('SELECT from_person_id AS "from", to_person_id AS "to", kind, channel, at, note FROM interaction ORDER BY id').all(), [
    { from: 1, to: 2, kind: 'lunch', channel: 'in_person', at: '2026-03-31', note: 'Zelda-secret-note' },
    { from: 2, to: 1, kind: 'lunch', channel: 'in_person', at: '2026-03-31', note: 'Zelda-secret-note' },
  ]);
  db.close();

  const refused = await maillage('--db', file, 'person', 'erase', '2');
  assert.equal(refused.code, 2, 'no confirmation, no erasure');
  assert.match(refused.stdout, /erase #2 Zelda Quux-Erasable: the person\n {2}handles: zelda_quux_erasable\n {2}2 interactions, 0 event attendances, 2 undo-history entries\n {2}This cannot be undone\./);
  const erased = await maillage('--db', file, 'person', 'erase', '2', '--yes');
  assert.equal(erased.code, 0, erased.stderr);

  const after = openDatabase(file);
  assert.equal(after.prepare('SELECT count(*) FROM person WHERE id = 2').pluck().get(), 0);
  assert.equal(after.prepare('SELECT count(*) FROM handle').pluck().get(), 0);
  assert.equal(after.prepare('SELECT count(*) FROM interaction').pluck().get(), 0);
  assert.equal(after.prepare("SELECT count(*) FROM edit_log WHERE changes LIKE '%Zelda%'").pluck().get(), 0);
  // The owner's own edit stays undoable.
  assert.equal(after.prepare('SELECT count(*) FROM edit_log').pluck().get(), 1);
  after.close();
  for (const path of [file, `${file}-wal`]) {
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    for (const marker of ['Zelda', 'zelda_quux', 'Zelda-secret-note']) assert.equal(bytes.indexOf(marker), -1, `${marker} left in ${path}`);
  }
});

test('scores on people without ties prints the rows and exits 0 (it crashed on toFixed of null)', async () => {
  const file = join(dir, 'no-ties.maillage');
  await maillage('--db', file, 'person', 'add', '--name', 'A B');
  await maillage('--db', file, 'person', 'add', '--name', 'C D');
  const scores = await maillage('--db', file, 'scores');
  assert.equal(scores.code, 0, scores.stderr);
  assert.equal(scores.stdout.split('\n').length, 3);
  assert.match(scores.stderr, /2 people, 0 ties, .*modularity undefined: no ties yet/);
});

test('top after a change computes the scores again (saying so on stderr): a meeting just logged moves the ranking', async () => {
  const file = join(dir, 'top-fresh.maillage');
  assert.equal((await maillage('--db', file, 'owner', '--name', 'Owner')).code, 0);
  for (const name of ['Ana', 'Bea']) assert.equal((await maillage('--db', file, 'person', 'add', '--name', name)).code, 0);
  assert.equal((await maillage('--db', file, 'interaction', 'add', '--from', '1', '--to', '2', '--kind', 'met', '--at', '2025-03-01')).code, 0);
  const first = await maillage('--db', file, 'top', '3');
  assert.equal(first.code, 0, first.stderr);
  assert.doesNotMatch(first.stderr, /computing the scores again/);
  const bea = (stdout: string) => stdout.split('\n').find((l) => l.split('\t')[2] === 'Bea')?.split('\t')[5];
  assert.equal(bea(first.stdout), '0.0', 'no tie yet: no influence');
  const same = await maillage('--db', file, 'top', '3');
  // Nothing changed: the same run, no new one. What stderr still says is the guidance (Bea has no tie yet).
  assert.doesNotMatch(same.stderr, /score run|computing/, 'nothing changed: the same run');
  assert.deepEqual(same.stderr.split('\n').filter(Boolean).map((l) => l.slice(0, 39)), ['guidance: People with no tie rank at ze']);
  assert.equal((await maillage('--db', file, 'interaction', 'add', '--from', '2', '--to', '3', '--kind', 'call', '--at', '2025-03-02')).code, 0);
  const after = await maillage('--db', file, 'top', '3');
  assert.match(after.stderr, /^the network changed after score run 1: computing the scores again$/m);
  // The new run ranks Ana first (she now has a tie of her own to give) and compares with run 1.
  assert.deepEqual(after.stdout.split('\n')[1]?.split('\t').slice(0, 3), ['1', '↑1', 'Ana']);
});
