// Fuzzing support for the importers: fast-check arbitraries that make structurally plausible but
// malformed inputs per format (mutated fixtures, mutated X archive zips, random bytes), and the
// property every input must satisfy — shared by `npm run fuzz` (scripts/fuzz.ts, ≥ 10,000 cases
// a format) and the small fixed-seed sample in fuzz.test.ts.
//
// The property: importFile settles within a time limit; it either succeeds (and the database
// passes integrity and foreign-key checks) or rejects with an ImportError with a message — any
// other error is a crash — and a refused import leaves every table count unchanged.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import fc from 'fast-check';
import { openDatabase, type Db } from '../src/main/core/db/connection';
import { exportJson } from '../src/main/core/db/backup';
import { ImportError, type ImportFormat } from '../src/main/core/import/bundle';
import { makeZip, type ZipEntryInput } from '../src/main/core/import/fixtures/zip';
import { importFile } from '../src/main/core/import/run';

export const FUZZ_FORMATS: readonly ImportFormat[] = ['linkedin', 'x-archive', 'x-api-jsonl', 'csv', 'gexf', 'graphml', 'json'];

const FIXTURES = join(import.meta.dirname, '..', 'src', 'main', 'core', 'import', 'fixtures');
const TABLES = ['person', 'handle', 'organisation', 'interaction', 'follow', 'event', 'attendance', 'import_batch'] as const;

/** File extension a case is written with (parsers do not look at it, people do). */
export const EXTENSION: Record<ImportFormat, string> = {
  linkedin: '.csv',
  'x-archive': '.zip',
  'x-api-jsonl': '.jsonl',
  csv: '.csv',
  gexf: '.gexf',
  graphml: '.graphml',
  json: '.json',
};

// ---------------------------------------------------------------------------------------------
// Seeds: the good files every mutation starts from.

const read = (...parts: string[]): Buffer => readFileSync(join(FIXTURES, ...parts));

/** The valid file each fuzz database is seeded with before the cases run. */
export function seedFile(format: ImportFormat, dir: string): string {
  switch (format) {
    case 'linkedin':
      return join(FIXTURES, 'linkedin', 'Connections.csv');
    case 'x-archive':
      return join(FIXTURES, 'x-archive', 'twitter-2023-03-01-archive.zip');
    case 'x-api-jsonl':
      return join(FIXTURES, 'x-api-jsonl', 'collection.jsonl');
    case 'csv':
      return join(FIXTURES, 'csv', 'people.csv');
    case 'gexf':
      return join(FIXTURES, 'gexf', 'florentine.gexf');
    case 'graphml':
      return join(FIXTURES, 'gexf', 'florentine.graphml');
    case 'json': {
      const path = join(dir, 'seed-backup.json');
      writeFileSync(path, jsonBackupSeed());
      return path;
    }
  }
}

let backupSeed: Buffer | undefined;

/** A real backup: the LinkedIn, CSV, GEXF and X API fixtures imported, then exported by exportJson. */
export function jsonBackupSeed(): Buffer {
  if (!backupSeed) throw new Error('call prepareSeeds() before using the json seed');
  return backupSeed;
}

/** Fills the JSON backup seed from an export of several imported fixtures (call once before generating json cases). */
export async function prepareSeeds(): Promise<void> {
  if (backupSeed) return;
  const db = openDatabase(':memory:', { create: true });
  try {
    await importFile(db, 'linkedin', join(FIXTURES, 'linkedin', 'Connections.csv'));
    await importFile(db, 'csv', join(FIXTURES, 'csv', 'people.csv'));
    await importFile(db, 'csv', join(FIXTURES, 'csv', 'interactions.csv'));
    await importFile(db, 'csv', join(FIXTURES, 'csv', 'events-fr.csv'));
    await importFile(db, 'csv', join(FIXTURES, 'csv', 'attendance.tsv'));
    await importFile(db, 'gexf', join(FIXTURES, 'gexf', 'florentine.gexf'));
    await importFile(db, 'x-api-jsonl', join(FIXTURES, 'x-api-jsonl', 'collection.jsonl'));
    backupSeed = Buffer.from(exportJson(db, new Date('2026-11-23T10:00:00.000Z')), 'utf8');
  } finally {
    db.close();
  }
}

