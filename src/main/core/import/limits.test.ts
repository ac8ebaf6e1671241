// Hostile sizes: a zip bomb in an X archive, JSON nested a million levels deep, a 2 GB file. Each
// is refused with a clear ImportError (or streamed) quickly, and memory stays bounded: every case
// runs in its own child process with a 256 MB V8 heap, which reports its peak resident memory.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { ImportError, type ImportFormat } from './bundle';
import { parseFile } from './run';

const CASE_ENV = 'MAILLAGE_LIMITS_CASE';
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

interface Outcome {
  ok: boolean;
  error?: { name: string; message: string };
  ms: number;
  /** Peak resident memory of the child during the parse, minus its peak before it (MB). */
  growthMb: number;
}

// ---------------------------------------------------------------------------------------------
// Child side: parse one file and report.

if (process.env[CASE_ENV]) {
  const { format, path } = JSON.parse(process.env[CASE_ENV]) as { format: ImportFormat; path: string };
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  let outcome: Outcome;
  try {
    await parseFile(format, path);
    outcome = { ok: true, ms: 0, growthMb: 0 };
  } catch (error) {
    outcome = { ok: false, error: { name: error instanceof ImportError ? 'ImportError' : (error as Error).name, message: (error as Error).message.slice(0, 2_000) }, ms: 0, growthMb: 0 };
  }
  outcome.ms = performance.now() - started;
  outcome.growthMb = (process.resourceUsage().maxRSS - before) / 1024;
  process.stdout.write(`\n${JSON.stringify(outcome)}\n`);
} else {
  // Each case waits on its own child process: two at a time.
  describe('hostile sizes', { concurrency: 2 }, defineTests);
}

// ---------------------------------------------------------------------------------------------
// Parent side.

async function runCase(format: ImportFormat, path: string, report?: (message: string) => void): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--max-old-space-size=256', import.meta.filename], {
    env: { ...process.env, [CASE_ENV]: JSON.stringify({ format, path }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-4_000)));
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  assert.ok(last.startsWith('{'), `the child reported nothing (status ${status}, signal ${signal}): ${stderr.slice(-2_000)}`);
  const outcome = JSON.parse(last) as Outcome;
  report?.(`${outcome.ok ? 'accepted' : outcome.error!.message.slice(0, 160)} — ${outcome.ms.toFixed(0)} ms, +${outcome.growthMb.toFixed(0)} MB resident`);
  return outcome;
}

/** Refused with an ImportError saying `says`, within `withinMs`, and memory grew by less than `mb`. */
function assertRefused(o: Outcome, says: RegExp, withinMs: number, mb = 200): void {
  assert.equal(o.ok, false, 'expected a refusal');
  assert.equal(o.error!.name, 'ImportError', o.error!.message);
  assert.match(o.error!.message, says);
  assert.ok(o.error!.message.length < 1_000, `a ${o.error!.message.length}-character message`);
  assert.ok(o.ms < withinMs, `took ${o.ms.toFixed(0)} ms (limit ${withinMs})`);
  assert.ok(o.growthMb < mb, `memory grew by ${o.growthMb.toFixed(0)} MB (limit ${mb})`);
}

// Zip bombs. The deflate stream is made of one compressed MiB repeated (each piece ends with a full
// flush, so pieces concatenate), then an empty final block: a 1 MB zip that expands to over 1 GB.

interface BombEntry {
  name: string;
  /** Uncompressed bytes: head + `repeat` × `block` + tail. */
  head?: Buffer;
  block?: Buffer;
  repeat?: number;
  tail?: Buffer;
  /** Size written in the headers, when it lies. */
  declaredSize?: number;
}

function deflatePiece(data: Buffer): Buffer {
  return deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
}

