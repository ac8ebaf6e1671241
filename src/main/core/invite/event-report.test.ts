// The after-event report on a hand-built history: who came, new ties, interactions and mentions
// over equal windows, pairs that became mutual, parity — exact counts, and the HTML in FR and EN.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventReport } from './event-report';
import { eventReportHtml } from './event-report-html';
import { eventImpact } from './impact';
import { ensureOrganisation } from '../db/organisations';
import { runScores } from '../db/score-runs';
import { smallDb } from '../../../../test-support/invite-network';

// Event 1 on 1 March 2026. P1 host (f, Acme), P2 (m, Acme), P3 (unknown, no organisation), P4 (f,
// Beta) attended; P5 confirmed but absent; P6 declined; P7 never on the list.
function history(interactions: Array<[number, number, string, string]>) {
  const db = smallDb({
    roles: ['cmo', 'analyst', 'journalist', 'peer', 'peer', 'peer', 'consultant'],
    interactions,
    eventDate: '2026-03-01',
    attendees: [[1, 'attended'], [2, 'attended'], [3, 'attended'], [4, 'attended'], [5, 'confirmed'], [6, 'declined']],
  });
  const set = db.prepare('UPDATE person SET gender = ?, organisation_id = ? WHERE id = ?');
  set.run('f', ensureOrganisation(db, 'Acme'), 1);
  set.run('m', ensureOrganisation(db, 'Acme'), 2);
  set.run('f', ensureOrganisation(db, 'Beta'), 4);
  db.prepare("UPDATE event SET place = 'Paris', capacity = 40 WHERE id = 1").run();
  return db;
}

const HISTORY: Array<[number, number, string, string]> = [
  [1, 2, 'mention', '2026-03-05T09:00:00Z'], // {1,2}: new, and mutual after…
  [2, 1, 'reply', '2026-03-06T09:00:00Z'], //   …with the reply
  [1, 3, 'mention', '2026-02-10T09:00:00Z'], // {1,3} talked before (one way)…
  [3, 1, 'reply', '2026-03-10T09:00:00Z'], //   …so not new, but it became mutual
  [1, 3, 'mention', '2026-03-11T09:00:00Z'],
  [3, 4, 'mention', '2025-01-01T09:00:00Z'], // {3,4}: long before both windows: not new
  [4, 3, 'mention', '2026-03-20T09:00:00Z'],
  [2, 4, 'mention', '2026-02-15T09:00:00Z'], // {2,4}: mutual before…
  [4, 2, 'mention', '2026-02-16T09:00:00Z'],
  [2, 4, 'like', '2026-03-15T09:00:00Z'], //    …one way after: no longer mutual
  [3, 2, 'message', '2026-03-25T09:00:00Z'], // {2,3}: new
  [7, 1, 'mention', '2026-02-20T09:00:00Z'], // an outsider mentions P1 before…
  [7, 4, 'mention', '2026-03-03T09:00:00Z'], // …and P4 after
  [5, 1, 'mention', '2026-03-04T09:00:00Z'], // the absent guest mentions P1 after
  [1, 4, 'mention', '2026-04-05T09:00:00Z'], // day 35: outside the 30 days after
];