function textSeeds(format: Exclude<ImportFormat, 'x-archive'>): Buffer[] {
  switch (format) {
    case 'linkedin':
      return ['Connections.csv', 'Connections-no-preamble.csv', 'Connections-short-notes.csv'].map((f) => read('linkedin', f));
    case 'x-api-jsonl':
      return [read('x-api-jsonl', 'collection.jsonl')];
    case 'csv':
      return ['people.csv', 'interactions.csv', 'contacts-fr.csv', 'events-fr.csv', 'attendance.tsv'].map((f) => read('csv', f));
    case 'gexf':
      return ['florentine.gexf', 'directed.gexf', 'gephi.gexf', 'karate.gexf'].map((f) => read('gexf', f));
    case 'graphml':
      return ['florentine.graphml', 'directed.graphml', 'karate.graphml'].map((f) => read('gexf', f));
    case 'json':
      return [jsonBackupSeed()];
  }
}

/** The unpacked fixture archive, entry by entry (names relative to the archive root). */
function archiveEntries(): Array<{ name: string; data: Buffer }> {
  const root = join(FIXTURES, 'x-archive', 'archive');
  const out: Array<{ name: string; data: Buffer }> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ name: relative(root, full).split('\\').join('/'), data: readFileSync(full) });
    }
  };
  walk(root);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Mutations, as data (so a failing case prints what was done to the seed).

type Mutation =
  | { op: 'flip'; at: number; xor: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; len: number }
  | { op: 'repeat'; at: number; bytes: Uint8Array; times: number }
  | { op: 'dupLine'; line: number; times: number }
  | { op: 'dropLine'; line: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'swapFields'; line: number; a: number; b: number; delimiter: string }
  | { op: 'cell'; nth: number; value: string }
  | { op: 'number'; nth: number; value: string }
  | { op: 'json'; nth: number; action: 'replace' | 'delete' | 'swap' | 'rename'; value: unknown; other: number };

const INVALID_UTF8: number[][] = [
  [0x80], [0xbf], [0xc3], [0xc0, 0xaf], [0xc1, 0xbf], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0x00],
];

const COMMON_TOKENS = [
  '"', "'", '""', ',', ';', '\t', '|', '\n', '\r', '\r\n', '\\', '\\u', '{', '}', '[', ']', '<', '>', '&', ':', '=', '\u0000',
  '\uFEFF', '\u2028', '\u2029', '\uFFFD', '\u202E', '😀', 'é', 'e\u0301', ' ', '\u00A0', '%s%n', '${x}', '../', '\\\\?\\',
];

