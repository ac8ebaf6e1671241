// Calendar files into events: each VEVENT an event with its day and place, attendees by email
// with their answers, the organiser and chairs as hosts; a broken file says what was expected.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { importCalendar, previewCalendar } from '../attendees';
import { Network } from '../network';
import { ImportError } from './bundle';

const dir = mkdtempSync(join(tmpdir(), 'maillage-ics-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const club = { path: join(import.meta.dirname, 'fixtures', 'ics', 'club.ics'), fileName: 'club.ics' };

test('a calendar creates its events and their attendees with their answers', async () => {
  const network = Network.create(':memory:');
  const db = network.db;
  const summary = await importCalendar(db, club);
  assert.deepEqual(summary.added, { people: 5, interactions: 0, follows: 0, events: 2, attendance: 5 });
  assert.deepEqual(db.prepare('SELECT name, date, place FROM event ORDER BY date').all(), [
    { name: "Matinale CMO : l'IA et la marque", date: '2027-01-14', place: 'Lyon, Hôtel-Dieu' },
    { name: 'Dîner des directeurs marketing 2027 #1', date: '2027-03-11', place: 'Nantes' },
  ]);
  assert.deepEqual(
    db.prepare('SELECT p.name, a.role, a.status FROM attendance a JOIN person p ON p.id = a.person_id ORDER BY p.name').all(),
    [
      { name: 'Amélie Garnier', role: 'attendee', status: 'confirmed' },
      { name: 'Bruno Lefèvre', role: 'attendee', status: 'declined' },
      { name: 'Chloé Marchand', role: 'attendee', status: 'invited' },
      { name: 'Claire Faure', role: 'host', status: 'confirmed' },
      { name: 'Inès Aubert', role: 'host', status: 'invited' },
    ],
  );
  assert.equal((await importCalendar(db, club)).alreadyImported, true);
  network.close();
});

test('a broken calendar fails with what was expected and writes nothing', async () => {
  const network = Network.create(':memory:');
  const cases: Array<[string, RegExp]> = [
    ['not a calendar at all', /bad\.ics: not a readable iCalendar file .*expected BEGIN:VCALENDAR/],
    ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /the calendar holds no event/],
    ['BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', /VEVENT #1 \(x\), field "SUMMARY": an event has no SUMMARY/],
  ];
  for (const [text, message] of cases) {
    const path = join(dir, 'bad.ics');
    writeFileSync(path, text);
    await assert.rejects(() => importCalendar(network.db, { path, fileName: 'bad.ics' }), (e: unknown) => e instanceof ImportError && message.test((e as Error).message));
  }
  assert.equal((network.db.prepare('SELECT count(*) AS n FROM event').get() as { n: number }).n, 0);
  network.close();
});

test('the Import page preview counts what the import would add, and writes nothing', async () => {
  const preview = await previewCalendar({ id: 'staged-1', ...club });
  assert.deepEqual(preview, {
    staged: 'staged-1',
    fileName: 'club.ics',
    events: [
      { name: "Matinale CMO : l'IA et la marque", date: '2027-01-14', place: 'Lyon, Hôtel-Dieu', attendees: 5 },
      { name: 'Dîner des directeurs marketing 2027 #1', date: '2027-03-11', place: 'Nantes', attendees: 0 },
    ],
    attendees: 5,
    warnings: [],
  });
  const broken = join(dir, 'no-date.ics');
  writeFileSync(broken, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Sans date\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  await assert.rejects(previewCalendar({ id: 'staged-2', path: broken, fileName: 'no-date.ics' }), /no-date\.ics.*no DTSTART/);
});
