// Guest lists from ticketing tools into one event: each tool's export (fictional rows, real
// headers) is recognised, its statuses mapped, its guests matched or created; a list with
// unknown columns can be mapped by hand; bad rows fail with file, line and field, writing nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { importAttendees, previewAttendees } from '../attendees';
import { createEvent } from '../db/events';
import { Network } from '../network';
import { detectAttendeeColumns, parseTicketStatus } from './attendees';
import { ImportError } from './bundle';

const fixtures = join(import.meta.dirname, 'fixtures', 'attendees');
const dir = mkdtempSync(join(tmpdir(), 'maillage-attendees-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  const event = createEvent(network.db, { name: 'Matinale CMO', kind: 'round_table', date: '2027-01-14', place: 'Lyon', capacity: 40, hostOrganisation: null });
  return { network, db: network.db, eventId: event.id };
}

const staged = (name: string) => ({ id: '00000000-0000-0000-0000-000000000000', fileName: name, path: join(fixtures, name), size: 0 });

function attendance(db: Network['db'], eventId: number): Record<string, string> {
  const rows = db.prepare('SELECT p.name, a.status FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.event_id = ? ORDER BY p.name').all(eventId) as Array<{ name: string; status: string }>;
  return Object.fromEntries(rows.map((r) => [r.name, r.status]));
}

test('statuses from ticketing tools, French and English', () => {
  const cases: Array<[string, string | null]> = [
    ['Attending', 'confirmed'], ['Checked In', 'attended'], ['Not Attending', 'declined'], ['Refunded', 'declined'], ['Refund', 'declined'],
    ['Waitlist', 'invited'], ['Confirmé', 'confirmed'], ['Présent', 'attended'], ['Annulé', 'declined'], ["Liste d'attente", 'invited'],
    ['Oui', 'confirmed'], ['Non', 'declined'], ['Peut-être', 'invited'], ['CANCELLED', 'declined'], ['Inscrite', 'confirmed'], ['sold out?', null],
  ];
  for (const [raw, expected] of cases) assert.equal(parseTicketStatus(raw), expected, raw);
});

test('each tool is recognised from its header, and its columns mapped', () => {
  const detect = (headers: string) => detectAttendeeColumns(headers.split(/[;,]/));
  const eb = detect('Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Attendee Status,Job Title,Company,Event Name');
  assert.equal(eb.source, 'eventbrite');
  assert.deepEqual(
    Object.fromEntries(Object.entries(eb.mapping).filter(([, f]) => f)),
    { 'First Name': 'first_name', 'Last Name': 'last_name', Email: 'email', 'Attendee Status': 'status', 'Job Title': 'title', Company: 'organisation', 'Event Name': 'event' },
  );
  const wz = detect('Nom;Prénom;E-mail;Société;Fonction;Statut');
  assert.equal(wz.source, 'weezevent');
  assert.deepEqual(wz.mapping, { Nom: 'last_name', Prénom: 'first_name', 'E-mail': 'email', Société: 'organisation', Fonction: 'title', Statut: 'status' });
  assert.equal(detect('Billet;Commande;Date;Tarif;Nom;Prénom;Email;Société;Payé;Utilisé').source, 'billetweb');
  assert.equal(detect('First Name,Last Name,Email,Job Title,Organization,Registration Status,Checked In').source, 'swapcard');
  assert.equal(detect('Horodateur,Adresse e-mail,Prénom,Nom,Entreprise,Fonction,Serez-vous présent ?').mapping['Serez-vous présent ?'], 'status');
  assert.equal(detect('#,First name,Last name,Email,Company,Will you attend?,Start Date (UTC),Submit Date (UTC),Network ID').source, 'typeform');
  assert.equal(detect('Participant ID,Given,Family,Contact,Org,Answer').source, 'csv');
});

test('every committed export imports into the chosen event with its statuses', async () => {
  const { network, db, eventId } = setup();
  const expected: Record<string, Record<string, string>> = {
    'eventbrite.csv': {
      'Amélie Garnier': 'confirmed', 'Bruno Lefèvre': 'confirmed', 'Chloé Marchand': 'attended', 'David Nguyen': 'declined',
      'Élise Perrin': 'declined', 'François Roux': 'confirmed', 'Gaëlle Simon': 'invited', 'Hugo Tessier': 'confirmed',
    },
    'weezevent.csv': { 'Inès Aubert': 'confirmed', 'Julien Barbier': 'attended', 'Karine Carré': 'declined', 'Léo Dumas': 'invited', 'Manon Étienne': 'confirmed' },
    'billetweb.csv': { 'Nadia Fabre': 'attended', 'Olivier Garcia': 'confirmed', 'Pauline Henry': 'confirmed' },
    'swapcard.csv': { 'Quentin Imbert': 'attended', 'Rose Jacob': 'confirmed', 'Samuel Klein': 'declined', 'Tania Laurent': 'invited' },
    'google-forms.csv': { 'Ugo Moreau': 'confirmed', 'Valérie Noël': 'declined', 'William Olivier': 'invited' },
    'typeform.csv': { 'Xavier Petit': 'confirmed', 'Yasmine Queré': 'declined' },
    'guests.xlsx': { 'Zoé Renaud': 'confirmed', 'Adrien Sauvage': 'invited', 'Béatrice Texier': 'declined' },
  };
  const sources: Record<string, string> = {
    'eventbrite.csv': 'eventbrite', 'weezevent.csv': 'weezevent', 'billetweb.csv': 'billetweb', 'swapcard.csv': 'swapcard',
    'google-forms.csv': 'google-forms', 'typeform.csv': 'typeform', 'guests.xlsx': 'csv',
  };
  let all: Record<string, string> = {};
  for (const [file, guests] of Object.entries(expected)) {
    const preview = await previewAttendees(db, staged(file), { eventId });
    assert.equal(preview.problem, null, `${file}: ${preview.problem}`);
    assert.equal(preview.source, sources[file], file);
    assert.equal(preview.guests, Object.keys(guests).length, file);
    const summary = await importAttendees(db, staged(file), { eventId });
    assert.equal(summary.added.attendance, Object.keys(guests).length, file);
    assert.equal(summary.added.events, 0, `${file}: rows go to the chosen event, no new event`);
    all = { ...all, ...guests };
    assert.deepEqual(attendance(db, eventId), Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b))), file);
  }
  // Names, emails, companies and titles land on the people; "Rive; Gauche & Associés" stays whole.
  const manon = db.prepare("SELECT p.title, o.name AS organisation, h.value AS email FROM person p JOIN organisation o ON o.id = p.organisation_id JOIN handle h ON h.person_id = p.id AND h.kind = 'email' WHERE p.name = 'Manon Étienne'").get();
  assert.deepEqual(manon, { title: 'Directrice de la marque', organisation: 'Rive; Gauche & Associés', email: 'manon.etienne@example.fr' });
  // The same list again adds nothing.
  const again = await importAttendees(db, staged('eventbrite.csv'), { eventId });
  assert.equal(again.alreadyImported, true);
  network.close();
});

