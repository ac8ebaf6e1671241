// The organiser's commands: events and their counts, a new event, a guest list imported into it
// (Eventbrite, French `;` lists, hand-mapped columns), and named communities.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { run } from './main';

const dir = mkdtempSync(join(tmpdir(), 'maillage-organiser-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', 'core', 'import', 'fixtures', 'attendees');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

test('event add, import attendees from Eventbrite and Weezevent, events with counts by status', async () => {
  const db = join(dir, 'club.maillage');
  assert.equal((await cli('--db', db, 'sample')).code, 0);
  const added = await cli('--db', db, 'event', 'add', '--name', 'Matinale CMO', '--date', '2027-01-14', '--capacity', '40');
  assert.deepEqual(added.out, ['event 13: Matinale CMO (2027-01-14, 40 seats)']);
  const eb = await cli('--db', db, 'import', 'attendees', join(fixtures, 'eventbrite.csv'), '--event', '13');
  assert.equal(eb.code, 0, eb.err.join('\n'));
  assert.equal(eb.err[0], 'eventbrite.csv: an export from Eventbrite, 8 guests (4 confirmed, 1 attended, 1 pending, 2 declined) into Matinale CMO');
  assert.match(eb.out[0] ?? '', /^import #\d+: added 8 people, 0 interactions, 0 follows, 0 events, 8 attendances$/);
  const wz = await cli('--db', db, 'import', 'attendees', join(fixtures, 'weezevent.csv'), '--event', '13');
  assert.equal(wz.code, 0, wz.err.join('\n'));
  const csv = await cli('--db', db, 'events', '--format', 'csv');
  assert.equal(csv.out[0], 'id,name,date,venue,capacity,invited,confirmed,declined,attended');
  assert.equal(csv.out[1], '13,Matinale CMO,2027-01-14,,40,2,6,3,2');
  const json = JSON.parse((await cli('--db', db, 'events', '--format', 'json')).out.join('\n')) as Array<{ id: number; counts: Record<string, number> }>;
  assert.equal(json.length, 13);
  assert.deepEqual(json[0]?.counts, { invited: 2, confirmed: 6, declined: 3, attended: 2 });
});

test('a list with unknown columns fails with the columns to map, and imports with --map', async () => {
  const db = join(dir, 'mapped.maillage');
  await cli('--db', db, 'sample');
  await cli('--db', db, 'event', 'add', '--name', 'Atelier', '--date', '2027-02-01');
  const file = join(fixtures, 'unknown-columns.csv');
  const refused = await cli('--db', db, 'import', 'attendees', file, '--event', '13');
  assert.equal(refused.code, 2);
  assert.match(refused.err[0] ?? '', /no column holds the guests' names or emails: map one of the columns \(Participant ID, Given, Family, Contact, Org, Answer\)/);
  const mapped = await cli('--db', db, 'import', 'attendees', file, '--event', '13', '--map', 'Given=first_name,Family=last_name,Contact=email,Answer=status,Participant ID=ignore');
  assert.equal(mapped.code, 0, mapped.err.join('\n'));
  assert.match(mapped.err[0] ?? '', /2 guests \(1 confirmed, 0 attended, 0 pending, 1 declined\)/);
});

test('bad arguments say what was expected', async () => {
  const db = join(dir, 'args.maillage');
  await cli('--db', db, 'sample');
  const cases: Array<[string[], RegExp]> = [
    [['event', 'add', '--name', 'X', '--date', '14/01/2027'], /--date: expected a date like 2027-01-14, got "14\/01\/2027"/],
    [['event', 'add', '--date', '2027-01-14'], /event add needs --name NAME/],
    [['event', 'add', '--name', 'X', '--date', '2027-01-14', '--capacity', '0'], /--capacity: expected a whole number ≥ 1/],
    [['import', 'attendees', join(fixtures, 'weezevent.csv')], /import attendees needs --event ID/],
    [['import', 'attendees', join(fixtures, 'weezevent.csv'), '--event', '99'], /--event: No event #99\./],
    [['import', 'attendees', join(dir, 'none.csv'), '--event', '1'], /none\.csv: no such file/],
    [['import', 'attendees', join(fixtures, 'weezevent.csv'), '--event', '1', '--map', 'Nom=surname'], /--map: unknown field "surname"/],
    [['events', '--format', 'xml'], /--format: expected table, csv or json/],
  ];
  for (const [args, message] of cases) {
    const r = await cli('--db', db, ...args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.err.join('\n'), message, args.join(' '));
  }
});

test('communities: the latest run\'s names, and a rename that every output then uses', async () => {
  const db = join(dir, 'communities.maillage');
  await cli('--db', db, 'sample');
  assert.deepEqual((await cli('--db', db, 'communities')).out, ['No score run yet: run "maillage scores" first.']);
  await cli('--db', db, 'scores');
  const list = await cli('--db', db, 'communities', '--format', 'csv');
  assert.equal(list.out[0], 'id,community,name,size');
  assert.ok(list.out.slice(1).every((l) => /^\d+,\d+,.+,\d+$/.test(l)));
  const renamed = await cli('--db', db, 'community', 'rename', '1', '--name', 'Les bâtisseurs');
  assert.deepEqual(renamed.out, ['community 1 is now "Les bâtisseurs"']);
  const scores = await cli('--db', db, 'scores');
  assert.ok(scores.out[0]?.endsWith(',quadrant,community_name'));
  assert.ok(scores.out.some((l) => l.endsWith(',Les bâtisseurs')), 'the rename carries over to the next run');
  assert.match((await cli('--db', db, 'community', 'rename', '999', '--name', 'x')).err[0] ?? '', /No community #999/);
});

test('parity, matchmaking and impact from the command line', async () => {
  const db = join(dir, 'reports.maillage');
  await cli('--db', db, 'sample');
  const parity = await cli('--db', db, 'parity', '--year', '2026', '--format', 'csv');
  assert.equal(parity.code, 0, parity.err.join('\n'));
  assert.equal(parity.out[0], 'id,event,date,part,women,men,non_binary,unknown,women_share');
  const total = parity.out.find((l) => l.startsWith(',all events of 2026,,all,'));
  assert.ok(total, 'a total line for the year');
  const [women, men, nb, unknown, shareText] = (total as string).split(',').slice(4).map(Number);
  assert.ok(Math.abs((shareText as number) - (women as number) / ((women as number) + (men as number) + (nb as number))) < 1e-9);
  assert.ok((unknown as number) >= 0);
  const events = JSON.parse((await cli('--db', db, 'events', '--format', 'json')).out.join('\n')) as Array<{ id: number; name: string }>;
  const forum = events.find((e) => e.name === 'Forum des CMO 2026')!;
  const match = await cli('--db', db, 'matchmaking', '--event', String(forum.id), '--format', 'csv', '--limit', '5');
  assert.equal(match.out[0], 'a,b,a_name,b_name,common,adamic_adar,reason');
  assert.equal(match.out.length, 6);
  const impact = await cli('--db', db, 'impact', '--event', String(forum.id));
  assert.match(impact.out[0] ?? '', /^Forum des CMO 2026 \(2026-09-12\): 36 attendees; \d+ new ties; mentions of attendees \d+ before → \d+ after/);
  assert.match((await cli('--db', db, 'impact')).err[0] ?? '', /impact needs --event ID/);
  assert.match((await cli('--db', db, 'matchmaking', '--event', '999')).err[0] ?? '', /--event: .*999/);
  assert.match((await cli('--db', db, 'parity', '--year', 'last')).err[0] ?? '', /--year: expected a whole number/);
});

test('import ics: a calendar\'s events and attendees, then listed by events', async () => {
  const db = join(dir, 'calendar.maillage');
  await cli('--db', db, 'sample');
  const r = await cli('--db', db, 'import', 'ics', join(fixtures, '..', 'ics', 'club.ics'));
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.match(r.out[0] ?? '', /added 5 people, 0 interactions, 0 follows, 2 events, 5 attendances/);
  const csv = (await cli('--db', db, 'events', '--format', 'csv')).out;
  assert.ok(csv.includes('14,Dîner des directeurs marketing 2027 #1,2027-03-11,Nantes,,0,0,0,0'), csv.join('\n'));
  assert.ok(csv.some((l) => /^13,Matinale CMO : l'IA et la marque,2027-01-14,"Lyon, Hôtel-Dieu",,2,2,1,0$/.test(l)), csv.join('\n'));
});
