// Malformed X API JSON Lines corpus, generated from the good fixture: each input is either refused
// with an ImportError naming the file (and the line, JSON path or field where it makes sense),
// leaving the network untouched — or, when what remains is complete JSON Lines (a cut at a line
// boundary, error-only lines), imported with exactly what was complete. Never a crash.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase, type Db } from '../db/connection';
import { ImportError } from './bundle';
import { importFile } from './run';

const FORMAT = 'x-api-jsonl';
const fixture = join(import.meta.dirname, 'fixtures', 'x-api-jsonl', 'collection.jsonl');
const good = readFileSync(fixture, 'utf8');
const lines = good.split('\n');
/** Offset just after line k (1-based), its newline included. */
const endOf = (k: number): number => lines.slice(0, k).reduce((s, l) => s + l.length + 1, 0);
const dir = mkdtempSync(join(tmpdir(), 'maillage-xapi-bad-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = ['person', 'handle', 'interaction', 'follow', 'event', 'attendance', 'import_batch', 'organisation'];
const counts = (db: Db): Record<string, number> =>
  Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));

async function seeded(): Promise<Db> {
  const db = openDatabase(':memory:', { create: true });
  const summary = await importFile(db, FORMAT, fixture);
  assert.equal(summary.added.interactions, 10);
  return db;
}

type Case =
  | { outcome: 'reject'; name: string; content: string | Uint8Array; line?: number | true; field?: string; path?: string; says?: RegExp }
  /** Imports; `interactions` is how many of the file's interactions were complete (added or already there). */
  | { outcome: 'accept'; name: string; content: string | Uint8Array; interactions: number; warnings?: number };

const utf16le = (text: string, bom = true): Uint8Array => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};
const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
/** Deterministic junk bytes (no Math.random: a failure must be reproducible). */
const junk = (size: number, seed = 7): Uint8Array => {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
};
const tweet = (extra: Record<string, unknown>) => JSON.stringify({ data: [{ id: '1', author_id: '7', text: 'Bonjour', ...extra }] });

