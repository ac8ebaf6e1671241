// Reads the CSV files we use out of LinkedIn's "Get a copy of your data" archive — the .zip or
// its unpacked folder — and passes over everything else LinkedIn puts in it.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { ImportError } from '../bundle';
import { decodeUtf8, MAX_WHOLE_FILE_BYTES } from '../common';

/** A wanted entry, decoded: its text and the name errors give it ("archive.zip/messages.csv"). */
export interface ArchiveEntry {
  file: string;
  text: string;
}

/** Largest compression ratio accepted for an entry over 16 MB (CSV text compresses 3–10×). */
const MAX_RATIO = 100;

/** The shallowest entry of each wanted base name (case-insensitive): exports sometimes sit one folder down. */
function pick(names: string[], wanted: readonly string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  const want = new Set(wanted.map((w) => w.toLowerCase()));
  for (const name of [...names].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))) {
    const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
    if (want.has(base) && !chosen.has(base)) chosen.set(base, name);
  }
  return chosen;
}

export function readZip(path: string, zipName: string, wanted: readonly string[]): Promise<Map<string, ArchiveEntry>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) {
        const detail = err?.message ?? 'unknown error';
        reject(new ImportError(zipName, `not a readable zip archive (${detail})`, {}, { key: 'notZip', params: { detail } }));
        return;
      }
      const all = new Map<string, yauzl.Entry>();
      const fail = (error: ImportError) => {
        zip.close();
        reject(error);
      };
      zip.on('error', (e: Error) => fail(new ImportError(zipName, `damaged zip archive (${e.message})`, {}, { key: 'damagedZip', params: { detail: e.message } })));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) all.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        const chosen = pick([...all.keys()], wanted);
        const out = new Map<string, ArchiveEntry>();
        const next = (queue: Array<[string, string]>): void => {
          const item = queue.shift();
          if (!item) {
            zip.close();
            resolve(out);
            return;
          }
          const [base, name] = item;
          const entry = all.get(name)!;
          const file = `${zipName}/${name}`;
          if (entry.isEncrypted()) return fail(new ImportError(file, 'the entry is encrypted; expected a plain LinkedIn archive', {}, { key: 'entryEncrypted' }));
          if (entry.uncompressedSize > MAX_WHOLE_FILE_BYTES || (entry.uncompressedSize > 16 * 1024 ** 2 && entry.uncompressedSize > MAX_RATIO * entry.compressedSize)) {
            const [size, compressed] = [Math.round(entry.uncompressedSize / 1024 ** 2), Math.round(entry.compressedSize / 1024)];
            return fail(new ImportError(file, `the entry expands to ${size} MB from ${compressed} kB compressed; refused as a zip bomb`, {}, { key: 'zipBomb', params: { size, compressed } }));
          }
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream) {
              const detail = e?.message ?? 'unknown error';
              return fail(new ImportError(file, `cannot read the entry (${detail})`, {}, { key: 'cannotReadEntry', params: { detail } }));
            }
            const chunks: Buffer[] = [];
            stream.on('data', (c: Buffer) => chunks.push(c));
            stream.on('error', (se: Error) => fail(new ImportError(file, `damaged entry (${se.message})`, {}, { key: 'damagedEntry', params: { detail: se.message } })));
            stream.on('end', () => {
              try {
                out.set(base, { file, text: decodeUtf8(Buffer.concat(chunks), file) });
              } catch (decodeError) {
                return fail(decodeError as ImportError);
              }
              next(queue);
            });
          });
        };
        next([...chosen.entries()]);
      });
      zip.readEntry();
    });
  });
}

export async function readFolder(path: string, folderName: string, wanted: readonly string[]): Promise<Map<string, ArchiveEntry>> {
  const names: string[] = [];
  // Two levels are enough: the archive's files, or a folder holding them.
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isFile()) names.push(prefix + entry.name);
      else if (entry.isDirectory() && depth < 1) await walk(join(dir, entry.name), `${prefix}${entry.name}/`, depth + 1);
    }
  };
  try {
    await walk(path, '', 0);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ImportError(folderName, `cannot read the folder (${detail})`, {}, { key: 'cannotReadFolder', params: { detail } });
  }
  const out = new Map<string, ArchiveEntry>();
  for (const [base, name] of pick(names, wanted)) {
    const file = `${folderName}/${name}`;
    const full = join(path, name);
    const { size } = await stat(full);
    if (size > MAX_WHOLE_FILE_BYTES) {
      const [mb, max] = [Math.round(size / 1024 ** 2), MAX_WHOLE_FILE_BYTES / 1024 ** 2];
      throw new ImportError(file, `the file is ${mb} MB; limited to ${max} MB`, {}, { key: 'fileTooLarge', params: { size: mb, max } });
    }
    out.set(base, { file, text: decodeUtf8(await readFile(full), file) });
  }
  return out;
}

/** Whether a zip or folder holds one of the wanted files (format detection); false when unreadable. */
export async function holdsAny(path: string, isDirectory: boolean, wanted: readonly string[]): Promise<boolean> {
  try {
    const entries = isDirectory ? await readdir(path) : await zipNames(path);
    return pick(entries, wanted).size > 0;
  } catch {
    return false;
  }
}

function zipNames(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('unreadable'));
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
