// Malformed LinkedIn Connections.csv corpus, generated from the good fixture: each input is either
// refused with an ImportError naming the file (and the line and field where it makes sense),
// leaving the network untouched — or, when what remains is a complete export (a cut at a row
// boundary), imported with exactly the complete rows. Never a crash.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';

const FORMAT = 'linkedin';
const fixture = join(import.meta.dirname, 'fixtures', 'linkedin', 'Connections.csv');
const good = readFileSync(fixture, 'utf8');
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const lines = good.split('\r\n');
/** Offset just after line k (1-based), its CRLF included. */
const endOf = (k: number): number => lines.slice(0, k).reduce((s, l) => s + l.length + 2, 0);
const at = (needle: string, extra = 0): number => {
  const i = good.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + extra;
};
const dir = mkdtempSync(join(tmpdir(), 'maillage-linkedin-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['person', 'handle', 'interaction', 'follow', 'event', 'attendance', 'import_batch', 'organisation'];
const counts = (db: Db): Record<string, number> =>
  Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

async function seeded(): Promise<Db> {
  const db = openDatabase(':memory:', { create: true });
  assert.equal((await importFile(db, FORMAT, fixture)).added.interactions, 10);
  return db;
}

type Case =
  | { outcome: 'reject'; name: string; content: string | Uint8Array; line?: number; field?: string; says?: RegExp }
  /** Imports; `interactions` is twice the connections that were complete (a connection is a tie both ways), added or already in the network. */
  | { outcome: 'accept'; name: string; content: string | Uint8Array; interactions: number };

const utf16le = (text: string, bom = true): Uint8Array => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const latin1 = (text: string): Uint8Array => Buffer.from(text.replace(/^\uFEFF/, ''), 'latin1');
const junk = (size: number, seed = 3): Uint8Array => {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
};
const withRow = (row: string): string => `${HEADER}\r\nCamille,Durand,https://www.linkedin.com/in/camille-durand-4b2a1c,,Stripe,CMO,15 Mar 2024\r\n${row}\r\n`;

const cases: Case[] = [
  { outcome: 'reject', name: 'empty file', content: '', line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'only blank lines', content: '\r\n\r\n\r\n', line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'only a BOM', content: '\uFEFF', line: 1, says: /no LinkedIn header/ },
  // Truncations.
  { outcome: 'reject', name: 'cut inside the Notes preamble', content: good.slice(0, at('email addresses', 5)), line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'cut inside the header', content: good.slice(0, at('Connected On', 4)), line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'cut inside a name', content: good.slice(0, at('Durand', 3)), line: 5, says: /found 2/ },
  { outcome: 'reject', name: 'cut inside a quoted company', content: good.slice(0, at('"Stripe', 4)), line: 5, says: /never closed/ },
  { outcome: 'reject', name: 'cut inside "Connected On"', content: good.slice(0, at('15 Mar 2024', 6)), line: 5, field: 'Connected On', says: /not a date/ },
  { outcome: 'reject', name: 'cut after the year of the last row, one digit short', content: good.slice(0, at('31 Dec 2022', 10)), line: 11, field: 'Connected On' },
  // "Consultante "" cut after the first quote of "": a closed field, so the row is one field short.
  { outcome: 'reject', name: 'cut inside a doubled quote', content: good.slice(0, at('""growth', 1)), line: 11, field: 'Connected On', says: /found 6/ },
  // Cuts at a row boundary leave a complete export.
  { outcome: 'accept', name: 'cut just after the header', content: good.slice(0, endOf(4)), interactions: 0 },
  { outcome: 'accept', name: 'cut after the second connection', content: good.slice(0, endOf(6)), interactions: 4 },
  { outcome: 'accept', name: 'cut just before the final CRLF', content: good.replace(/\r\n$/, ''), interactions: 10 },
  // Encodings and wrong wrappers.
  { outcome: 'reject', name: 'UTF-16 LE with BOM (Excel "Unicode text")', content: utf16le(good.replace(/^\uFEFF/, '')), line: 1, says: /UTF-16/ },
  { outcome: 'reject', name: 'UTF-16 LE without BOM', content: utf16le(good.replace(/^\uFEFF/, ''), false), line: 1, says: /NUL/ },
  { outcome: 'reject', name: 'Latin-1 (Lefèvre as one byte) on line 6', content: latin1(good), line: 6, says: /not valid UTF-8/ },
  { outcome: 'reject', name: 'a GEXF file given as LinkedIn', content: '<?xml version="1.0"?>\n<gexf version="1.3"><graph/></gexf>\n', line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'a generic people.csv given as LinkedIn', content: 'name,role,organisation\nAna,cmo,Acme\n', line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'an X archive file given as LinkedIn', content: 'window.YTD.account.part0 = [ { "account" : { } } ]\n', line: 1 },
  { outcome: 'reject', name: 'JSON given as LinkedIn', content: '[{"First Name":"Ana"}]\n', line: 1 },
  { outcome: 'reject', name: 'missing header (rows only)', content: lines.slice(4).join('\r\n'), line: 1, says: /no LinkedIn header/ },
  { outcome: 'reject', name: 'header below eleven lines of notes', content: `${'Notes:\r\n'.repeat(11)}${good.slice(at('First Name'))}`, line: 1, says: /first 10 lines/ },
  { outcome: 'reject', name: 'semicolon-separated export (re-saved by French Excel)', content: good.replace(/,/g, ';'), line: 1, says: /no LinkedIn header/ },
  // Sizes and bytes.
  { outcome: 'reject', name: 'a 300 kB company', content: withRow(`Ana,B,,,"${'x'.repeat(300_000)}",CMO,01 Jan 2024`), line: 3, says: /longer than 200000 characters/ },
  { outcome: 'reject', name: 'a 5 kB position', content: withRow(`Ana,B,,,Acme,"${'Directrice '.repeat(500)}",01 Jan 2024`), line: 3, field: 'Position', says: /longer than 1000/ },
  { outcome: 'reject', name: 'binary junk', content: junk(4_096), line: 2, says: /NUL/ },
  { outcome: 'reject', name: 'NUL bytes on line 3', content: withRow('Ana,B\u0000,,,Acme,CMO,01 Jan 2024'), line: 3, says: /NUL/ },
  { outcome: 'reject', name: '100k nested brackets', content: `${'['.repeat(100_000)}${']'.repeat(100_000)}\r\n`, line: 1, says: /no LinkedIn header/ },
  // Quotes, fields, dates.
  // csv-rows names the line where the parser ran out of input (the end of the file), not the
  // line of the opening quote.
  { outcome: 'reject', name: 'unclosed quote', content: withRow('Ana,"B,,,Acme,CMO,01 Jan 2024'), line: 4, says: /never closed/ },
  { outcome: 'reject', name: 'a quote inside an unquoted field', content: withRow('Ana,B,,,Acme "SAS",CMO,01 Jan 2024'), line: 3, says: /quote/ },
  { outcome: 'reject', name: 'a row with too few fields', content: withRow('Ana,B,,,Acme'), line: 3, field: 'Position', says: /found 5/ },
  { outcome: 'reject', name: 'an impossible date (31 Feb)', content: withRow('Ana,B,,,Acme,CMO,31 Feb 2024'), line: 3, field: 'Connected On', says: /not a date/ },
  { outcome: 'reject', name: 'a date in words', content: withRow('Ana,B,,,Acme,CMO,yesterday'), line: 3, field: 'Connected On' },
  { outcome: 'reject', name: 'an empty date', content: withRow('Ana,B,,,Acme,CMO,'), line: 3, field: 'Connected On' },
  { outcome: 'reject', name: 'the Connected On column missing', content: `First Name,Last Name,URL,Email Address,Company,Position\r\nAna,B,,,Acme,CMO\r\n`, line: 1, says: /no LinkedIn header/ },
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
      assert.equal(counts(db).import_batch, before.import_batch! + 1);
    }
  });
});
