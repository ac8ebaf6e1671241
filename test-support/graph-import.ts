// Test support for the exchange-format malformed corpora: table counts and the byte-level
// variants (UTF-16, Latin-1, junk, truncations) generated from a good file.
import type { Db } from '../src/main/core/db/connection';

/** One malformed input: its bytes, and what the error must say beyond the file name. */
export interface MalformedCase {
  name: string;
  content: string | Uint8Array;
  /** The error must give a line (true) or a JSON path (a prefix of it). */
  line?: boolean;
  path?: string;
  /** A fragment the message must contain (case-insensitive). */
  says?: string;
  /** Upper bound on the time to refuse, in milliseconds. */
  withinMs?: number;
}

const TABLES = ['person', 'handle', 'organisation', 'interaction', 'follow', 'event', 'attendance', 'import_batch'] as const;

export function tableCounts(db: Db): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** Deterministic bytes for "binary junk" inputs. */
export function junkBytes(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    bytes[i] = s >>> 16;
  }
  return bytes;
}

/** Text as UTF-16 LE with a BOM, as Windows tools save "Unicode". */
export function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

/** Text as Latin-1 bytes (é → 0xE9), not valid UTF-8 when it has accents. */
export function latin1(text: string): Uint8Array {
  return Buffer.from(text, 'latin1');
}

/** Truncations of a good file at several offsets (never at its very end). */
export function truncations(good: string, fractions: number[] = [0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.98]): MalformedCase[] {
  return fractions.map((f) => ({ name: `truncated at ${Math.round(f * 100)}%`, content: good.slice(0, Math.max(1, Math.floor(good.length * f))), line: true }));
}