test('who came, new ties, before/after, reciprocity moves and parity: exact counts', () => {
  const db = history(HISTORY);
  const report = eventReport(db, 1, { now: new Date('2026-04-15T00:00:00Z') });
  assert.equal(report.state, 'complete');
  assert.equal(report.days, 30);
  assert.deepEqual(report.window, { before: ['2026-01-30T00:00:00.000Z', '2026-03-01T00:00:00.000Z'], after: ['2026-03-01T00:00:00.000Z', '2026-03-31T00:00:00.000Z'] });
  assert.equal(report.attendanceRecorded, true);
  assert.deepEqual(report.came.map((p) => p.id), [1, 2, 3, 4]);
  assert.deepEqual(report.absent.map((p) => p.id), [5]);
  assert.deepEqual(report.declined.map((p) => p.id), [6]);
  assert.equal(report.pending, 0);
  assert.deepEqual(report.byRole, [{ role: 'analyst', people: 1 }, { role: 'cmo', people: 1 }, { role: 'journalist', people: 1 }, { role: 'peer', people: 1 }]);
  assert.deepEqual(report.byOrganisation, [{ organisation: 'Acme', people: 2 }, { organisation: 'Beta', people: 1 }, { organisation: null, people: 1 }]);
  // {1,2} (2 interactions after) and {2,3} (1): no interaction either way before the event.
  assert.deepEqual(report.newTies.map((p) => [p.a, p.b, p.interactions]), [[1, 2, 2], [2, 3, 1]]);
  // Among P1–P4: Feb 10, 15, 16 before; Mar 5, 6, 10, 11, 15, 20, 25 after.
  assert.deepEqual(report.interactionsAmong, { before: 3, after: 7 });
  // Mentions received by P1–P4 from anyone: Feb 10, 15, 16, 20 before; Mar 3, 4, 5, 11, 20 after.
  assert.deepEqual(report.mentions, { before: 4, after: 5 });
  assert.deepEqual(report.mentions, { before: eventImpact(db, 1).mentions.before, after: eventImpact(db, 1).mentions.after });
  assert.deepEqual(report.becameMutual.map((p) => [p.a, p.b]), [[1, 2], [1, 3]]);
  assert.equal(report.noLongerMutual, 1);
  // Every new tie is one of impact's directed new ties, seen from one side or the other.
  const directed = new Set(eventImpact(db, 1).tiesCreated.map((x) => `${x.from}-${x.to}`));
  for (const p of report.newTies) assert.ok(directed.has(`${p.a}-${p.b}`) || directed.has(`${p.b}-${p.a}`));
  // P1 hosts (f); P2 (m), P3 (unknown), P4 (f) attend; nobody speaks.
  assert.deepEqual(report.parity.hosts, { women: 1, men: 0, nonBinary: 0, unknown: 0, womenShare: 1 });
  assert.deepEqual(report.parity.attendees, { women: 1, men: 1, nonBinary: 0, unknown: 1, womenShare: 0.5 });
  assert.deepEqual(report.parity.speakers, { women: 0, men: 0, nonBinary: 0, unknown: 0, womenShare: null });
  assert.deepEqual(report.parity.all, { women: 2, men: 1, nonBinary: 0, unknown: 1, womenShare: 2 / 3 });
  assert.equal(report.communityRun, null);
  assert.equal(report.newTies[0]?.acrossCommunities, null);
  // A 60-day window: the Apr 5 mention is in, and 1→4 (after 3→4 and 2→4 before) is no new pair.
  const wide = eventReport(db, 1, { days: 60, now: new Date('2026-06-01T00:00:00Z') });
  assert.deepEqual(wide.newTies.map((p) => [p.a, p.b]), [[1, 2], [1, 4], [2, 3]]);
  assert.deepEqual(wide.mentions, { before: 4, after: 6 });
  db.prepare("UPDATE attendance SET status = 'attended' WHERE person_id = 5").run();
  assert.match(eventReportHtml(eventReport(db, 1), { language: 'en', networkName: 'Club' }), /Every confirmed guest was marked attended: nobody was absent\./);
  db.close();
});

test('the window still open, an event to come, nothing recorded after it, no check-in data', () => {
  const db = history(HISTORY);
  assert.equal(eventReport(db, 1, { now: new Date('2026-03-12T00:00:00Z') }).state, 'open');
  assert.equal(eventReport(db, 1, { now: new Date('2026-02-01T00:00:00Z') }).state, 'upcoming');
  db.close();
  const quiet = history(HISTORY.filter(([, , , at]) => at < '2026-03-01'));
  const report = eventReport(quiet, 1, { now: new Date('2026-04-15T00:00:00Z') });
  assert.equal(report.state, 'waiting');
  const html = eventReportHtml(report, { language: 'en', networkName: 'Club' });
  assert.match(html, /No interaction of the people who came is dated after the event yet/);
  assert.match(html, /until March 30, 2026/);
  // Nothing after the event is printed as a finding: no new-ties, before/after or reciprocity section.
  assert.doesNotMatch(html, /class="new-ties"|class="before-after"|class="reciprocity"/);
  quiet.prepare("UPDATE attendance SET status = 'confirmed' WHERE status = 'attended'").run();
  const unrecorded = eventReport(quiet, 1, { now: new Date('2026-04-15T00:00:00Z') });
  assert.equal(unrecorded.attendanceRecorded, false);
  assert.deepEqual(unrecorded.came.map((p) => p.id), [1, 2, 3, 4, 5]);
  assert.deepEqual(unrecorded.absent, []);
  quiet.prepare("UPDATE attendance SET status = 'invited'").run();
  const nobody = eventReport(quiet, 1, { now: new Date('2026-04-15T00:00:00Z') });
  assert.deepEqual([nobody.came.length, nobody.pending, nobody.state], [0, 6, 'waiting']);
  assert.match(eventReportHtml(nobody, { language: 'en', networkName: 'Club' }), /Nobody is recorded as having come: no one on the list is marked attended or confirmed\./);
  quiet.prepare('UPDATE event SET date = NULL WHERE id = 1').run();
  assert.throws(() => eventReport(quiet, 1), /has no date, so there is no before and after/);
  assert.throws(() => eventReport(quiet, 99), /no event with id 99/);
  quiet.close();
});

