// Issue #12: names with NUL or other control characters (JSON "\u0000", GEXF "&#0;", X API
// JSONL, CSV) are cleaned before they are stored, with a warning naming the field; never an
// unexpected error, never a NUL in the network.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { importFile } from './run';

const dir = mkdtempSync(join(tmpdir(), 'maillage-control-chars-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function names(db: Db): string[] {
  return (db.prepare('SELECT name FROM person ORDER BY name').all() as Array<{ name: string }>).map((r) => r.name);
}

function noControlStored(db: Db): void {
  const bad = db.prepare("SELECT count(*) AS n FROM person WHERE instr(CAST(name AS BLOB), x'00') > 0 OR instr(CAST(name AS BLOB), x'1b') > 0").get() as { n: number };
  assert.equal(bad.n, 0, 'no NUL or ESC in stored names');
}

test('a JSON backup with "\\u0000" in a name: cleaned, with a warning naming the field', async () => {
  const path = join(dir, 'backup.json');
  const person = (id: number, name: string) => ({ id, name, role: 'cmo', organisation: 'Acme\u0000 SA', tags: [], handles: [] });
  writeFileSync(path, JSON.stringify({ maillage: 1, people: [person(1, 'Ada\u0000 Lovelace'), person(2, 'Bob')], interactions: [{ from: 1, to: 2, kind: 'mention', channel: 'x', at: '2024-01-01' }] }));
  const db = openDatabase(':memory:', { create: true });
  const summary = await importFile(db, 'json', path);
  assert.deepEqual(names(db), ['Ada Lovelace', 'Bob']);
  noControlStored(db);
  assert.ok(summary.warnings.some((w) => w.message === 'person "Ada Lovelace", field name: control characters removed (U+0000)'), JSON.stringify(summary.warnings));
  assert.ok(summary.warnings.some((w) => w.message === 'person "Ada Lovelace", field organisation: control characters removed (U+0000)'));
});

test('a GEXF label with &#0; and an ESC sequence: cleaned', async () => {
  const path = join(dir, 'graph.gexf');
  writeFileSync(path, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>
<node id="a" label="Ada&#0;Lovelace"/><node id="b" label="Bob&#27;[2J"/></nodes>
<edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`);
  const db = openDatabase(':memory:', { create: true });
  const summary = await importFile(db, 'gexf', path);
  assert.deepEqual(names(db), ['AdaLovelace', 'Bob[2J']);
  noControlStored(db);
  assert.equal(summary.warnings.filter((w) => /field name: control characters removed \(U\+(0000|001B)\)/.test(w.message)).length, 2);
});

test('X API JSONL with a NUL in a user name: cleaned', async () => {
  const path = join(dir, 'collection.jsonl');
  writeFileSync(path, `${JSON.stringify({
    data: { id: '1', text: 'hi @b', author_id: '10', created_at: '2024-01-01T00:00:00.000Z', entities: { mentions: [{ username: 'b', id: '11' }] } },
    includes: { users: [{ id: '10', username: 'a', name: 'A\u0000B\u0007' }, { id: '11', username: 'b', name: 'B' }] },
  })}\n`);
  const db = openDatabase(':memory:', { create: true });
  const summary = await importFile(db, 'x-api-jsonl', path);
  assert.deepEqual(names(db), ['AB', 'B']);
  noControlStored(db);
  assert.ok(summary.warnings.some((w) => w.message.includes('field name: control characters removed (U+0000, U+0007)')));
});

test('CSV names with terminal escapes: cleaned; line breaks in notes are kept', async () => {
  const path = join(dir, 'people.csv');
  writeFileSync(path, 'name,organisation,notes\n"Eve\u001b]0;pwned\u0007 Smith","Acme\u009b31m","line one\nline two\u001b"\n');
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'csv', path);
  const row = db.prepare('SELECT p.name, o.name AS org, p.notes FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id').get() as { name: string; org: string; notes: string };
  assert.deepEqual(row, { name: 'Eve]0;pwned Smith', org: 'Acme31m', notes: 'line one\nline two' });
});
