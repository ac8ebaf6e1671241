// LinkedIn Connections.csv: the preamble variants, BOM+CRLF, quoted commas, blank comma rows.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ImportError } from './bundle';
import { parseLinkedIn, parseLinkedInText } from './linkedin';

const fixtures = join(import.meta.dirname, 'fixtures', 'linkedin');

test('Connections.csv with Notes preamble, BOM, CRLF, quoted commas and blank rows', async () => {
  const progress: Array<[number, number]> = [];
  const bundle = await parseLinkedIn(join(fixtures, 'Connections.csv'), { onProgress: (d, t) => progress.push([d, t]) });
  assert.equal(bundle.format, 'linkedin');
  const me = bundle.people[0]!;
  assert.deepEqual(me, { key: 'me', name: '', handles: [], isMe: true });
  const others = bundle.people.slice(1);
  assert.deepEqual(
    others.map((p) => p.name),
    ['Camille Durand', 'Jean-Marc Lefèvre', 'Amélie Nguyen', "Thomas O'Brien", 'Sofia Rossi'],
  );
  const camille = others[0]!;
  assert.equal(camille.organisation, 'Stripe, Inc.');
  assert.equal(camille.title, 'Chief Marketing Officer');
  assert.deepEqual(camille.handles, [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/camille-durand-4b2a1c' }]);
  const jm = others[1]!;
  assert.deepEqual(jm.handles, [
    { kind: 'linkedin', value: 'https://www.linkedin.com/in/jeanmarc-lefevre' },
    { kind: 'email', value: 'jm.lefevre@example.fr' },
  ]);
  assert.equal(others[2]!.handles[0]!.value, 'https://www.linkedin.com/in/amelie-nguyen-98');
  assert.equal(others[2]!.title, 'Journaliste tech, marketing & data');
  assert.equal(others[3]!.organisation, undefined);
  assert.equal(others[4]!.organisation, 'Rossi & Partners, SAS');
  assert.equal(others[4]!.title, 'Consultante "growth" B2B');
  assert.equal(others[4]!.handles[1]!.value, 'sofia@example.com');

  // A connection was accepted by both people: one `connection` each way, so the tie is reciprocal.
  assert.equal(bundle.interactions.length, 10);
  assert.deepEqual(bundle.interactions.slice(0, 2), [
    { from: 'me', to: 'linkedin:camille-durand-4b2a1c', kind: 'connection', channel: 'linkedin', at: '2024-03-15', externalId: 'linkedin:connection:camille-durand-4b2a1c:out' },
    { from: 'linkedin:camille-durand-4b2a1c', to: 'me', kind: 'connection', channel: 'linkedin', at: '2024-03-15', externalId: 'linkedin:connection:camille-durand-4b2a1c:in' },
  ]);
  assert.deepEqual(
    bundle.interactions.filter((i) => i.from === 'me').map((i) => i.at),
    ['2024-03-15', '2024-01-01', '2023-02-28', '2019-11-07', '2022-12-31'],
  );
  // Two blank comma rows, on lines 7 and 10 (Notes, note, blank, header on 4).
  assert.deepEqual(bundle.warnings.map((w) => w.line), [7, 10]);
  // Progress counts the archive's files read: here the one file.
  assert.deepEqual(progress.at(-1), [1, 1]);
});

test('header on the first line, LF endings', async () => {
  const bundle = await parseLinkedIn(join(fixtures, 'Connections-no-preamble.csv'));
  assert.deepEqual(bundle.people.map((p) => p.key), ['me', 'linkedin:camille-durand-4b2a1c', 'linkedin:jeanmarc-lefevre']);
});

test('unquoted one-line note without a blank line', async () => {
  const bundle = await parseLinkedIn(join(fixtures, 'Connections-short-notes.csv'));
  assert.deepEqual(bundle.people.slice(1).map((p) => p.name), ['Amélie Nguyen', "Thomas O'Brien"]);
  assert.equal(bundle.interactions[2]!.at, '2019-11-07');
});

test('duplicate profiles merge, a row without name nor URL is passed over, columns in another order', () => {
  const text = [
    'Connected On,URL,Last Name,First Name,Email Address,Company,Position',
    '02 Feb 2021,https://fr.linkedin.com/in/ana-b,B,Ana,,,',
    '03 Feb 2021,https://www.linkedin.com/in/ANA-B/,B,Ana,ana@b.io,,',
    '04 Feb 2021,,,,,,',
  ].join('\n');
  const bundle = parseLinkedInText(text, 'c.csv');
  assert.equal(bundle.people.length, 2);
  assert.deepEqual(bundle.people[1]!.handles.map((h) => h.value), ['https://www.linkedin.com/in/ana-b', 'ana@b.io']);
  assert.equal(bundle.interactions.length, 2);
  assert.equal(bundle.interactions[0]!.at, '2021-02-02');
  assert.equal(bundle.warnings.length, 2);
});

test('a bad date names the line and the field', () => {
  const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,,,,,32 Jan 2024\n';
  assert.throws(
    () => parseLinkedInText(text, 'Connections.csv'),
    (e: unknown) =>
      e instanceof ImportError && e.where.line === 2 && e.where.field === 'Connected On' && /Connections\.csv:line 2/.test(e.message),
  );
});
