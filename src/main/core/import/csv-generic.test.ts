// Generic CSV: the four templates of DESIGN.md, header detection with real tools' synonyms
// (English and French), delimiters, BOM, CRLF, quoted cells, and errors that say line and field.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../db/connection';
import { ImportError } from './bundle';
import { detectCsvTemplate, parseCsv } from './csv-generic';
import { importFile } from './run';

const fixtures = join(import.meta.dirname, 'fixtures', 'csv');
const dir = mkdtempSync(join(tmpdir(), 'maillage-csv-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const tmp = (content: string): string => {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
};

test('detectCsvTemplate: the template headers, tool exports and French spreadsheets', () => {
  assert.deepEqual(detectCsvTemplate(['from', 'to', 'kind', 'channel', 'at', 'weight']), {
    template: 'interactions',
    mapping: { from: 'from', to: 'to', kind: 'kind', channel: 'channel', at: 'at', weight: 'weight' },
    unmapped: [],
  });
  assert.deepEqual(detectCsvTemplate(['Source', 'Target', 'Type', 'Date', 'Id']), {
    template: 'interactions',
    mapping: { Source: 'from', Target: 'to', Type: 'kind', Date: 'at' },
    unmapped: ['Id'],
  });
  assert.deepEqual(detectCsvTemplate(['Full name', 'Company', 'Job Title', 'Twitter', 'LinkedIn', 'E-mail']), {
    template: 'people',
    mapping: { 'Full name': 'name', Company: 'organisation', 'Job Title': 'title', Twitter: 'x_handle', LinkedIn: 'linkedin_url', 'E-mail': 'email' },
    unmapped: [],
  });
  assert.deepEqual(detectCsvTemplate(['Nom', 'Société', 'Poste', 'Genre', 'X handle', 'Organisation'])!.mapping, {
    Nom: 'name',
    Société: 'organisation',
    Poste: 'title',
    Genre: 'gender',
    'X handle': 'x_handle',
  });
  assert.equal(detectCsvTemplate(['Name', 'Organization', 'Entreprise'])!.mapping.Organization, 'organisation');
  // "Prénom" + "Nom": Nom is then the last name.
  assert.deepEqual(detectCsvTemplate(['Prénom', 'Nom', 'Entreprise'])!.mapping, { Prénom: 'first_name', Nom: 'last_name', Entreprise: 'organisation' });
  assert.deepEqual(detectCsvTemplate(['Attendee', 'Event', 'Ticket status']), {
    template: 'attendance',
    mapping: { Attendee: 'person', Event: 'event', 'Ticket status': 'status' },
    unmapped: [],
  });
  assert.deepEqual(detectCsvTemplate(['NAME', 'KIND', 'DATE', 'PLACE', 'CAPACITY'])!.template, 'events');
  assert.equal(detectCsvTemplate(['Lieu', 'Capacité'])?.template, undefined);
  assert.equal(detectCsvTemplate(['foo', 'bar']), null);
});

test('people.csv: the template header, roles, handles normalised, counts, tags, a blank row', async () => {
  const bundle = await parseCsv(join(fixtures, 'people.csv'));
  assert.equal(bundle.format, 'csv');
  assert.deepEqual(bundle.people, [
    {
      key: 'x:claire_martin',
      name: 'Claire Martin',
      handles: [
        { kind: 'x', value: 'claire_martin' },
        { kind: 'linkedin', value: 'https://www.linkedin.com/in/claire-martin-acme' },
        { kind: 'email', value: 'claire.martin@example.fr' },
      ],
      role: 'cmo',
      organisation: 'Acmé SAS',
      title: 'Directrice marketing',
      gender: 'f',
      followers: 12500,
      tags: ['club', 'speaker'],
    },
    {
      key: 'linkedin:https://www.linkedin.com/in/julienmoreau',
      name: 'Julien Moreau',
      handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/julienmoreau' }],
      role: 'peer',
      organisation: 'Moreau & Fils, SARL',
      title: 'Head of Growth',
      gender: 'm',
      followers: 1200,
    },
    {
      key: 'x:sarah_analyst',
      name: 'Sarah Klein',
      handles: [{ kind: 'x', value: 'sarah_analyst' }],
      role: 'analyst',
      organisation: 'Forrest Insights',
      title: 'Principal Analyst',
      gender: 'f',
      followers: 45200,
      tags: ['analyst'],
    },
    { key: 'email:tom@dubois-conseil.example', name: 'Tom Dubois', handles: [{ kind: 'email', value: 'tom@dubois-conseil.example' }], role: 'consultant' },
  ]);
  assert.deepEqual(bundle.warnings, [{ line: 5, message: 'blank row passed over', why: { key: 'blankRow' } }]);
});

test('French Excel export: BOM, ";" delimiter, CRLF, Prénom/Nom, French values', async () => {
  const bundle = await parseCsv(join(fixtures, 'contacts-fr.csv'));
  assert.deepEqual(
    bundle.people.map((p) => [p.name, p.role, p.organisation, p.title, p.gender, p.handles.map((h) => h.value).join(' ')]),
    [
      ['Léa Petit', 'journalist', 'Société Générale des Tests', 'Responsable communication', 'f', 'leapetit'],
      ['Marc-Antoine Lefèvre', 'cio', 'Banque Exemple', 'DSI', 'm', 'ma.lefevre@example.fr'],
      ['Emma Wilson', 'analyst', 'Wilson Research', 'Analyste; marchés B2B', undefined, 'emma_w'],
    ],
  );
  assert.deepEqual(bundle.warnings, [{ line: 4, message: 'blank row passed over', why: { key: 'blankRow' } }]);
});

test('interactions.csv: names and handles as people, defaults, French dates, synonyms', async () => {
  const bundle = await parseCsv(join(fixtures, 'interactions.csv'));
  assert.deepEqual(bundle.interactions, [
    { from: 'x:claire_martin', to: 'x:julienmoreau', kind: 'mention', channel: 'x', at: '2024-03-05T09:12:44.000Z' },
    { from: 'name:julien moreau', to: 'name:claire martin', kind: 'reply', channel: 'linkedin', at: '2024-03-05', weight: 2 },
    // kind defaults to mention; no date.
    { from: 'x:sarah_analyst', to: 'email:tom@dubois-conseil.example', kind: 'mention', channel: 'email' },
    // "RT" → repost, "twitter" → x, 15/03/2024 (Excel's French date) → 2024-03-15.
    { from: 'name:lea petit', to: 'linkedin:https://www.linkedin.com/in/claire-martin-acme', kind: 'repost', channel: 'x', at: '2024-03-15', weight: 0.5 },
  ]);
  assert.deepEqual(
    bundle.people.map((p) => [p.key, p.name, p.handles.length]),
    [
      ['x:claire_martin', '', 1],
      ['x:julienmoreau', '', 1],
      ['name:julien moreau', 'Julien Moreau', 0],
      ['name:claire martin', 'Claire Martin', 0],
      ['x:sarah_analyst', '', 1],
      ['email:tom@dubois-conseil.example', '', 1],
      ['name:lea petit', 'Léa Petit', 0],
      ['linkedin:https://www.linkedin.com/in/claire-martin-acme', '', 1],
    ],
  );
  assert.deepEqual(bundle.warnings, [{ line: 5, message: 'blank row passed over', why: { key: 'blankRow' } }]);
});

test('events (French headers, dd/mm/yyyy) and attendance (tab-separated, ticket status)', async () => {
  const events = await parseCsv(join(fixtures, 'events-fr.csv'));
  assert.deepEqual(events.events, [
    { key: 'event:petit-dejeuner des cmo|2024-06-13', name: 'Petit-déjeuner des CMO', kind: 'dinner', date: '2024-06-13', place: 'Paris 8e', capacity: 40 },
    { key: 'event:table ronde influence b2b|2024-09-19', name: 'Table ronde influence B2B', kind: 'round_table', date: '2024-09-19', place: 'Lyon', capacity: 25 },
    { key: 'event:webinaire ia & marketing|2024-10-02', name: 'Webinaire IA & marketing', kind: 'webinar', date: '2024-10-02' },
  ]);
  const attendance = await parseCsv(join(fixtures, 'attendance.tsv'));
  assert.deepEqual(attendance.attendance, [
    { person: 'name:claire martin', event: 'event:table ronde influence b2b', role: 'host', status: 'attended' },
    { person: 'x:sarah_analyst', event: 'event:table ronde influence b2b', role: 'speaker', status: 'confirmed' },
    { person: 'email:julien@moreau.example', event: 'event:table ronde influence b2b', status: 'declined' },
    { person: 'name:lea petit', event: 'event:webinaire ia & marketing' },
  ]);
  assert.deepEqual(attendance.events.map((e) => e.name), ['Table ronde influence B2B', 'Webinaire IA & marketing']);
});

test('a user mapping for unknown headers, and a forced template', async () => {
  const path = tmp('Qui,Vers qui,Quoi\nAna,Bob,reply\n');
  await assert.rejects(parseCsv(path, { fileName: 'x.csv' }), /x\.csv:line 1: the header matches no CSV template/);
  const bundle = await parseCsv(path, { csvMapping: { Qui: 'from', 'Vers qui': 'to', Quoi: 'kind' } });
  assert.deepEqual(bundle.interactions, [{ from: 'name:ana', to: 'name:bob', kind: 'reply', channel: 'other' }]);
  const people = await parseCsv(tmp('Name,Date\nAna,2024-01-01\n'), { csvTemplate: 'people' });
  assert.deepEqual(people.people, [{ key: 'name:ana', name: 'Ana', handles: [] }]);
  await assert.rejects(parseCsv(path, { csvMapping: { Qui: 'from', Absent: 'to' }, fileName: 'x.csv' }), /the mapping names the column "Absent"/);
  await assert.rejects(parseCsv(path, { csvMapping: { Qui: 'sender' }, csvTemplate: 'interactions', fileName: 'x.csv' }), /"Qui" is mapped to "sender", which is not a field of interactions\.csv/);
});

test('every bad cell is an ImportError with line, field, what was expected and what was found', async () => {
  const cases: Array<[string, string]> = [
    ['from,to,kind\nA,B,mention\nA,B,hug\n', 'f.csv:line 3, field "kind": expected one of mention, reply, quote, repost, like, comment, message, met, connection, invitation, endorsement, recommendation, call, lunch, got "hug"'],
    ['from;to;channel\nA;B;fax\n', 'f.csv:line 2, field "channel": expected one of x, linkedin, email, in_person, other, got "fax"'],
    ['from,to,at\nA,B,2024-13-01\n', 'f.csv:line 2, field "at": expected an ISO 8601 date like 2024-03-15 or 2024-03-15T09:30:00Z, got "2024-13-01"'],
    ['from,to,weight\nA,B,-1\n', 'f.csv:line 2, field "weight": expected a positive number like 1 or 2.5, got "-1"'],
    ['Source,Target\n,B\n', 'f.csv:line 2, field "Source": expected a name or a handle (@x, a LinkedIn URL, an email), got an empty cell'],
    ['name,role\nAna,boss\n', 'f.csv:line 2, field "role": expected one of cmo, peer, analyst, journalist, consultant, cio, expert, other, got "boss"'],
    ['name,followers\nAna,many\n', 'f.csv:line 2, field "followers": expected a count like 1200, 12 345 or 12.3k, got "many"'],
    ['name,email\nAna,ana-at-example\n', 'f.csv:line 2, field "email": expected an email address, got "ana-at-example"'],
    ['name,x_handle\nAna,@ana bob\n', 'f.csv:line 2, field "x_handle": expected an X handle like @name or https://x.com/name, got "@ana bob"'],
    ['name,date,capacity\nForum,2024-06-01,beaucoup\n', 'f.csv:line 2, field "capacity": expected a whole number of seats like 40, got "beaucoup"'],
    ['person,event,status\nAna,Forum,peut-être\n', 'f.csv:line 2, field "status": expected one of invited, confirmed, declined, attended, got "peut-être"'],
    ['from,to,kind\nA,B\n', 'f.csv:line 2, field "kind": expected 3 fields as in the header, found 2 (the row may be cut short)'],
    ['from,to\n"A\nB",C\nD,"E\n', 'f.csv:line 4: a quoted field is never closed (the file may be truncated)'],
  ];
  for (const [content, message] of cases) {
    await assert.rejects(parseCsv(tmp(content), { fileName: 'f.csv' }), (error: unknown) => {
      assert.ok(error instanceof ImportError, String(error));
      assert.equal(error.message, message);
      return true;
    });
  }
});

test('line numbers count quoted line breaks and blank lines', async () => {
  const bundle = await parseCsv(tmp('name,notes\r\n"Ana","deux\r\nlignes"\r\n\r\n,\r\nBob,\r\n'));
  assert.deepEqual(bundle.people.map((p) => [p.name, p.notes]), [
    ['Ana', 'deux\r\nlignes'],
    ['Bob', undefined],
  ]);
  assert.deepEqual(bundle.warnings, [
    { line: 4, message: 'blank row passed over', why: { key: 'blankRow' } },
    { line: 5, message: 'blank row passed over', why: { key: 'blankRow' } },
  ]);
  await assert.rejects(parseCsv(tmp('name,role\n"Ana\n\nB",cmo\nBob,chef\n'), { fileName: 'f.csv' }), { message: /^f\.csv:line 5, field "role"/ });
});

test('progress is reported in bytes up to the file size', async () => {
  const progress: Array<[number, number]> = [];
  const path = tmp(`from,to\n${'@ana,@bob\n'.repeat(200_000)}`);
  const bundle = await parseCsv(path, { onProgress: (d, t) => progress.push([d, t]) });
  assert.equal(bundle.interactions.length, 200_000);
  assert.equal(bundle.people.length, 2);
  const size = progress[0]![1];
  assert.equal(size, 8 + 10 * 200_000);
  assert.ok(progress.length > 1, 'several steps for a 2 MB file');
  assert.deepEqual(progress.at(-1), [size, size]);
});

test('importing people then interactions: names and handles meet the same people', async () => {
  const db = openDatabase(':memory:', { create: true });
  const people = await importFile(db, 'csv', join(fixtures, 'people.csv'));
  assert.equal(people.added.people, 4);
  const interactions = await importFile(db, 'csv', join(fixtures, 'interactions.csv'));
  // @claire_martin, Claire's LinkedIn URL and "Claire Martin" are one person, "Julien Moreau" too;
  // @julienmoreau (no X handle on file) and Léa Petit are new.
  assert.equal(interactions.added.people, 2);
  assert.equal(interactions.added.interactions, 4);
  assert.deepEqual(db.prepare('SELECT id, name FROM person ORDER BY id').all(), [
    { id: 1, name: 'Claire Martin' },
    { id: 2, name: 'Julien Moreau' },
    { id: 3, name: 'Sarah Klein' },
    { id: 4, name: 'Tom Dubois' },
    { id: 5, name: '@julienmoreau' },
    { id: 6, name: 'Léa Petit' },
  ]);
  assert.deepEqual(db.prepare('SELECT from_person_id AS f, to_person_id AS t, kind, channel, at, weight FROM interaction ORDER BY id').all(), [
    { f: 1, t: 5, kind: 'mention', channel: 'x', at: '2024-03-05T09:12:44.000Z', weight: 1 },
    { f: 2, t: 1, kind: 'reply', channel: 'linkedin', at: '2024-03-05', weight: 2 },
    { f: 3, t: 4, kind: 'mention', channel: 'email', at: null, weight: 1 },
    { f: 6, t: 1, kind: 'repost', channel: 'x', at: '2024-03-15', weight: 0.5 },
  ]);
  const again = await importFile(db, 'csv', join(fixtures, 'interactions.csv'));
  assert.equal(again.alreadyImported, true);
  await importFile(db, 'csv', join(fixtures, 'events-fr.csv'));
  const att = await importFile(db, 'csv', join(fixtures, 'attendance.tsv'));
  // The events of the attendance list are those of events-fr.csv; julien@moreau.example is new.
  assert.equal(att.added.events, 0);
  assert.equal(att.added.people, 1);
  assert.equal(att.added.attendance, 4);
});
