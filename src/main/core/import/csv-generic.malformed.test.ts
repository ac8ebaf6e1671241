// Malformed generic CSV corpus, generated from a good interactions.csv: each input is either
// refused with an ImportError naming the file (and the line and field where it makes sense),
// leaving the network untouched — or, when what remains is a complete CSV (a cut at a row
// boundary), imported with exactly the complete rows. Never a crash.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';

const FORMAT = 'csv';
const fixtures = join(import.meta.dirname, 'fixtures', 'csv');
const dir = mkdtempSync(join(tmpdir(), 'maillage-csv-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const good = [
  'from,to,kind,channel,at,weight',
  '@claire_martin,@julienmoreau,mention,x,2024-03-05T09:12:44Z,1',
  'Julien Moreau,Claire Martin,reply,linkedin,2024-03-05,2',
  '"Léa Petit","Moreau, Julien",quote,x,2024-03-06,1',
  '@sarah_analyst,tom@dubois-conseil.example,message,email,2024-03-07,0.5',
  '',
].join('\n');
const rows = good.split('\n');
/** Offset just after line k (1-based), its newline included. */
const endOf = (k: number): number => rows.slice(0, k).reduce((s, l) => s + l.length + 1, 0);
const at = (needle: string, extra = 0): number => {
  const i = good.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + extra;
};

const TABLES = ['person', 'handle', 'interaction', 'follow', 'event', 'attendance', 'import_batch', 'organisation'];
const counts = (db: Db): Record<string, number> =>
  Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

async function seeded(): Promise<Db> {
  const db = openDatabase(':memory:', { create: true });
  assert.equal((await importFile(db, FORMAT, join(fixtures, 'people.csv'))).added.people, 4);
  assert.equal((await importFile(db, FORMAT, join(fixtures, 'interactions.csv'))).added.interactions, 4);
  return db;
}

type Case =
  | { outcome: 'reject'; name: string; content: string | Uint8Array; line?: number; field?: string; says?: RegExp }
  /** Imports; `interactions` is how many rows were complete (added, or already in the network). */
  | { outcome: 'accept'; name: string; content: string | Uint8Array; interactions: number; warnings?: number };

const utf16le = (text: string, bom = true): Uint8Array => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const junk = (size: number, seed = 11): Uint8Array => {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
};
const withRow = (row: string): string => `${rows[0]}\n${rows[1]}\n${row}\n`;

const cases: Case[] = [
  { outcome: 'reject', name: 'empty file', content: '', line: 1, says: /empty/ },
  { outcome: 'reject', name: 'only blank lines', content: '\n\n\r\n', line: 1, says: /no header/ },
  { outcome: 'reject', name: 'only a BOM', content: '\uFEFF', line: 1, says: /no header/ },
  // Truncations.
  // A header cut after "from,to" is still an interactions header, with no rows.
  { outcome: 'accept', name: 'cut inside the header', content: good.slice(0, at('kind', 2)), interactions: 0 },
  { outcome: 'reject', name: 'cut in the first row, after "from"', content: good.slice(0, at('@julienmoreau')), line: 2, field: 'kind', says: /fields as in the header/ },
  { outcome: 'reject', name: 'cut inside a date', content: good.slice(0, at('2024-03-05,', 7)), line: 3, field: 'weight', says: /found 5/ },
  { outcome: 'reject', name: 'cut inside an ISO instant at the end of a row', content: good.slice(0, at('T09:12', 3)), line: 2, field: 'weight' },
  { outcome: 'reject', name: 'cut inside a quoted cell', content: good.slice(0, at('Moreau, Julien', 6)), line: 4, says: /never closed/ },
  { outcome: 'reject', name: 'cut inside the last weight ("0.")', content: good.slice(0, at('0.5', 2)), line: 5, field: 'weight', says: /positive number/ },
  { outcome: 'reject', name: 'cut after the kind of the last row', content: good.slice(0, at('message,', 7)), line: 5, field: 'channel' },
  // Cuts at a row boundary leave a complete CSV.
  { outcome: 'accept', name: 'cut after the header', content: good.slice(0, endOf(1)), interactions: 0 },
  { outcome: 'accept', name: 'cut after row 2 (newline kept)', content: good.slice(0, endOf(3)), interactions: 2 },
  { outcome: 'accept', name: 'cut just before the last newline', content: good.slice(0, -1), interactions: 4 },
  // Encodings and wrong wrappers.
  { outcome: 'reject', name: 'UTF-16 LE with BOM', content: utf16le(good), line: 1, says: /UTF-16/ },
  { outcome: 'reject', name: 'UTF-16 LE without BOM', content: utf16le(good, false), line: 1, says: /NUL/ },
  { outcome: 'reject', name: 'Latin-1 (é as one byte) on line 4', content: latin1(good), line: 4, says: /not valid UTF-8/ },
  {
    outcome: 'reject',
    name: 'a GEXF file given as CSV',
    content: '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph><nodes/></graph>\n</gexf>\n',
    line: 1,
    says: /looks like XML/,
  },
  { outcome: 'reject', name: 'a JSON backup given as CSV', content: '{"maillage": 1, "people": []}\n', line: 1, says: /looks like JSON/ },
  { outcome: 'reject', name: 'an X archive file given as CSV', content: 'window.YTD.tweets.part0 = [ {\n "tweet" : { } } ]\n', line: 1, says: /x-archive/ },
  { outcome: 'reject', name: 'missing header (rows only)', content: rows.slice(1).join('\n'), line: 1, says: /header is missing/ },
  { outcome: 'reject', name: 'header of another tool, unknown columns', content: 'Foo,Bar,Baz\n1,2,3\n', line: 1, says: /people\.csv: name,role/ },
  { outcome: 'reject', name: 'semicolon header, comma rows', content: good.replace(rows[0]!, rows[0]!.replace(/,/g, ';')), line: 2, says: /fields as in the header/ },
  // Sizes and bytes.
  { outcome: 'reject', name: 'a 300 kB unquoted cell', content: withRow(`${'x'.repeat(300_000)},@b,mention,x,2024-01-01,1`), line: 3, says: /longer than 200000 characters/ },
  { outcome: 'reject', name: 'a 300 kB quoted cell', content: withRow(`"${'é'.repeat(300_000)}",@b,mention,x,2024-01-01,1`), line: 3, says: /longer than 200000 characters/ },
  { outcome: 'reject', name: 'a 5 kB name', content: withRow(`${'Ana '.repeat(1_250)},@b,mention,x,2024-01-01,1`), line: 3, field: 'from', says: /at most 1000 characters/ },
  { outcome: 'reject', name: 'binary junk', content: junk(4_096), line: 1 },
  { outcome: 'reject', name: 'NUL bytes on line 3', content: withRow('@a,@b,ment\u0000ion,x,2024-01-01,1'), line: 3, says: /NUL/ },
  { outcome: 'reject', name: '100k nested brackets', content: `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, line: 1, says: /looks like JSON/ },
  // Quotes.
  { outcome: 'reject', name: 'unclosed quote', content: withRow('"@a,@b,mention,x,2024-01-01,1'), line: 3, says: /never closed/ },
  {
    outcome: 'reject',
    name: 'unclosed quote early in a long file: the line where the row starts',
    content: `${rows[0]}\n@a,"@b,mention,x,2024-01-01,1\n${`${rows[1]}\n`.repeat(5_000)}`,
    line: 2,
    says: /longer than 200000 characters|never closed/,
  },
  { outcome: 'reject', name: 'a quote inside an unquoted cell', content: withRow('@a,Bob "the" Builder,mention,x,2024-01-01,1'), line: 3, says: /quote/ },
  { outcome: 'reject', name: 'characters after a closing quote', content: withRow('"@a"x,@b,mention,x,2024-01-01,1'), line: 3, says: /closing quote/ },
  // Cells.
  { outcome: 'reject', name: 'unknown kind', content: withRow('@a,@b,hug,x,2024-01-01,1'), line: 3, field: 'kind', says: /expected one of mention, reply/ },
  { outcome: 'reject', name: 'unknown channel', content: withRow('@a,@b,mention,fax,2024-01-01,1'), line: 3, field: 'channel' },
  { outcome: 'reject', name: 'impossible date', content: withRow('@a,@b,mention,x,2024-02-30,1'), line: 3, field: 'at', says: /ISO 8601/ },
  { outcome: 'reject', name: 'weight not a number', content: withRow('@a,@b,mention,x,2024-01-01,beaucoup'), line: 3, field: 'weight' },
  { outcome: 'reject', name: 'weight zero', content: withRow('@a,@b,mention,x,2024-01-01,0'), line: 3, field: 'weight' },
  { outcome: 'reject', name: 'empty "from"', content: withRow(',@b,mention,x,2024-01-01,1'), line: 3, field: 'from', says: /empty cell/ },
  { outcome: 'reject', name: 'an invalid handle', content: withRow('@not valid!,@b,mention,x,2024-01-01,1'), line: 3, field: 'from' },
  { outcome: 'reject', name: 'a row with too few fields', content: withRow('@a,@b,mention'), line: 3, field: 'channel', says: /found 3/ },
  { outcome: 'reject', name: 'a row with extra fields', content: withRow('@a,@b,mention,x,2024-01-01,1,surplus'), line: 3, says: /found 7/ },
  { outcome: 'reject', name: 'people.csv: unknown role', content: 'name,role\nAna,patronne\n', line: 2, field: 'role' },
  { outcome: 'reject', name: 'people.csv: bad email', content: 'name,email\nAna,ana(at)example.fr\n', line: 2, field: 'email' },
  { outcome: 'reject', name: 'events.csv: bad capacity', content: 'name,date,capacity\nForum,2024-06-01,-3\n', line: 2, field: 'capacity' },
  { outcome: 'reject', name: 'attendance.csv: unknown status', content: 'person,event,status\nAna,Forum,peut-être\n', line: 2, field: 'status' },
  // Blank rows and trailing empty cells are passed over, not fatal.
  { outcome: 'accept', name: 'blank rows and delimiter-only rows', content: `${rows[0]}\n\n,,,,,\n${rows[1]}\n,,,,,,\n`, interactions: 1, warnings: 3 },
];

assert.ok(cases.length >= 30);

cases.forEach((c, i) => {
  test(`${c.outcome}: ${c.name}`, async () => {
    const db = await seeded();
    const before = counts(db);
    const fileName = `case-${String(i).padStart(2, '0')}.csv`;
    const path = join(dir, fileName);
    writeFileSync(path, c.content);
    if (c.outcome === 'reject') {
      await assert.rejects(importFile(db, FORMAT, path), (error: unknown) => {
        assert.ok(error instanceof ImportError, `expected an ImportError, got ${String(error)}`);
        assert.ok(error.message.startsWith(fileName), error.message);
        if (c.line !== undefined) assert.equal(error.where.line, c.line, error.message);
        if (c.field !== undefined) assert.equal(error.where.field, c.field, error.message);
        if (c.says) assert.match(error.message, c.says);
        assert.ok(error.message.length < 1_000, 'the message quotes at most a short excerpt of the input');
        return true;
      });
      assert.deepEqual(counts(db), before, 'nothing written');
    } else {
      const summary = await importFile(db, FORMAT, path);
      assert.equal(summary.added.interactions + summary.duplicateInteractions, c.interactions);
      if (c.warnings !== undefined) assert.equal(summary.warnings.length, c.warnings);
      assert.equal(counts(db).import_batch, before.import_batch! + 1);
    }
  });
});
