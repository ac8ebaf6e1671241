// Malformed JSON backups, generated from a good one: each is refused with an ImportError naming
// the file and the line (syntax) or the JSON path (content); the network is left untouched.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';
import { junkBytes, latin1, tableCounts, truncations, utf16le, type MalformedCase } from '../../../../test-support/graph-import';

const dir = mkdtempSync(join(tmpdir(), 'maillage-json-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Backup = Record<string, unknown> & {
  people: Array<Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  attendance: Array<Record<string, unknown>>;
  interactions: Array<Record<string, unknown>>;
  follows: Array<Record<string, unknown>>;
};

function goodBackup(): Backup {
  return {
    maillage: 1,
    exportedAt: '2026-11-23T10:00:00.000Z',
    people: [
      { id: 1, name: 'Élodie Martin', role: 'cmo', organisation: 'Société Générale', title: 'CMO', gender: 'f', followers: 5400, notes: '', tags: ['brand'], isMe: true, originalPosts: 3, reposts: 1, handles: [{ kind: 'x', value: 'elodie_m' }] },
      { id: 2, name: 'Marc & Fils', role: 'peer', organisation: null, title: null, gender: null, followers: null, handles: [] },
      { id: 3, name: 'Inès', role: 'journalist', handles: [{ kind: 'email', value: 'ines@example.com' }] },
    ],
    organisations: [{ id: 1, name: 'Société Générale' }],
    events: [{ id: 1, name: 'Forum des CMO', kind: 'forum', date: '2024-01-08', place: 'Lyon', capacity: 60, hostOrganisation: null }],
    attendance: [{ person: 1, event: 1, role: 'host', status: 'attended' }],
    interactions: [
      { from: 1, to: 2, kind: 'reply', channel: 'x', at: '2024-01-09T10:00:00.000Z', weight: 1, externalId: 'x:1' },
      { from: 3, to: 1, kind: 'met', channel: 'in_person', at: null, weight: 2, externalId: null },
    ],
    follows: [{ follower: 2, followed: 1 }],
  };
}

const json = (b: unknown) => `${JSON.stringify(b, null, 1)}\n`;
const good = json(goodBackup());
function mutate(change: (b: Backup) => void): string {
  const b = goodBackup();
  change(b);
  return json(b);
}

const cases: MalformedCase[] = [
  { name: 'empty file', content: '', says: 'empty' },
  { name: 'only whitespace', content: ' \n ', says: 'empty' },
  ...truncations(good),
  { name: 'cut one character before the end', content: good.trimEnd().slice(0, -1), line: true },
  { name: 'UTF-16 LE with BOM', content: utf16le(good), line: true, says: 'UTF-16' },
  { name: 'UTF-16 LE without BOM', content: utf16le(good, false), line: true, says: 'NUL' },
  { name: 'Latin-1 with accents', content: latin1(good), line: true, says: 'UTF-8' },
  { name: 'binary junk', content: junkBytes(2048, 3) },
  { name: 'NUL byte in a name', content: good.replace('Inès', 'In\u0000ès'), line: true, says: 'NUL' },
  { name: 'trailing comma', content: good.replace(/\n}\n$/, ',\n}\n'), line: true, says: 'JSON' },
  { name: 'a comment', content: `// backup\n${good}`, line: true, says: 'JSON' },
  { name: 'NaN literal', content: good.replace('5400', 'NaN'), line: true, says: 'JSON' },
  { name: 'deeply nested arrays, 100k levels', content: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, path: '$' },
  { name: 'deeply nested value inside people, 100k levels', content: good.replace('"people": [', `"people": [${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},`), path: '$.people' },
  { name: 'top-level array', content: '[]\n', path: '$' },
  { name: 'top-level null', content: 'null\n', path: '$' },
  { name: 'GEXF given as JSON', content: '<?xml version="1.0"?>\n<gexf/>\n', line: true, says: 'JSON' },
  { name: 'version missing', content: mutate((b) => delete b['maillage']), path: '$.maillage', says: 'missing' },
  { name: 'wrong version 2', content: mutate((b) => (b['maillage'] = 2)), path: '$.maillage', says: 'version 2' },
  { name: 'version as a string', content: mutate((b) => (b['maillage'] = '1')), path: '$.maillage' },
  { name: 'people not an array', content: mutate((b) => ((b as Record<string, unknown>)['people'] = { id: 1 })), path: '$.people' },
  { name: 'person without a name', content: mutate((b) => delete b.people[1]!['name']), path: '$.people[1].name' },
  { name: 'person with an empty name', content: mutate((b) => (b.people[2]!['name'] = '')), path: '$.people[2].name' },
  { name: 'unknown role', content: mutate((b) => (b.people[0]!['role'] = 'ceo')), path: '$.people[0].role' },
  { name: 'unknown gender', content: mutate((b) => (b.people[0]!['gender'] = 'q')), path: '$.people[0].gender' },
  { name: 'negative followers', content: mutate((b) => (b.people[0]!['followers'] = -5)), path: '$.people[0].followers' },
  { name: 'fractional followers', content: mutate((b) => (b.people[0]!['followers'] = 1.5)), path: '$.people[0].followers' },
  { name: 'unknown handle kind', content: mutate((b) => (b.people[0]!['handles'] = [{ kind: 'myspace', value: 'x' }])), path: '$.people[0].handles[0].kind' },
  { name: '300 kB name', content: mutate((b) => (b.people[0]!['name'] = 'x'.repeat(300_000))), path: '$.people[0].name' },
  { name: 'duplicate person id', content: mutate((b) => (b.people[2]!['id'] = 1)), path: '$.people[2].id', says: 'twice' },
  { name: 'interaction to an unknown person', content: mutate((b) => (b.interactions[1]!['to'] = 99)), path: '$.interactions[1].to', says: '99' },
  { name: 'interaction with oneself', content: mutate((b) => (b.interactions[0]!['to'] = 1)), path: '$.interactions[0]' },
  { name: 'unknown interaction kind', content: mutate((b) => (b.interactions[0]!['kind'] = 'hug')), path: '$.interactions[0].kind' },
  { name: 'unknown channel', content: mutate((b) => (b.interactions[0]!['channel'] = 'fax')), path: '$.interactions[0].channel' },
  { name: 'zero weight', content: mutate((b) => (b.interactions[0]!['weight'] = 0)), path: '$.interactions[0].weight' },
  { name: 'weight as a string', content: mutate((b) => (b.interactions[0]!['weight'] = 'heavy')), path: '$.interactions[0].weight' },
  { name: 'attendance at an unknown event', content: mutate((b) => (b.attendance[0]!['event'] = 7)), path: '$.attendance[0].event' },
  { name: 'attendance with an unknown status', content: mutate((b) => (b.attendance[0]!['status'] = 'maybe')), path: '$.attendance[0].status' },
  { name: 'interaction time that is not a date', content: mutate((b) => (b.interactions[0]!['at'] = 'yesterday')), path: '$.interactions[0].at' },
  { name: 'event date out of range', content: mutate((b) => (b.events[0]!['date'] = '2024-02-30')), path: '$.events[0].date' },
  { name: 'unknown event kind', content: mutate((b) => (b.events[0]!['kind'] = 'party')), path: '$.events[0].kind' },
  { name: 'follow of an unknown person', content: mutate((b) => (b.follows[0]!['followed'] = 42)), path: '$.follows[0].followed' },
];

