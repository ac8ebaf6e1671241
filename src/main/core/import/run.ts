// Imports one file (or an unpacked X archive folder) into a network: parse everything first,
// then write in one transaction. A parse error writes nothing; a write error rolls back.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { Db } from '../db/connection';
import { ImportError, type ImportBundle, type ImportFormat } from './bundle';
import { cleanBundleText } from './clean-text';
import { PARSERS, type ImportOptions } from './parsers';
import { importBatchByHash } from '../db/imports';
import { writeBundle, type ImportSummary, type WriteProgress } from '../db/import-write';

export interface ImportFileOptions extends ImportOptions {
  /** Progress of the write phase (rows stored / rows in the bundle). */
  onWriteProgress?: WriteProgress;
}

/** Hash of a file's bytes, or of a folder's relative paths and contents: the same export twice is recognised. */
export async function contentHash(path: string): Promise<string> {
  const hash = createHash('sha256');
  const info = await stat(path);
  if (!info.isDirectory()) {
    await feed(hash, path);
    return hash.digest('hex');
  }
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  await walk(path);
  for (const file of files) {
    hash.update(`${relative(path, file)}\0`);
    await feed(hash, file);
  }
  return hash.digest('hex');
}

function feed(hash: ReturnType<typeof createHash>, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve())
      .on('error', reject);
  });
}

/** Parses without writing: what the Import page previews before the user confirms. */
export async function parseFile(format: ImportFormat, path: string, options: ImportOptions = {}): Promise<ImportBundle> {
  const parser = PARSERS[format];
  if (!parser) throw new ImportError(options.fileName ?? basename(path), `unknown format "${String(format)}"`, {}, { key: 'unknownFormat', params: { format: String(format) } });
  const bundle = await parser(path, options);
  cleanBundleText(bundle);
  return bundle;
}

export async function importFile(db: Db, format: ImportFormat, path: string, options: ImportFileOptions = {}): Promise<ImportSummary> {
  const fileName = options.fileName ?? basename(path);
  const hash = await contentHash(path).catch((error: NodeJS.ErrnoException) => {
    const detail = error.code ?? String(error);
    throw new ImportError(fileName, `cannot read (${detail})`, {}, { key: 'cannotRead', params: { detail } });
  });
  // The same bytes imported before: nothing to add, and no reason to parse a million rows to learn
  // it (writeBundle would find the same batch, after the parse).
  const batch = importBatchByHash(db, format, hash);
  if (batch) {
    return {
      batchId: batch.id,
      alreadyImported: true,
      added: { people: 0, interactions: 0, follows: 0, events: 0, attendance: 0 },
      matchedPeople: 0,
      duplicateInteractions: 0,
      possibleDuplicates: [],
      warnings: [],
    };
  }
  const bundle = await parseFile(format, path, { ...options, fileName });
  return writeBundle(db, bundle, { fileName, format, contentHash: hash }, options.onWriteProgress);
}