const FORMAT_TOKENS: Record<ImportFormat, string[]> = {
  linkedin: ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', '=HYPERLINK("x")', 'https://www.linkedin.com/in/', '01 Jan 1970', '31 Feb 2024', 'Notes:', ',,,,,,'],
  csv: ['name,role,organisation', 'from,to,kind,channel,at,weight', '@', 'cmo', 'mention', '2024-13-45', '1e309', '-1', '=cmd|/c calc', 'x_handle', '"""'],
  'x-api-jsonl': ['{}', '[]', 'null', '{"data":[]}', '{"data":{', '"id":"1"', '"author_id":', '"includes":{"users":[', '1e999', '-0', '"\\ud800"', '{"__proto__":{"x":1}}', '"referenced_tweets":[{"type":"quoted","id":"1"}]'],
  json: ['{}', '[]', 'null', 'true', '"maillage":1', '"people":[', '"__proto__"', '{"__proto__":{"x":1}}', '"\\ud800"', '1e999', '-0', '"id":1', '"handles":[{"kind":"x","value":""}]'],
  gexf: ['<node id="x" label="y"/>', '<edge source="0" target="0"/>', '<edge source="0" target="99999"/>', '</graph>', '</gexf>', '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>', '&a;', '&amp;', '&#0;', '&#x110000;', '&lt;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', ' weight="-1e309"', ' weight="NaN"', '<attvalue for="0" value=""/>', 'xmlns:x="y"', '<nodes>', '<edges>'],
  graphml: ['<node id="x"/>', '<edge source="n0" target="n0"/>', '<edge source="n0" target="zz"/>', '</graph>', '</graphml>', '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>', '&a;', '&amp;', '&#0;', '&#x110000;', '<![CDATA[', ']]>', '<!--', '-->', '<?xml version="1.0"?>', '<data key="d0">-1e309</data>', '<key id="d0" for="node" attr.name="label" attr.type="string"/>', '<graph edgedefault="undirected">', '<hyperedge>'],
  'x-archive': ['window.YTD.tweets.part0 = [', 'window.YTD.account.part0 = [', '];', '"tweet":', '"id_str":"1"', '"created_at":"Sat Feb 18 19:45:15 +0000 2023"', '"user_mentions":[', '"screen_name":"a"', '"accountId":"', '{"follower":{"accountId":"1"}}', '"in_reply_to_user_id_str":"-1"'],
};

const SPECIAL_VALUES = [
  '', ' ', '0', '-0', '-1', '1.5', '1e308', '1e309', '-1e309', '1e-400', 'NaN', 'Infinity', '-Infinity', '0x1F', '9007199254740993',
  '99999999999999999999999999999999', '-99999999999999999999', '١٢٣', '1,5', '1 000', '12.3k', '9999-99-99', '2024-02-30', '0000-00-00',
  '1970-01-01T00:00:00Z', '+275760-09-13T00:00:00.001Z', 'Sat Feb 30 25:61:61 +9999 2023', 'true', 'null', 'undefined', '@', '@@', '@a b',
  'https://x.com/', 'https://www.linkedin.com/in/', 'mailto:', '"', '""', "'", '<', '&', '&amp;', '\\', '\u0000', '\uFEFF', '\uD800',
  'x'.repeat(1_001), 'x'.repeat(100_001), '😀'.repeat(600), 'é'.repeat(1_001),
];

const JSON_SPECIALS: unknown[] = [
  null, true, false, 0, -1, -0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 63, '', ' ', 'x'.repeat(1_001), 'x'.repeat(100_001),
  '\uD800', '\u0000', '9999-99-99', '2024-02-30T25:00:00Z', 'not a date', [], {}, [[[[[[]]]]]], { __proto__: null, toString: 1 },
  Array.from({ length: 2_000 }, (_, i) => i), '１２３', 'NaN',
];

const tokenBytes = (format: ImportFormat): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...COMMON_TOKENS, ...FORMAT_TOKENS[format]).map((t) => new Uint8Array(Buffer.from(t, 'utf8'))) },
    { weight: 2, arbitrary: fc.constantFrom(...INVALID_UTF8).map((b) => Uint8Array.from(b)) },
    { weight: 2, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 16 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))) },
  );

const position = fc.nat({ max: 1_000_000 });

