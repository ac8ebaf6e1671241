// Guidance on real data shapes: a new network from the LinkedIn fixture archive alone, then with an
// X archive, then with a guest list — the items change at each step, and what they say is true of
// the scores computed on the same data.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { importAttendees } from './attendees';
import { createEvent } from './db/events';
import { runScores } from './db/score-runs';
import { runScoresTable } from './db/score-queries';
import { networkGuidance } from './guidance';
import { importFile } from './import/run';
import { Network } from './network';
import { guidanceFor } from '../../shared/guidance';
import { guidanceLine } from '../../shared/guidance-text';
import { translator } from '../../shared/translate';

const fixtures = join(import.meta.dirname, 'import', 'fixtures');
const linkedIn = join(fixtures, 'linkedin-archive', 'Basic_LinkedIn_Data_2024.zip');
const xArchive = join(fixtures, 'x-archive', 'twitter-2023-03-01-archive.zip');
const guestList = join(fixtures, 'attendees', 'eventbrite.csv');

const brief = (network: Network) => networkGuidance(network.db).items.map(({ id, params, fixes, action }) => ({ id, params, fixes, action }));

test('LinkedIn alone, then + an X archive, then + a guest list: the guidance changes at each step', async () => {
  const network = Network.create(':memory:', { sample: false });
  assert.deepEqual(brief(network), [], 'an empty network has nothing to say');

  await importFile(network.db, 'linkedin', linkedIn);
  const afterLinkedIn = networkGuidance(network.db);
  assert.equal(afterLinkedIn.evidence.ownerId, 1, "Profile.csv names the owner");
  assert.deepEqual(brief(network), [
    // 14 contacts; 9 have no message (6 connections alone, 2 with an endorsement or a recommendation, 1 invitation alone).
    { id: 'talk', params: { silent: 9, contacts: 14, connectionOnly: 6 }, fixes: ['xArchive', 'logMeeting'], action: 'import' },
    // 12 two-way pairs: the owner's 12 connections; only 4 of them also exchanged messages both ways.
    { id: 'reciprocity', params: { byConnection: 8, reciprocal: 12 }, fixes: ['listening'], action: 'import' },
    // Karim Benali and Léa Fontaine share a group thread: the only tie that does not go through the owner.
    { id: 'brokerage', params: { beyond: 2, contacts: 14 }, fixes: ['listening'], action: 'import' },
    { id: 'meetings', params: { guests: 0, attended: 0 }, fixes: ['guestList', 'logMeeting'], action: 'import' },
  ]);

  // What the items say is what the scores show on this data.
  const run = runScores(network.db);
  const scores = runScoresTable(network.db, run.id);
  const byName = new Map(scores.map((s) => [s.name, s]));
  const connectionOnly = ['Jean-Marc Lefèvre', 'Marc Petit', 'Nadia Haddad', 'Paul Girard', 'Inès Moreau', 'Julien Roux'].map((name) => byName.get(name)!);
  assert.equal(new Set(connectionOnly.map((s) => s.influence)).size, 1, 'the 6 tied by a connection alone share one influence score');
  assert.ok(connectionOnly[0]!.influence < 5, `and it is near the bottom (${connectionOnly[0]!.influence})`);
  assert.deepEqual(scores.filter((s) => s.betweenness > 0).map((s) => s.personId), [afterLinkedIn.evidence.ownerId], 'the owner is the only broker');
  assert.ok(connectionOnly.every((s) => s.reciprocity === 1 && s.constraint === 1), 'a connection alone: reciprocity 1, constraint 1');

  await importFile(network.db, 'x-archive', xArchive);
  // Six accounts the owner mentions, answers, quotes or reposts: 11 of 20 contacts now talk, the "talk" item goes.
  assert.deepEqual(brief(network), [
    { id: 'reciprocity', params: { byConnection: 8, reciprocal: 12 }, fixes: ['listening'], action: 'import' },
    { id: 'brokerage', params: { beyond: 2, contacts: 20 }, fixes: ['listening'], action: 'import' },
    { id: 'meetings', params: { guests: 0, attended: 0 }, fixes: ['guestList', 'logMeeting'], action: 'import' },
  ]);
  // Followers known only by their id are audience accounts, not people (part 6): no one untied.
  const { untied, audienceOnly } = networkGuidance(network.db).evidence;
  assert.deepEqual({ untied, audienceOnly }, { untied: 0, audienceOnly: 0 });
  const afterX = runScoresTable(network.db, runScores(network.db).id);
  assert.deepEqual(afterX.filter((s) => s.betweenness > 0).map((s) => s.personId), [afterLinkedIn.evidence.ownerId], 'still the only broker');

  const event = createEvent(network.db, { name: 'Dîner CMO', kind: 'dinner', date: '2024-05-14', place: 'Paris', capacity: 20, hostOrganisation: null });
  await importAttendees(network.db, { path: guestList, fileName: 'eventbrite.csv' }, { eventId: event.id });
  // 8 new guests with no tie; 1 of them checked in, so co-attendance makes no tie yet.
  assert.deepEqual(brief(network), [
    { id: 'reciprocity', params: { byConnection: 8, reciprocal: 12 }, fixes: ['listening'], action: 'import' },
    { id: 'brokerage', params: { beyond: 2, contacts: 20 }, fixes: ['listening'], action: 'import' },
    { id: 'untied', params: { untied: 8, people: 29 }, fixes: ['logMeeting'], action: 'logInteraction' },
    { id: 'meetings', params: { guests: 8, attended: 1 }, fixes: ['markAttended', 'logMeeting'], action: 'events' },
  ]);
  const guests = runScoresTable(network.db, runScores(network.db).id).filter((s) => s.inDegree + s.outDegree === 0);
  assert.equal(guests.length, 8);
  assert.ok(guests.every((s) => s.influence === 0), 'people with no tie rank at influence 0');

  // A second guest marked attended: co-attendance now strengthens their tie, the meetings item goes.
  network.db.prepare("UPDATE attendance SET status = 'attended' WHERE person_id = (SELECT person_id FROM attendance WHERE status = 'confirmed' ORDER BY person_id LIMIT 1)").run();
  assert.deepEqual(brief(network).map((i) => i.id), ['reciprocity', 'brokerage', 'untied']);
  network.close();
});