function bombZip(entries: BombEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const head = e.head ?? Buffer.alloc(0);
    const tail = e.tail ?? Buffer.alloc(0);
    const block = e.block ?? Buffer.alloc(0);
    const repeat = e.repeat ?? 0;
    const blockPiece = deflatePiece(block);
    const body = Buffer.concat([deflatePiece(head), ...Array.from({ length: repeat }, () => blockPiece), deflatePiece(tail), Buffer.from([0x03, 0x00])]);
    let crc = crc32(head);
    for (let i = 0; i < repeat; i++) crc = crc32(block, crc);
    crc = crc32(tail, crc);
    const size = e.declaredSize ?? head.length + repeat * block.length + tail.length;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x5661, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x5661, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function defineTests(): void {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-limits-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const archive = join(import.meta.dirname, 'fixtures', 'x-archive', 'archive', 'data');
  const account = readFileSync(join(archive, 'account.js'));
  const bombRepeat = 1_100; // × 1 MiB: over 1 GB once inflated
  const write = (name: string, data: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  /** A sparse file of `size` bytes (no disk used), starting with `head`. */
  const sparse = (name: string, size: number, head = ''): string => {
    const path = join(dir, name);
    const fd = openSync(path, 'w');
    try {
      if (head) writeSync(fd, head);
      ftruncateSync(fd, size);
    } finally {
      closeSync(fd);
    }
    return path;
  };

  test('zip bomb: data/tweets.js expands to 1.1 GB of zeros — refused before inflating, by its ratio', async (t) => {
    const zip = bombZip([{ name: 'data/account.js', head: account }, { name: 'data/tweets.js', block: Buffer.alloc(MiB), repeat: bombRepeat }]);
    assert.ok(zip.length < 3 * MiB, `the bomb is ${zip.length} bytes`);
    const o = await runCase('x-archive', write('bomb-zeros.zip', zip), (d) => t.diagnostic(d));
    assertRefused(o, /tweets\.js: the entry expands to 1100 MB .*zip bomb/, 5_000);
  });

  test('zip bomb: one post of 1.1 GB — refused before inflating, by its ratio', async (t) => {
    const zip = bombZip([
      { name: 'data/account.js', head: account },
      { name: 'data/tweets.js', head: Buffer.from('window.YTD.tweets.part0 = [ {"tweet": {"full_text": "'), block: Buffer.alloc(MiB, 'a'), repeat: bombRepeat, tail: Buffer.from('"}} ]') },
    ]);
    const o = await runCase('x-archive', write('bomb-element.zip', zip), (d) => t.diagnostic(d));
    assertRefused(o, /tweets\.js: the entry expands to 1100 MB .*zip bomb/, 5_000);
  });

  test('zip bomb lying about its size: declares 1 KB, expands to 1.1 GB — refused', async (t) => {
    const zip = bombZip([
      { name: 'data/account.js', head: account },
      { name: 'data/tweets.js', head: Buffer.from('window.YTD.tweets.part0 = [ '), block: Buffer.alloc(MiB, ' '), repeat: bombRepeat, tail: Buffer.from(']'), declaredSize: 1_024 },
    ]);
    const o = await runCase('x-archive', write('bomb-lying.zip', zip), (d) => t.diagnostic(d));
    assertRefused(o, /tweets\.js/, 5_000);
  });

  test('zip bomb that is a valid archive: 1.1 GB of blank space inside data/tweets.js — refused by its ratio', async (t) => {
    const zip = bombZip([
      { name: 'data/account.js', head: account },
      { name: 'data/tweets.js', head: Buffer.from('window.YTD.tweets.part0 = [ '), block: Buffer.alloc(MiB, ' '), repeat: bombRepeat, tail: Buffer.from(']') },
    ]);
    const o = await runCase('x-archive', write('bomb-blank.zip', zip), (d) => t.diagnostic(d));
    assertRefused(o, /zip bomb/, 5_000);
  });

  test('zip bomb declaring 4 GB for data/tweets.js that holds a few bytes — refused', async (t) => {
    const zip = bombZip([
      { name: 'data/account.js', head: account },
      { name: 'data/tweets.js', head: Buffer.from('window.YTD.tweets.part0 = [ ]'), declaredSize: 0xffff_fff0 },
    ]);
    const o = await runCase('x-archive', write('bomb-declared.zip', zip), (d) => t.diagnostic(d));
    assertRefused(o, /tweets\.js/, 5_000);
  });

  const DEEP = 1_000_000;
  const deep: Array<{ format: ImportFormat; name: string; text: string; says: RegExp }> = [
    { format: 'json', name: `${DEEP} "[" never closed`, text: '['.repeat(DEEP), says: /JSON/ },
    { format: 'json', name: `${DEEP} levels of arrays, closed`, text: `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`, says: /maillage/ },
    { format: 'json', name: `${DEEP} levels inside "people"`, text: `{"maillage": 1, "people": [${'['.repeat(DEEP)}${']'.repeat(DEEP)}]}`, says: /people/ },
    { format: 'x-api-jsonl', name: `${DEEP} "[" never closed`, text: '['.repeat(DEEP), says: /line 1/ },
    { format: 'x-api-jsonl', name: `${DEEP} levels of arrays, closed`, text: `${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`, says: /line 1/ },
    { format: 'x-api-jsonl', name: `${DEEP} levels in "data", on line 2`, text: `{"meta": {"result_count": 0}}\n{"data": ${'['.repeat(DEEP)}${']'.repeat(DEEP)}}\n`, says: /line 2/ },
  ];
  for (const c of deep) {
    test(`deeply nested JSON (${c.format}): ${c.name} — refused`, async (t) => {
      const o = await runCase(c.format, write(`deep-${c.format}-${deep.indexOf(c)}.json`, c.text), (d) => t.diagnostic(d));
      assertRefused(o, c.says, 5_000);
    });
  }

  test(`deeply nested JSON in an X archive post: ${DEEP} levels — refused`, async (t) => {
    const tweets = `window.YTD.tweets.part0 = [ {"tweet": ${'['.repeat(DEEP)}${']'.repeat(DEEP)}} ]`;
    const zip = bombZip([{ name: 'data/account.js', head: account }, { name: 'data/tweets.js', head: Buffer.from(tweets) }]);
    const o = await runCase('x-archive', write('deep-archive.zip', zip), (d) => t.diagnostic(d));
    assertRefused(o, /tweets\.js.*\[0\]/, 5_000);
  });

  const big: Array<{ format: ImportFormat; head?: string; says: RegExp }> = [
    { format: 'csv', says: /NUL/ },
    { format: 'csv', head: 'name,role,organisation\nAna,cmo,Acme\n', says: /line 3/ },
    { format: 'gexf', says: /2048 MB.*refused/ },
    { format: 'graphml', says: /2048 MB.*refused/ },
    { format: 'json', says: /2048 MB.*refused/ },
    { format: 'linkedin', says: /2048 MB; this format is read whole and is limited to 512 MB/ },
    { format: 'x-api-jsonl', says: /longer than 64 MB/ },
    { format: 'x-api-jsonl', head: '{"meta": {"result_count": 0}}\n', says: /line 2/ },
  ];
  for (const c of big) {
    test(`a 2 GB file given to ${c.format}${c.head ? ' (a good start, then zeros)' : ''} — refused quickly`, async (t) => {
      const o = await runCase(c.format, sparse(`big-${big.indexOf(c)}`, 2 * GiB, c.head), (d) => t.diagnostic(d));
      assertRefused(o, c.says, 5_000);
    });
  }
}