function mutationArb(format: ImportFormat): fc.Arbitrary<Mutation> {
  const textual = format !== 'x-archive';
  const delimiter = format === 'gexf' || format === 'graphml' ? fc.constantFrom(' ', '"', '>') : fc.constantFrom(',', ';', '\t', ' ', '"', ':');
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('flip' as const), at: position, xor: fc.integer({ min: 1, max: 255 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, bytes: tokenBytes(format) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 64 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at: position,
        bytes: tokenBytes(format),
        times: fc.oneof(fc.integer({ min: 2, max: 100 }), fc.integer({ min: 1_000, max: 60_000 })),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('dupLine' as const), line: position, times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 100, max: 3_000 })) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('dropLine' as const), line: position }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: position, b: position }) },
    { weight: textual ? 2 : 0, arbitrary: fc.record({ op: fc.constant('swapFields' as const), line: position, a: position, b: position, delimiter }) },
    { weight: textual ? 3 : 0, arbitrary: fc.record({ op: fc.constant('cell' as const), nth: position, value: fc.oneof(fc.constantFrom(...SPECIAL_VALUES), fc.string({ unit: 'binary', maxLength: 20 })) }) },
    {
      weight: textual ? 3 : 0,
      arbitrary: fc.record({
        op: fc.constant('number' as const),
        nth: position,
        value: fc.oneof(fc.constantFrom(...SPECIAL_VALUES.slice(0, 25)), fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String)),
      }),
    },
    {
      weight: format === 'json' || format === 'x-api-jsonl' ? 6 : 0,
      arbitrary: fc.record({
        op: fc.constant('json' as const),
        nth: position,
        action: fc.constantFrom('replace' as const, 'replace' as const, 'delete' as const, 'swap' as const, 'rename' as const),
        value: fc.oneof(fc.constantFrom(...JSON_SPECIALS), fc.jsonValue({ maxDepth: 2 })),
        other: position,
      }),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Applying mutations to bytes.

function lines(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let nl = buf.indexOf(0x0a); nl >= 0; nl = buf.indexOf(0x0a, start)) {
    out.push(buf.subarray(start, nl + 1));
    start = nl + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}

const MAX_CASE_BYTES = 4 * 1024 * 1024;

function apply(buf: Buffer, m: Mutation, format: ImportFormat): Buffer {
  const at = (n: number): number => n % (buf.length + 1);
  switch (m.op) {
    case 'flip': {
      if (buf.length === 0) return buf;
      const out = Buffer.from(buf);
      const i = m.at % buf.length;
      out[i] = out[i]! ^ m.xor;
      return out;
    }
    case 'truncate':
      return buf.subarray(0, at(m.at));
    case 'insert':
      return Buffer.concat([buf.subarray(0, at(m.at)), m.bytes, buf.subarray(at(m.at))]);
    case 'delete':
      return Buffer.concat([buf.subarray(0, at(m.at)), buf.subarray(at(m.at) + m.len)]);
    case 'repeat': {
      const times = Math.min(m.times, Math.floor(MAX_CASE_BYTES / Math.max(1, m.bytes.length)));
      const block = Buffer.alloc(m.bytes.length * times);
      for (let i = 0; i < times; i++) block.set(m.bytes, i * m.bytes.length);
      return Buffer.concat([buf.subarray(0, at(m.at)), block, buf.subarray(at(m.at))]);
    }
    case 'dupLine': {
      const ls = lines(buf);
      if (ls.length === 0) return buf;
      const i = m.line % ls.length;
      const line = ls[i]!.length > 0 && ls[i]![ls[i]!.length - 1] === 0x0a ? ls[i]! : Buffer.concat([ls[i]!, Buffer.from('\n')]);
      const times = Math.min(m.times, Math.floor(MAX_CASE_BYTES / Math.max(1, line.length)));
      return Buffer.concat([...ls.slice(0, i + 1), ...Array.from({ length: times }, () => line), ...ls.slice(i + 1)]);
    }
    case 'dropLine': {
      const ls = lines(buf);
      if (ls.length === 0) return buf;
      const i = m.line % ls.length;
      return Buffer.concat([...ls.slice(0, i), ...ls.slice(i + 1)]);
    }
    case 'swapLines': {
      const ls = lines(buf);
      if (ls.length < 2) return buf;
      const [a, b] = [m.a % ls.length, m.b % ls.length];
      [ls[a], ls[b]] = [ls[b]!, ls[a]!];
      return Buffer.concat(ls);
    }
    case 'swapFields': {
      const ls = lines(buf);
      if (ls.length === 0) return buf;
      const i = m.line % ls.length;
      const parts = ls[i]!.toString('latin1').split(m.delimiter);
      if (parts.length < 2) return buf;
      const [a, b] = [m.a % parts.length, m.b % parts.length];
      [parts[a], parts[b]] = [parts[b]!, parts[a]!];
      ls[i] = Buffer.from(parts.join(m.delimiter), 'latin1');
      return Buffer.concat(ls);
    }
    case 'cell': {
      // An XML attribute value or element text, or a CSV/JSON field.
      const text = buf.toString('latin1');
      const re = format === 'gexf' || format === 'graphml' ? /="[^"]*"|>[^<>]+</g : /[^,;\t\n\r"{}[\]:]+/g;
      const spans = [...text.matchAll(re)];
      if (spans.length === 0) return buf;
      const s = spans[m.nth % spans.length]!;
      const value = Buffer.from(m.value, 'utf8').toString('latin1');
      const replacement = s[0].startsWith('="') ? `="${value}"` : s[0].startsWith('>') ? `>${value}<` : value;
      return Buffer.from(text.slice(0, s.index) + replacement + text.slice(s.index + s[0].length), 'latin1');
    }
    case 'number': {
      const text = buf.toString('latin1');
      const spans = [...text.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi)];
      if (spans.length === 0) return buf;
      const s = spans[m.nth % spans.length]!;
      return Buffer.from(text.slice(0, s.index) + Buffer.from(m.value, 'utf8').toString('latin1') + text.slice(s.index + s[0].length), 'latin1');
    }
    case 'json':
      return format === 'x-api-jsonl' ? mutateJsonLines(buf, m) : mutateJsonText(buf, m) ?? buf;
  }
}