let db: Db;
let before_: Record<string, number>;
before(async () => {
  db = openDatabase(':memory:', { create: true });
  const path = join(dir, 'good.json');
  writeFileSync(path, good);
  const summary = await importFile(db, 'json', path);
  assert.deepEqual(summary.added, { people: 3, interactions: 2, follows: 1, events: 1, attendance: 1 });
  before_ = tableCounts(db);
});

test('the corpus has at least 30 malformed inputs', () => assert.ok(cases.length >= 30, String(cases.length)));

cases.forEach((c, i) => {
  test(`malformed JSON backup: ${c.name}`, async () => {
    const fileName = `bad-${i}.json`;
    const path = join(dir, fileName);
    writeFileSync(path, c.content);
    await assert.rejects(importFile(db, 'json', path), (error: unknown) => {
      assert.ok(error instanceof ImportError, `expected an ImportError, got ${String(error)}`);
      assert.ok(error.message.startsWith(fileName), error.message);
      if (c.line) assert.ok(typeof error.where.line === 'number' && error.where.line >= 1, `no line in: ${error.message}`);
      if (c.path) assert.ok(error.where.path?.startsWith(c.path), `path ${String(error.where.path)} in: ${error.message}`);
      if (c.says) assert.ok(error.message.toLowerCase().includes(c.says.toLowerCase()), `"${c.says}" not in: ${error.message}`);
      return true;
    });
    assert.deepEqual(tableCounts(db), before_);
  });
});