test('the HTML in French and English: every section, numbers explained, hostile names as text', () => {
  const db = history(HISTORY);
  db.prepare('UPDATE person SET name = ? WHERE id = 2').run('<img src=x onerror=alert(1)>');
  db.prepare('UPDATE event SET name = ? WHERE id = 1').run('Dîner <script>alert(2)</script>');
  const report = eventReport(db, 1, { now: new Date('2026-04-15T00:00:00Z') });
  const en = eventReportHtml(report, { language: 'en', networkName: 'Club & co' });
  const fr = eventReportHtml(report, { language: 'fr', networkName: 'Club & co' });
  for (const html of [en, fr]) {
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.doesNotMatch(html, /https?:\/\//);
  }
  assert.match(en, /<h1>After the event: Dîner &lt;script&gt;/);
  assert.match(en, /4 people were marked attended \(checked in\)\./);
  assert.match(en, /1 confirmed guest was not marked attended \(absent\)\./);
  assert.match(en, /<strong>2 new ties\.<\/strong>/);
  assert.match(en, /in the 30 days after it \(March 1, 2026 – March 30, 2026\)/);
  assert.match(en, /class="among"><td>Interactions between people who came.*<td class="num">3<\/td><td class="num">7<\/td><td class="num up">\+4<\/td>/);
  assert.match(en, /class="mentions"><td>Mentions of the people who came.*<td class="num">4<\/td><td class="num">5<\/td><td class="num up">\+1<\/td>/);
  assert.match(en, /2 pairs of people who came went from one-way or silent/);
  // {1,2} is a new tie (listed once, above); {1,3} had talked before, so it is the table's one row.
  assert.match(en, /1 of them is a new tie listed above\./);
  assert.deepEqual([...en.matchAll(/<tr class="mutual" data-pair="([\d-]+)"/g)].map((m) => m[1]), ['1-3']);
  assert.match(en, /1 pair was both ways before and is not after\./);
  assert.match(en, /<tr class="attendees"><td>Attendees<\/td><td class="num">1<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">1<\/td><td class="num">50%<\/td>/);
  assert.match(fr, /<h1>Après l’événement : Dîner &lt;script&gt;/);
  assert.match(fr, /<strong>2 nouveaux liens\.<\/strong>/);
  assert.match(fr, /1 mars 2026 – 30 mars 2026/);
  assert.match(fr, /<tr class="all"><td>Tous<\/td><td class="num">2<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">1<\/td><td class="num">67\s%<\/td>/);
  db.close();
});

test('without a score run, no community column and no "across communities" count', () => {
  const db = history(HISTORY);
  const html = eventReportHtml(eventReport(db, 1, { now: new Date('2026-04-15T00:00:00Z') }), { language: 'en', networkName: 'Club' });
  assert.doesNotMatch(html, /<th>Community<\/th>|<th>Across communities<\/th>|join two different communities|not yet scored/);
  assert.match(html, /No score run yet: communities are not shown\./);
  db.close();
});

test("with a score run: each person's named community, and pairs across communities flagged", () => {
  const db = history(HISTORY);
  const run = runScores(db);
  const report = eventReport(db, 1, { now: new Date('2026-04-15T00:00:00Z') });
  assert.equal(report.communityRun?.id, run.id);
  assert.ok(report.came.every((p) => p.community !== null), 'everyone who came interacted, so has a community');
  const of = new Map(report.came.map((p) => [p.id, p.community?.name]));
  for (const pair of [...report.newTies, ...report.becameMutual]) assert.equal(pair.acrossCommunities, of.get(pair.a) !== of.get(pair.b));
  const across = report.newTies.filter((p) => p.acrossCommunities).length;
  assert.ok(across > 0, 'Louvain splits this history in two: the new ties cross it');
  const html0 = eventReportHtml(report, { language: 'en', networkName: 'Club' });
  // The per-community-pair counts add up to the new ties across communities.
  const listed = html0.match(/Communities the event brought together: (.*)\.<\/p>/)?.[1] ?? '';
  assert.equal([...listed.matchAll(/ (\d+)(?:, |$)/g)].reduce((sum, m) => sum + Number(m[1]), 0), across);
  const html = eventReportHtml(report, { language: 'fr', networkName: 'Club' });
  assert.match(html, new RegExp(`Communautés du calcul des scores nº ${run.id} du`));
  assert.match(html, /<th>Communauté<\/th>/);
  db.close();
});