/** Every (parent, key) place in a JSON tree, in document order. */
function places(root: unknown): Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> {
  const out: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0 && out.length < 100_000) {
    const node = stack.pop();
    if (Array.isArray(node)) node.forEach((v, i) => (out.push({ parent: node, key: i }), stack.push(v)));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key: k });
        stack.push(v);
      }
    }
  }
  return out;
}

function mutateJsonValue(root: unknown, m: Extract<Mutation, { op: 'json' }>): unknown {
  const all = places(root);
  if (all.length === 0) return m.value;
  const p = all[m.nth % all.length]!;
  const get = (q: (typeof all)[number]): unknown => (Array.isArray(q.parent) ? q.parent[q.key as number] : q.parent[q.key as string]);
  const set = (q: (typeof all)[number], v: unknown): void => {
    if (Array.isArray(q.parent)) q.parent[q.key as number] = v;
    else q.parent[q.key as string] = v;
  };
  switch (m.action) {
    case 'replace':
      set(p, structuredClone(m.value));
      break;
    case 'delete':
      if (Array.isArray(p.parent)) p.parent.splice(p.key as number, 1);
      else delete p.parent[p.key as string];
      break;
    case 'swap': {
      const q = all[m.other % all.length]!;
      const [a, b] = [get(p), get(q)];
      // A swap with an ancestor would make a cycle: copy instead.
      set(p, structuredClone(b));
      set(q, structuredClone(a));
      break;
    }
    case 'rename':
      if (!Array.isArray(p.parent)) {
        const v = get(p);
        delete p.parent[p.key as string];
        p.parent[typeof m.value === 'string' ? m.value : JSON.stringify(m.value) ?? 'x'] = v;
      }
      break;
  }
  return root;
}

function mutateJsonText(buf: Buffer, m: Extract<Mutation, { op: 'json' }>): Buffer | undefined {
  let root: unknown;
  try {
    root = JSON.parse(buf.toString('utf8'));
  } catch {
    return undefined;
  }
  try {
    return Buffer.from(`${JSON.stringify(mutateJsonValue(root, m), null, 1)}\n`, 'utf8');
  } catch {
    return undefined;
  }
}

function mutateJsonLines(buf: Buffer, m: Extract<Mutation, { op: 'json' }>): Buffer {
  const ls = lines(buf);
  if (ls.length === 0) return buf;
  const i = m.nth % ls.length;
  const line = ls[i]!.toString('utf8').trim();
  let root: unknown;
  try {
    root = JSON.parse(line);
  } catch {
    return buf;
  }
  try {
    ls[i] = Buffer.from(`${JSON.stringify(mutateJsonValue(root, { ...m, nth: Math.floor(m.nth / ls.length) }))}\n`, 'utf8');
  } catch {
    return buf;
  }
  return Buffer.concat(ls);
}