test('a guest already in the network is matched by email, and a confirmed host keeps their role', async () => {
  const { network, db, eventId } = setup();
  const known = db.prepare("SELECT p.id, p.name, h.value AS email FROM person p JOIN handle h ON h.person_id = p.id AND h.kind = 'email' ORDER BY p.id LIMIT 1").get() as { id: number; name: string; email: string };
  db.prepare("INSERT INTO attendance (person_id, event_id, role, status) VALUES (?, ?, 'host', 'invited')").run(known.id, eventId);
  const file = join(dir, 'known.csv');
  writeFileSync(file, `First Name,Last Name,Email,Attendee Status\nSomeone,Else,${known.email.toUpperCase()},Attending\n`);
  const people = (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
  const preview = await previewAttendees(db, { ...staged('known.csv'), path: file }, { eventId });
  assert.equal(preview.knownPeople, 1);
  const summary = await importAttendees(db, { path: file, fileName: 'known.csv' }, { eventId });
  assert.equal(summary.matchedPeople, 1);
  assert.equal((db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n, people);
  assert.deepEqual(db.prepare('SELECT role, status FROM attendance WHERE person_id = ? AND event_id = ?').get(known.id, eventId), { role: 'host', status: 'confirmed' });
  network.close();
});

test('unknown columns: the preview says so and offers the columns; a hand mapping imports them', async () => {
  const { network, db, eventId } = setup();
  const preview = await previewAttendees(db, staged('unknown-columns.csv'), { eventId });
  assert.equal(preview.source, 'csv');
  assert.deepEqual(preview.headers, ['Participant ID', 'Given', 'Family', 'Contact', 'Org', 'Answer']);
  assert.match(preview.problem ?? '', /no column holds the guests' names or emails: map one of the columns/);
  const mapping = { Given: 'first_name', Family: 'last_name', Contact: 'email', Org: 'organisation', Answer: 'status' } as const;
  const mapped = await previewAttendees(db, staged('unknown-columns.csv'), { eventId, mapping });
  assert.equal(mapped.problem, null);
  assert.deepEqual(mapped.statuses, { invited: 0, confirmed: 1, declined: 1, attended: 0 });
  await importAttendees(db, staged('unknown-columns.csv'), { eventId, mapping });
  assert.deepEqual(attendance(db, eventId), { 'Agathe Bonnet': 'confirmed', 'Basile Colin': 'declined' });
  network.close();
});

test('bad rows fail with file, line, field and what was expected, and write nothing', async () => {
  const { network, db, eventId } = setup();
  const cases: Array<[string, RegExp]> = [
    ['Nom;Prénom;E-mail;Statut\nAubert;Inès;ines@example.fr;Confirmé\nBarbier;Julien;julien@example.fr;Sold out\n', /bad\.csv:line 3, field "Statut": "Sold out" is not a status this import knows: expected one like Attending/],
    ['Name,Email\nInès Aubert,ines@\n', /bad\.csv:line 2, field "Email": "ines@" is not an email address/],
    ['First Name,Last Name,Email,Checked In\nA,B,a@example.fr,perhaps\n', /line 2, field "Checked In": "perhaps" is not a check-in value/],
  ];
  const before = (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
  for (const [text, message] of cases) {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, text);
    await assert.rejects(() => importAttendees(db, { path: file, fileName: 'bad.csv' }, { eventId }), (e: unknown) => e instanceof ImportError && message.test((e as Error).message));
  }
  assert.equal((db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n, before);
  assert.deepEqual(attendance(db, eventId), {});
  await assert.rejects(() => importAttendees(db, { path: join(fixtures, 'weezevent.csv'), fileName: 'weezevent.csv' }, { eventId, mapping: { Téléphone: 'email' } }), /names a column "Téléphone" that the file does not have/);
  network.close();
});
