// LinkedIn's whole archive: the committed fictional export as a zip and as a folder, each file's
// quirks, people matched across files, connections as reciprocal ties, roles guessed from titles,
// and the importer's guarantees (idempotent, a newer export adds only what is new, a broken file
// refused naming file/line/field with nothing written).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { loadGraphView } from '../db/graph-view';
import { updatePerson } from '../db/people';
import { ImportError } from './bundle';
import { linkedInSlug } from './common';
import { makeZip } from './fixtures/zip';
import { parseLinkedIn, parseLinkedInText } from './linkedin';
import { parseUsDateTime, parseUtcDateTime, repairMojibake } from './linkedin-files/text';
import { importFile } from './run';

const fixtures = join(import.meta.dirname, 'fixtures', 'linkedin-archive');
const zip = join(fixtures, 'Basic_LinkedIn_Data_2024.zip');
const folder = join(fixtures, 'export');
const dir = mkdtempSync(join(tmpdir(), 'maillage-linkedin-archive-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['person', 'handle', 'interaction', 'follow', 'import_batch', 'organisation'];
const counts = (db: Db): Record<string, number> => Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
const personId = (db: Db, name: string): number => (db.prepare('SELECT id FROM person WHERE name = ?').get(name) as { id: number }).id;

test('the zip and its unpacked folder give the same people and interactions; other files are passed over', async () => {
  const fromZip = await parseLinkedIn(zip);
  const fromFolder = await parseLinkedIn(folder);
  const shape = (b: typeof fromZip) => ({ people: b.people.map((p) => [p.key, p.name, p.title]), interactions: b.interactions.map((x) => [x.from, x.to, x.kind, x.at, x.externalId]) });
  assert.deepEqual(shape(fromZip), shape(fromFolder));
  const kinds: Record<string, number> = {};
  for (const x of fromZip.interactions) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
  // 12 connections both ways; 9 messages less a draft and a closed account, the two group ones to each of 2 recipients;
  // 2 invitations; 2 accepted endorsements received, 1 given; 1 recommendation each way.
  assert.deepEqual(kinds, { connection: 24, message: 9, invitation: 2, endorsement: 3, recommendation: 2 });
  assert.ok(fromZip.interactions.every((x) => x.channel === 'linkedin'));
});

test('Profile.csv names the owner; their X handle links the X archive', async () => {
  const bundle = await parseLinkedIn(zip);
  const owner = bundle.people[0]!;
  assert.equal(owner.isMe, true);
  assert.equal(owner.name, 'Hélène Marchand');
  assert.deepEqual(owner.handles, [
    { kind: 'x', value: 'helene_mkt' },
    { kind: 'linkedin', value: 'https://www.linkedin.com/in/helene-marchand' },
  ]);
});

test('people are matched across files by normalised URL then name; double-encoded names are repaired', async () => {
  const bundle = await parseLinkedIn(zip);
  const names = bundle.people.map((p) => p.name);
  // Amélie is written "AmÃ©lie" in messages.csv, Camille's URL with "/?originalSubdomain=fr": one person each.
  assert.equal(names.filter((n) => n === 'Amélie Nguyen').length, 1);
  assert.equal(names.filter((n) => n === 'Camille Durand').length, 1);
  assert.ok(!names.some((n) => n.includes('Ã')), names.join(', '));
  assert.ok(!names.includes('LinkedIn Member'));
  // Recommendations name people without a URL: matched by name to the connection.
  const sofia = bundle.people.filter((p) => p.name === 'Sofia Rossi');
  assert.equal(sofia.length, 1);
  assert.ok(bundle.interactions.some((x) => x.kind === 'recommendation' && x.from === sofia[0]!.key && x.to === 'me'));
  // Newcomers: a recruiter who wrote, an analyst invited.
  assert.ok(names.includes('Zoé Lambert') && names.includes('Julie Caron'));
});

test('URL normalisation: http/https, www or a country, locale path, trailing slash, query, case', () => {
  for (const url of [
    'https://www.linkedin.com/in/ana-b',
    'http://linkedin.com/in/ana-b',
    'https://fr.linkedin.com/in/ana-b/fr',
    'https://www.linkedin.com/in/ANA-B/',
    'www.linkedin.com/in/ana-b/en-us/',
    'https://www.linkedin.com/in/ana-b?originalSubdomain=fr',
    'https://www.linkedin.com/in/ana-b/#experience',
  ]) {
    assert.equal(linkedInSlug(url), 'ana-b', url);
  }
  assert.equal(linkedInSlug('https://www.linkedin.com/company/acme'), null);
  assert.equal(linkedInSlug('https://example.com/in/ana-b'), null);
});

test('mojibake repair and the archive date formats', () => {
  assert.equal(repairMojibake('HÃ©lÃ¨ne LefÃ¨vre'), 'Hélène Lefèvre');
  assert.equal(repairMojibake('Ã‰lodie'), 'Élodie');
  assert.equal(repairMojibake('Ã©tÃ© â€” dÃ©jÃ\u00a0'), 'été — déjà');
  // Right as it is: kept.
  assert.equal(repairMojibake('Hélène'), 'Hélène');
  assert.equal(repairMojibake('Ã la carte'), 'Ã la carte');
  assert.equal(parseUtcDateTime('2023-05-12 09:31:12 UTC'), '2023-05-12T09:31:12.000Z');
  assert.equal(parseUtcDateTime('2019/03/04 10:03:38 UTC'), '2019-03-04T10:03:38.000Z');
  assert.equal(parseUtcDateTime('2023-02-30 09:31:12 UTC'), null);
  assert.equal(parseUsDateTime('5/12/23, 9:31 AM'), '2023-05-12T09:31:00.000Z');
  assert.equal(parseUsDateTime('5/12/23, 12:05 AM'), '2023-05-12T00:05:00.000Z');
  assert.equal(parseUsDateTime('11/30/22, 4:45 PM'), '2022-11-30T16:45:00.000Z');
  assert.equal(parseUsDateTime('13/12/23, 9:31 AM'), null);
  assert.equal(parseUsDateTime('5/12/23, 13:31 PM'), null);
});

test('imported: connections are reciprocal ties, roles are guessed from titles and organisations', async () => {
  const db = openDatabase(':memory:', { create: true });
  const summary = await importFile(db, 'linkedin', zip);
  assert.equal(summary.added.interactions, 40);
  const owner = db.prepare('SELECT id, name FROM person WHERE is_me = 1').get() as { id: number; name: string };
  assert.equal(owner.name, 'Hélène Marchand');
  const view = loadGraphView(db, {});
  const camille = personId(db, 'Camille Durand');
  const toCamille = view.edges.find((e) => e.source === owner.id && e.target === camille)!;
  const fromCamille = view.edges.find((e) => e.source === camille && e.target === owner.id)!;
  assert.ok(toCamille.reciprocal && fromCamille.reciprocal);
  // Every connection is drawn solid: each of the 12 has an edge both ways with the owner.
  const julien = personId(db, 'Julien Roux');
  assert.ok(view.edges.find((e) => e.source === julien && e.target === owner.id)?.reciprocal);
  // The invited analyst never answered: one way.
  const julie = personId(db, 'Julie Caron');
  assert.equal(view.edges.find((e) => e.source === owner.id && e.target === julie)?.reciprocal, false);

  const roles = Object.fromEntries(
    (db.prepare("SELECT name, role, role_source FROM person WHERE is_me = 0 AND name IN ('Camille Durand','Jean-Marc Lefèvre','Amélie Nguyen','Thomas O''Brien','Sofia Rossi','Marc Petit','Léa Fontaine','Karim Benali','Nadia Haddad','Paul Girard','Inès Moreau','Julien Roux')").all() as Array<{ name: string; role: string; role_source: string }>).map((r) => [r.name, `${r.role}/${r.role_source}`]),
  );
  assert.deepEqual(roles, {
    'Camille Durand': 'cmo/inferred',
    'Jean-Marc Lefèvre': 'cio/inferred',
    'Amélie Nguyen': 'journalist/inferred',
    "Thomas O'Brien": 'analyst/inferred',
    'Sofia Rossi': 'consultant/inferred',
    'Marc Petit': 'analyst/inferred',
    'Léa Fontaine': 'cmo/inferred',
    'Karim Benali': 'cmo/inferred',
    'Nadia Haddad': 'journalist/inferred',
    'Paul Girard': 'cio/inferred',
    'Inès Moreau': 'consultant/inferred',
    'Julien Roux': 'other/none',
  });
  const camilleRow = db.prepare("SELECT p.title, o.name AS organisation FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?").get(camille);
  assert.deepEqual(camilleRow, { title: 'Chief Marketing Officer', organisation: 'Stripe, Inc.' });
  db.close();
});

test('idempotent: the same zip again adds nothing, the folder form adds nothing either', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'linkedin', zip);
  const before = counts(db);
  assert.equal((await importFile(db, 'linkedin', zip)).alreadyImported, true);
  const again = await importFile(db, 'linkedin', folder);
  assert.equal(again.added.interactions, 0);
  assert.equal(again.added.people, 0);
  assert.equal(again.duplicateInteractions, 40);
  assert.deepEqual({ ...counts(db), import_batch: 0 }, { ...before, import_batch: 0 });
  db.close();
});