test('no owner: My network says so, and brokerage (measured from the owner) is not judged', async () => {
  const network = Network.create(':memory:', { sample: false });
  await importFile(network.db, 'linkedin', linkedIn);
  network.db.prepare('UPDATE person SET is_me = 0').run();
  const items = networkGuidance(network.db).items;
  assert.deepEqual(items.map((i) => i.id), ['owner', 'talk', 'reciprocity', 'meetings']);
  // Without an owner nobody is "tied the same way to the owner": no claim that scores are flat.
  assert.equal(items.find((i) => i.id === 'talk')?.params.connectionOnly, 0);
  assert.deepEqual(guidanceFor(items, 'me').map((i) => i.id), ['owner', 'talk', 'reciprocity', 'meetings']);
  assert.deepEqual(guidanceFor(items, 'rankings').map((i) => i.id), ['talk', 'reciprocity']);
  network.close();
});

test("the issue's first file, LinkedIn's Connections.csv alone: every score the guidance names is flat, and it says so", async () => {
  const network = Network.create(':memory:', { sample: false });
  await importFile(network.db, 'linkedin', join(fixtures, 'linkedin', 'Connections.csv'));
  assert.deepEqual(brief(network), [
    { id: 'talk', params: { silent: 5, contacts: 5, connectionOnly: 5 }, fixes: ['linkedinMessages', 'xArchive', 'logMeeting'], action: 'import' },
    { id: 'reciprocity', params: { byConnection: 5, reciprocal: 5 }, fixes: ['linkedinMessages', 'listening'], action: 'import' },
    { id: 'brokerage', params: { beyond: 0, contacts: 5 }, fixes: ['linkedinMessages', 'listening'], action: 'import' },
    { id: 'meetings', params: { guests: 0, attended: 0 }, fixes: ['guestList', 'logMeeting'], action: 'import' },
  ]);
  const contacts = runScoresTable(network.db, runScores(network.db).id).filter((s) => s.personId !== networkGuidance(network.db).evidence.ownerId);
  assert.deepEqual([...new Set(contacts.map((s) => s.influence))], [0], 'all five tie at influence 0');
  const en = translator('en');
  const lines = networkGuidance(network.db).items.map((item) => guidanceLine(item, en));
  assert.match(lines[0]!, /^Influence cannot tell your contacts apart yet\. All 5 people with a tie are linked only by .* The 5 people linked by a connection alone all get exactly the same influence score/);
  assert.match(lines[1]!, /^Reciprocity says nothing yet\. All 5 two-way ties are two-way only because a LinkedIn connection is mutual/);
  assert.match(lines[2]!, /None of your 5 contacts has a known tie to someone other than you/);
  assert.match(guidanceLine(networkGuidance(network.db).items[2]!, translator('fr')), /Aucun de vos 5 contacts n’a de lien connu/);
  network.close();
});

test('the sample network has enough data: no guidance', () => {
  const network = Network.create(':memory:', { sample: { seed: 2026 } });
  assert.deepEqual(networkGuidance(network.db).items, []);
  network.close();
});

test('one line per item, in English and French, with the figures of the network', async () => {
  const network = Network.create(':memory:', { sample: false });
  await importFile(network.db, 'linkedin', linkedIn);
  const talk = networkGuidance(network.db).items[0]!;
  assert.equal(
    guidanceLine(talk, translator('en')),
    'Influence cannot tell your contacts apart yet. 9 of the 14 people with a tie are linked only by a LinkedIn connection, invitation, endorsement or recommendation: '
      + 'nothing says who writes to, answers or relays them, and influence counts exactly that. The 6 people linked by a connection alone all get exactly the same influence score, '
      + 'side by side in the rankings. What to add: your X archive (Settings › Your account › Download an archive of your data): whom you mention, answer, quote and repost; '
      + 'log your meetings, calls and lunches on each person’s page.',
  );
  assert.match(guidanceLine(talk, translator('fr')), /^L’influence ne distingue pas encore vos contacts\. 9 des 14 personnes reliées ne le sont que par une relation LinkedIn/);
  network.close();
});