// ---------------------------------------------------------------------------------------------
// Cases.

export interface FuzzCase {
  format: ImportFormat;
  /** What was done, short enough to print. */
  recipe: string;
  bytes: Uint8Array;
}

const describe = (value: unknown): string => {
  const text = JSON.stringify(value, (_k, v: unknown) =>
    v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('hex').slice(0, 64)}` : typeof v === 'string' && v.length > 40 ? `${v.slice(0, 20)}…(${v.length} chars)` : v,
  );
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

const mutations = (format: ImportFormat): fc.Arbitrary<Mutation[]> => fc.array(mutationArb(format), { minLength: 1, maxLength: 4 });

function randomInputs(format: ImportFormat): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 4_096 }).map((bytes) => ({ format, recipe: `random bytes (${bytes.length})`, bytes })),
    fc.string({ unit: 'binary', maxLength: 2_000 }).map((s) => ({ format, recipe: `random text (${s.length} chars)`, bytes: new Uint8Array(Buffer.from(s, 'utf8')) })),
    fc.array(fc.constantFrom(...COMMON_TOKENS, ...FORMAT_TOKENS[format]), { maxLength: 200 }).map((ts) => ({
      format,
      recipe: `random tokens (${ts.length})`,
      bytes: new Uint8Array(Buffer.from(ts.join(''), 'utf8')),
    })),
  );
}

function textCases(format: Exclude<ImportFormat, 'x-archive'>): fc.Arbitrary<FuzzCase> {
  const seeds = textSeeds(format);
  return fc.oneof(
    {
      weight: 9,
      arbitrary: fc.tuple(fc.nat({ max: seeds.length - 1 }), mutations(format)).map(([s, ms]) => {
        let buf = seeds[s]!;
        for (const m of ms) buf = apply(buf, m, format);
        return { format, recipe: describe({ seed: s, mutations: ms }), bytes: new Uint8Array(buf) };
      }),
    },
    { weight: 1, arbitrary: randomInputs(format) },
  );
}

// X archives: the zip's own bytes mutated, or a zip rebuilt from the fixture folder with mutated entries.

const ZIP_SIGNATURES = [0x04034b50, 0x02014b50, 0x06054b50];

interface ZipFieldEdit {
  nth: number;
  offset: number;
  width: 2 | 4;
  value: number;
}

function editZipFields(buf: Buffer, edits: ZipFieldEdit[]): Buffer {
  const out = Buffer.from(buf);
  const sigs: number[] = [];
  for (let i = 0; i + 4 <= out.length; i++) if (ZIP_SIGNATURES.includes(out.readUInt32LE(i))) sigs.push(i);
  for (const e of edits) {
    if (sigs.length === 0) break;
    const at = sigs[e.nth % sigs.length]! + 4 + (e.offset % 40);
    if (at + e.width > out.length) continue;
    if (e.width === 2) out.writeUInt16LE(e.value & 0xffff, at);
    else out.writeUInt32LE(e.value >>> 0, at);
  }
  return out;
}

const FIELD_VALUES = [0, 1, 0xffff, 0xffffffff, 0x7fffffff, 0x80000000, 0x40000000];

interface EntryPlan {
  /** Which entries get text mutations: index into the data entries, with its mutations. */
  edits: Array<{ entry: number; mutations: Mutation[] }>;
  deflate: boolean[];
  drop: number[];
  duplicate: number[];
  prefix: string;
  renames: Array<{ entry: number; name: string }>;
}

const ARCHIVE_NAMES = ['data/account.js', 'data/tweets.js', 'data/tweet.js', 'data/tweets-part1.js', 'data/tweets-part99999999999999999999.js', 'data/follower.js', 'data/following-part1.js', 'data/../data/account.js', '/data/account.js', 'data\\account.js', 'data/', 'data/account.js/'];

function archiveCases(): fc.Arbitrary<FuzzCase> {
  const zip = read('x-archive', 'twitter-2023-03-01-archive.zip');
  const entries = archiveEntries();
  const relevant = entries.map((e, i) => ({ e, i })).filter(({ e }) => /^data\/(account|tweets?(-part\d+)?|follower|following)\.js$/.test(e.name)).map(({ i }) => i);
  const format: ImportFormat = 'x-archive';
  const entryText = mutationArb('json').filter((m) => m.op !== 'json');

  const zipBytes = fc
    .tuple(
      fc.array(mutationArb(format).filter((m) => ['flip', 'truncate', 'insert', 'delete', 'repeat'].includes(m.op)), { maxLength: 3 }),
      fc.array(fc.record({ nth: fc.nat(), offset: fc.nat({ max: 40 }), width: fc.constantFrom(2 as const, 4 as const), value: fc.oneof(fc.constantFrom(...FIELD_VALUES), fc.nat()) }), { maxLength: 3 }),
    )
    .filter(([ms, fields]) => ms.length + fields.length > 0)
    .map(([ms, fields]) => {
      let buf = editZipFields(zip, fields);
      for (const m of ms) buf = apply(buf, m, format);
      return { format, recipe: describe({ zip: 'fixture', mutations: ms, fields }), bytes: new Uint8Array(buf) };
    });

  const rebuilt = fc
    .record({
      edits: fc.array(fc.record({ entry: fc.constantFrom(...relevant), mutations: fc.array(entryText, { minLength: 1, maxLength: 3 }) }), { minLength: 0, maxLength: 2 }),
      deflate: fc.array(fc.boolean(), { minLength: entries.length, maxLength: entries.length }),
      drop: fc.array(fc.nat({ max: entries.length - 1 }), { maxLength: 2 }),
      duplicate: fc.array(fc.constantFrom(...relevant), { maxLength: 1 }),
      prefix: fc.constantFrom('', '', '', 'twitter-archive/', 'a/b/', '../', 'data/'),
      renames: fc.array(fc.record({ entry: fc.constantFrom(...relevant), name: fc.constantFrom(...ARCHIVE_NAMES) }), { maxLength: 1 }),
    })
    .filter((p: EntryPlan) => p.edits.length + p.drop.length + p.duplicate.length + p.renames.length > 0)
    .map((p: EntryPlan) => {
      const built: ZipEntryInput[] = [];
      entries.forEach((e, i) => {
        if (p.drop.includes(i)) return;
        let data = e.data;
        for (const edit of p.edits) if (edit.entry === i) for (const m of edit.mutations) data = apply(data, m, 'json');
        const name = p.renames.find((r) => r.entry === i)?.name ?? e.name;
        built.push({ name: p.prefix + name, data, deflate: p.deflate[i]! });
        if (p.duplicate.includes(i)) built.push({ name: p.prefix + name, data: e.data, deflate: !p.deflate[i] });
      });
      return { format, recipe: describe({ rebuilt: p }), bytes: new Uint8Array(makeZip(built)) };
    });

  const randomEntries = fc
    .array(
      fc.record({
        name: fc.oneof(fc.constantFrom(...ARCHIVE_NAMES), fc.string({ maxLength: 30 })),
        data: fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('window.YTD.account.part0 = [ ]', 'window.YTD.tweets.part0 = [ {} ]', 'window.YTD.follower.part0 = [ {"follower":{}} ]')),
        deflate: fc.boolean(),
      }),
      { maxLength: 6 },
    )
    .map((es) => ({ format, recipe: describe({ randomZip: es }), bytes: new Uint8Array(makeZip(es)) }));

  return fc.oneof({ weight: 4, arbitrary: zipBytes }, { weight: 5, arbitrary: rebuilt }, { weight: 1, arbitrary: randomEntries }, { weight: 1, arbitrary: randomInputs(format) });
}

const arbitraries = new Map<ImportFormat, fc.Arbitrary<FuzzCase>>();

/** Malformed inputs for one format. For json, call prepareSeeds() first. */
export function fuzzCases(format: ImportFormat): fc.Arbitrary<FuzzCase> {
  let arb = arbitraries.get(format);
  if (!arb) {
    arb = format === 'x-archive' ? archiveCases() : textCases(format);
    arbitraries.set(format, arb);
  }
  return arb;
}

/** Case `index` of a run: depends only on (format, seed, index), so any case can be replayed alone. */
export function caseAt(format: ImportFormat, seed: number, index: number): FuzzCase {
  const mixed = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ FUZZ_FORMATS.indexOf(format)) | 0;
  return fc.sample(fuzzCases(format), { seed: mixed, numRuns: 1 })[0]!;
}

// ---------------------------------------------------------------------------------------------
// The property.

export type TableCounts = Record<(typeof TABLES)[number], number>;

export function tableCounts(db: Db): TableCounts {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as TableCounts;
}

export interface CaseResult {
  outcome: 'accepted' | 'refused';
  ms: number;
  message?: string;
}

/** A broken property: the case is a bug to report (with how to replay it). */
export class FuzzFailure extends Error {
  constructor(
    readonly kind: 'hang' | 'crash' | 'partial write' | 'unclear error' | 'damaged database',
    detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'FuzzFailure';
  }
}

/** Internal JavaScript errors wrapped as "cannot read the file: …" are crashes in disguise. */
const INTERNAL = /Cannot read propert|Cannot set propert|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Invalid string length|undefined \(reading/;

/** Longer than this, an error message is a dump, not something a user can read. */
const MAX_MESSAGE_CHARS = 10_000;

/** Imports `path` into `db` and checks the property; throws FuzzFailure when it does not hold. */
export async function checkImport(db: Db, format: ImportFormat, path: string, timeoutMs: number): Promise<CaseResult> {
  const before = tableCounts(db);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  let settled: { ok: true } | { ok: false; error: unknown } | 'timeout';
  try {
    settled = await Promise.race([importFile(db, format, path).then(() => ({ ok: true as const }), (error: unknown) => ({ ok: false as const, error })), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const ms = performance.now() - started;
  if (settled === 'timeout') throw new FuzzFailure('hang', `importFile did not settle within ${timeoutMs} ms`);
  if (!settled.ok) {
    const error = settled.error;
    if (!(error instanceof ImportError)) {
      throw new FuzzFailure('crash', `rejected with ${error instanceof Error ? `${error.name}: ${error.stack ?? error.message}` : String(error)}`);
    }
    if (!error.reason.trim() || !error.file.startsWith(basename(path))) throw new FuzzFailure('unclear error', `ImportError without a reason or the file name: ${error.message}`);
    if (error.message.length > MAX_MESSAGE_CHARS) {
      throw new FuzzFailure('unclear error', `a ${error.message.length}-character message (over ${MAX_MESSAGE_CHARS}): ${error.message.slice(0, 300)}…`);
    }
    if (INTERNAL.test(error.reason)) throw new FuzzFailure('unclear error', `an internal error passed off as an ImportError: ${error.message}`);
    const after = tableCounts(db);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      throw new FuzzFailure('partial write', `refused (${error.message}) but counts went from ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
    }
    return { outcome: 'refused', ms, message: error.message };
  }
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') throw new FuzzFailure('damaged database', `integrity_check after an accepted import: ${String(integrity)}`);
  const dangling = db.pragma('foreign_key_check') as unknown[];
  if (dangling.length > 0) throw new FuzzFailure('damaged database', `foreign_key_check after an accepted import: ${JSON.stringify(dangling.slice(0, 3))}`);
  return { outcome: 'accepted', ms };
}

/** A fresh in-memory network holding one valid import of `format`. */
export async function seededDb(format: ImportFormat, dir: string): Promise<Db> {
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, format, seedFile(format, dir));
  return db;
}
