// Guesses the format of a dropped file from its name and first bytes, so the user does not have
// to say what a LinkedIn export or a GEXF file is. The user can still choose another format.
import { open } from 'node:fs/promises';
import type { ImportFormat } from './bundle';
import { LINKEDIN_FILES, linkedInFileOf } from './linkedin';
import { holdsAny } from './linkedin-files/archive';

const HEAD_BYTES = 4096;

async function head(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** The most likely format, or null when nothing matches (the caller asks the user). */
export async function detectFormat(path: string, fileName: string, isDirectory = false): Promise<ImportFormat | null> {
  const linkedInNames = LINKEDIN_FILES.map((f) => f.name);
  if (isDirectory) return (await holdsAny(path, true, linkedInNames)) ? 'linkedin' : 'x-archive';
  const name = fileName.toLowerCase();
  const text = await head(path);
  if (text.startsWith('PK\u0003\u0004') || name.endsWith('.zip')) return (await holdsAny(path, false, linkedInNames)) ? 'linkedin' : 'x-archive';
  if (name.endsWith('.gexf') || /<gexf[\s>]/.test(text)) return 'gexf';
  if (name.endsWith('.graphml') || /<graphml[\s>]/.test(text)) return 'graphml';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'x-api-jsonl';
  if (/^\s*\{\s*"maillage"\s*:/.test(text)) return 'json';
  if (/^\s*\{\s*"(data|includes|meta|errors)"\s*:/.test(text)) return 'x-api-jsonl';
  if (name.endsWith('.json')) return 'json';
  if (linkedInFileOf(text)) return 'linkedin';
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return 'csv';
  return null;
}