test('a newer export adds only what is new, and never replaces a role the user set', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'linkedin', zip);
  const camille = personId(db, 'Camille Durand');
  updatePerson(db, camille, { role: 'peer' });
  const newer = join(dir, 'newer');
  cpSync(folder, newer, { recursive: true });
  const connections = join(newer, 'Connections.csv');
  writeFileSync(connections, `${readFileSync(connections, 'utf8')}Chloé,Martin,https://www.linkedin.com/in/chloe-martin,,IDC,Research Manager,02 Mar 2024\r\n`);
  const messages = join(newer, 'messages.csv');
  writeFileSync(messages, `${readFileSync(messages, 'utf8')}2-conv-camille,,Camille Durand,https://www.linkedin.com/in/camille-durand-4b2a1c,Hélène Marchand,https://www.linkedin.com/in/helene-marchand,2024-03-20 08:00:00 UTC,,Merci !,INBOX,,No\r\n`);
  const summary = await importFile(db, 'linkedin', newer);
  assert.equal(summary.added.people, 1);
  assert.equal(summary.added.interactions, 3);
  assert.equal(summary.duplicateInteractions, 40);
  assert.deepEqual(db.prepare('SELECT role, role_source FROM person WHERE id = ?').get(camille), { role: 'peer', role_source: 'user' });
  assert.deepEqual(db.prepare("SELECT role, role_source FROM person WHERE name = 'Chloé Martin'").get(), { role: 'analyst', role_source: 'inferred' });
  db.close();
});