const first = lines[0]!;
const cases: Case[] = [
  { outcome: 'reject', name: 'empty file', content: '', says: /empty/ },
  { outcome: 'reject', name: 'only blank lines', content: '\n  \n\r\n', says: /empty/ },
  // Truncations inside the first line: JSON cut short.
  ...[1, 2, 57, 1_000, 5_000, first.length - 1].map((at): Case => ({ outcome: 'reject', name: `cut at byte ${at} of line 1`, content: good.slice(0, at), line: 1, says: /does not end on this line|not valid JSON/ })),
  // Inside line 4 (the filtered-stream line) and line 6.
  { outcome: 'reject', name: 'cut in the middle of line 4', content: good.slice(0, endOf(3) + 300), line: 4, says: /does not end on this line/ },
  { outcome: 'reject', name: 'cut inside a string of line 6', content: good.slice(0, good.indexOf('Could not find') + 5), line: 6, says: /does not end on this line/ },
  {
    outcome: 'reject',
    name: 'cut inside a two-byte UTF-8 character',
    content: Buffer.from(good, 'utf8').subarray(0, Buffer.from(good, 'utf8').indexOf(Buffer.from('é', 'utf8')) + 1),
    line: 1,
    says: /UTF-8/,
  },
  // Cuts at a line boundary leave complete JSON Lines: what was complete is imported (line 1 holds
  // 7 interactions and a quote whose quoted post only comes on line 7: a warning).
  { outcome: 'accept', name: 'cut just after line 1 (newline kept)', content: good.slice(0, endOf(1)), interactions: 7, warnings: 1 },
  { outcome: 'accept', name: 'cut just before the newline of line 1', content: first, interactions: 7, warnings: 1 },
  { outcome: 'accept', name: 'cut after line 4', content: good.slice(0, endOf(4)), interactions: 8, warnings: 2 },
  { outcome: 'reject', name: 'UTF-16 LE with BOM', content: utf16le(good), line: 1, says: /UTF-16/ },
  { outcome: 'reject', name: 'UTF-16 LE without BOM', content: utf16le(good, false), line: 1, says: /NUL/ },
  { outcome: 'reject', name: 'UTF-16 BE with BOM', content: utf16be(good), line: 1, says: /UTF-16/ },
  { outcome: 'reject', name: 'Latin-1 (é as one byte)', content: latin1(good), line: 1, says: /not valid UTF-8/ },
  { outcome: 'reject', name: 'overlong UTF-8 sequence on line 2', content: Buffer.concat([Buffer.from('{"meta":{}}\n{"meta":{"x":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}}\n')]), line: 2, says: /UTF-8/ },
  {
    outcome: 'reject',
    name: 'an X archive tweets.js given as JSONL',
    content: 'window.YTD.tweets.part0 = [ {\n  "tweet" : { "id_str" : "1" }\n} ]\n',
    line: 1,
    says: /x-archive/,
  },
  { outcome: 'reject', name: 'a GEXF file given as JSONL', content: '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph/></gexf>\n', line: 1, says: /expected a JSON object per line/ },
  { outcome: 'reject', name: 'a CSV file given as JSONL', content: 'from,to,kind\n@a,@b,mention\n', line: 1, says: /expected a JSON object per line/ },
  { outcome: 'reject', name: 'a JSON array of responses on one line', content: `[${first}]\n`, line: 1, says: /expected a JSON object per line/ },
  { outcome: 'reject', name: 'a pretty-printed response over several lines', content: JSON.stringify(JSON.parse(first), null, 2), line: 1, says: /does not end on this line/ },
  { outcome: 'reject', name: 'old Mac line endings (CR only)', content: lines.filter(Boolean).join('\r'), line: 1, says: /not valid JSON/ },
  { outcome: 'reject', name: 'garbage after the object', content: `${first} ;\n`, line: 1, says: /not valid JSON/ },
  { outcome: 'reject', name: 'a 300 kB post text', content: tweet({ text: 'é'.repeat(300_000) }), line: 1, path: 'data[0].text', field: 'text', says: /too long/ },
  { outcome: 'reject', name: 'a 300 kB username', content: JSON.stringify({ includes: { users: [{ id: '1', username: 'a'.repeat(300_000) }] } }), line: 1, field: 'username' },
  { outcome: 'reject', name: 'binary junk', content: junk(4_096), line: 1 },
  { outcome: 'reject', name: 'NUL bytes in line 2', content: `${first}\n{"meta":\u0000{}}\n`, line: 2, says: /NUL/ },
  { outcome: 'reject', name: '100k nested arrays', content: `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, line: 1 },
  { outcome: 'reject', name: '100k nested arrays as data', content: `{"data":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`, line: 1, path: 'data[0]' },
  { outcome: 'reject', name: '100k nested objects as the post id', content: `{"data":${'{"id":'.repeat(100_000)}1${'}'.repeat(100_000)}}\n`, line: 1, field: 'id' },
  { outcome: 'reject', name: 'author_id as a number', content: tweet({ author_id: 7 }), line: 1, path: 'data[0].author_id', field: 'author_id', says: /expected string, got number 7/ },
  { outcome: 'reject', name: 'post without id', content: JSON.stringify({ data: [{ author_id: '7', text: 'x' }] }), line: 1, field: 'id', says: /missing/ },
  { outcome: 'reject', name: 'data as a string', content: '{"data":"1760000000000000001"}\n', line: 1, field: 'data', says: /expected an array of posts/ },
  { outcome: 'reject', name: 'negative followers_count', content: JSON.stringify({ includes: { users: [{ id: '1', username: 'ana', public_metrics: { followers_count: -5 } }] } }), line: 1, field: 'followers_count' },
  { outcome: 'reject', name: 'followers_count as a string', content: JSON.stringify({ includes: { users: [{ id: '1', username: 'ana', public_metrics: { followers_count: '12' } }] } }), line: 1, path: 'includes.users[0].public_metrics.followers_count' },
  { outcome: 'reject', name: 'unknown referenced_tweets type', content: tweet({ referenced_tweets: [{ type: 'liked', id: '2' }] }), line: 1, field: 'type', says: /replied_to, quoted, retweeted/ },
  { outcome: 'reject', name: 'created_at not a date', content: tweet({ created_at: 'hier' }), line: 1, field: 'created_at', says: /ISO 8601/ },
  { outcome: 'reject', name: 'mention id not numeric', content: tweet({ entities: { mentions: [{ username: 'ana', id: 'abc' }] } }), line: 1, path: 'data[0].entities.mentions[0].id' },
  { outcome: 'reject', name: 'an object that is not an API response', content: `${first}\n{"hello":"world"}\n`, line: 2, says: /X API v2 response/ },
  { outcome: 'reject', name: 'a bare number line', content: '42\n', line: 1 },
  { outcome: 'reject', name: 'a null line', content: 'null\n', line: 1 },
  // Error lines alone are passed over with warnings: an import of nothing, not a failure.
  {
    outcome: 'accept',
    name: 'only error responses',
    content: '{"errors":[{"title":"Unauthorized","detail":"Unauthorized","status":401}]}\n{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}\n',
    interactions: 0,
    warnings: 2,
  },
];

assert.ok(cases.length >= 30);

cases.forEach((c, i) => {
  test(`${c.outcome}: ${c.name}`, async () => {
    const db = await seeded();
    const before = counts(db);
    const fileName = `case-${String(i).padStart(2, '0')}.jsonl`;
    const path = join(dir, fileName);
    writeFileSync(path, c.content);
    if (c.outcome === 'reject') {
      await assert.rejects(importFile(db, FORMAT, path), (error: unknown) => {
        assert.ok(error instanceof ImportError, `expected an ImportError, got ${String(error)}`);
        assert.ok(error.message.startsWith(`${fileName}`), error.message);
        if (c.line !== undefined) assert.equal(error.where.line, c.line === true ? error.where.line ?? -1 : c.line, error.message);
        if (c.line === true) assert.ok(error.where.line !== undefined, error.message);
        if (c.path !== undefined) assert.equal(error.where.path, c.path, error.message);
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