test('a broken file in the archive is refused naming the entry, line and field; nothing is written', async () => {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'linkedin', zip);
  const before = counts(db);
  const good = readFileSync(join(folder, 'messages.csv'), 'utf8');
  const cases: Array<{ entry: string; text: string; line: number; field: string; says: RegExp }> = [
    { entry: 'messages.csv', text: good.replace('2024-01-08 17:45:00 UTC', '08/01/2024 17h45'), line: 5, field: 'DATE', says: /not a date/ },
    { entry: 'Invitations.csv', text: 'From,To,Sent At,Message,Direction\r\nA,B,5/12/23, 9:31 AM,,SIDEWAYS\r\n', line: 2, field: 'Direction', says: /INCOMING or OUTGOING/ },
    { entry: 'Connections.csv', text: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nAna,B,,,Acme,CMO,31 Feb 2024\r\n', line: 2, field: 'Connected On', says: /not a date/ },
    { entry: 'Endorsement_Received_Info.csv', text: 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name\r\nlast year,SEO,Ana,B\r\n', line: 2, field: 'Endorsement Date', says: /not a date/ },
    { entry: 'Recommendations_Given.csv', text: 'First Name,Last Name,Company,Creation Date\r\nAna,B,Acme,soon\r\n', line: 2, field: 'Creation Date', says: /not a date/ },
    { entry: 'messages.csv', text: 'CONVERSATION ID,FROM,DATE\r\nx,A,2023-05-12 09:31:12 UTC\r\n', line: 1, field: 'TO', says: /no header/ },
  ];
  for (const c of cases) {
    const path = join(dir, `broken-${c.entry}.zip`);
    writeFileSync(path, makeZip([{ name: 'Profile.csv', data: readFileSync(join(folder, 'Profile.csv')) }, { name: c.entry, data: c.text, deflate: true }]));
    await assert.rejects(importFile(db, 'linkedin', path), (error: unknown) => {
      assert.ok(error instanceof ImportError, String(error));
      assert.ok(error.message.startsWith(`broken-${c.entry}.zip/${c.entry}:`), error.message);
      assert.equal(error.where.line, c.line, error.message);
      assert.equal(error.where.field, c.field, error.message);
      assert.match(error.message, c.says);
      return true;
    });
    assert.deepEqual(counts(db), before, `nothing written (${c.entry})`);
  }
  db.close();
});

test('one CSV of the archive alone is recognised by its header; the owner is the one in every conversation', () => {
  const text = readFileSync(join(folder, 'messages.csv'), 'utf8');
  const bundle = parseLinkedInText(text, 'messages.csv');
  assert.equal(bundle.people[0]!.name, 'Hélène Marchand');
  assert.deepEqual(bundle.people[0]!.handles, [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/helene-marchand' }]);
  assert.equal(bundle.interactions.filter((x) => x.to === 'me').length, 4);
  assert.throws(() => parseLinkedInText('name,role\nAna,cmo\n', 'people.csv'), /no LinkedIn header/);
});

test('format detection: a LinkedIn zip, folder or CSV is LinkedIn; an X archive stays an X archive', async () => {
  const { detectFormat } = await import('./detect');
  assert.equal(await detectFormat(zip, 'Basic_LinkedIn_Data_2024.zip'), 'linkedin');
  assert.equal(await detectFormat(folder, 'export', true), 'linkedin');
  assert.equal(await detectFormat(join(folder, 'messages.csv'), 'messages.csv'), 'linkedin');
  assert.equal(await detectFormat(join(folder, 'Invitations.csv'), 'Invitations.csv'), 'linkedin');
  const xArchive = join(import.meta.dirname, 'fixtures', 'x-archive', 'twitter-2023-03-01-archive.zip');
  assert.equal(await detectFormat(xArchive, 'twitter-2023-03-01-archive.zip'), 'x-archive');
  assert.equal(await detectFormat(join(import.meta.dirname, 'fixtures', 'x-archive', 'archive'), 'archive', true), 'x-archive');
});
