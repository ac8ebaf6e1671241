// Files the user dropped in the app wait here between the preview and the import. The page
// never names a path on disk: it hands over the bytes, and gets back an opaque id.
import { errorKind } from '../../../shared/errors';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Largest file accepted from the app (an X archive of many years is a few GB). */
export const MAX_STAGED_BYTES = 8 * 1024 ** 3;

export interface StagedFile {
  id: string;
  fileName: string;
  path: string;
  size: number;
}

export class StagingError extends errorKind('failed') {}

/** Staging folders are named `maillage-import-<pid>-<random>`: the pid tells a live owner from a killed one. */
const FOLDER_PREFIX = 'maillage-import-';
/** Folders of older versions (no pid in the name) are removed once this old. */
const UNOWNED_MAX_AGE_MS = 24 * 3600 * 1000;

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging folders that a killed Maillage left in the temp folder (a crash or kill -9
 * skips clear()); hosts call it at start. Folders of running processes are kept. Returns the
 * removed folders.
 */
export function removeAbandonedStaging(folder: string = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const entry of entries) {
    if (!entry.startsWith(FOLDER_PREFIX)) continue;
    const path = join(folder, entry);
    const owner = entry.slice(FOLDER_PREFIX.length).match(/^(\d+)-/);
    let abandoned: boolean;
    if (owner) abandoned = Number(owner[1]) !== process.pid && !processRuns(Number(owner[1]));
    else {
      try {
        abandoned = now - statSync(path).mtimeMs > UNOWNED_MAX_AGE_MS;
      } catch {
        continue;
      }
    }
    if (!abandoned) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

export class ImportStaging {
  private dir: string | null = null;
  private files = new Map<string, StagedFile>();
  /** Files named in place (the command line's own path): discarding forgets them, never deletes them. */
  private borrowed = new Set<string>();

  private folder(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`));
    return this.dir;
  }

  private register(fileName: string, path: string, id: string): StagedFile {
    const staged = { id, fileName, path, size: statSync(path).size };
    this.files.set(id, staged);
    return staged;
  }

  private target(): { id: string; path: string } {
    const id = randomUUID();
    // The id names the file: the user's file name never decides where bytes land.
    return { id, path: join(this.folder(), id) };
  }

  async stageStream(fileName: string, body: Readable, maxBytes = MAX_STAGED_BYTES): Promise<StagedFile> {
    const { id, path } = this.target();
    let size = 0;
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > maxBytes) throw new StagingError(`${fileName} is larger than ${Math.round(maxBytes / 1024 ** 3)} GB; import it with the maillage command line instead`);
            yield chunk;
          }
        },
        createWriteStream(path),
      );
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    return this.register(fileName, path, id);
  }

  async stageBytes(fileName: string, bytes: Uint8Array): Promise<StagedFile> {
    const { Readable } = await import('node:stream');
    return this.stageStream(fileName, Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));
  }

  /** Stages a file where it is, without copying it (the command line imports a path the user named). */
  stagePath(fileName: string, path: string): StagedFile {
    const id = randomUUID();
    this.borrowed.add(id);
    return this.register(fileName, path, id);
  }

  get(id: string): StagedFile | undefined {
    return this.files.get(id);
  }

  discard(id: string): void {
    const staged = this.files.get(id);
    if (staged && !this.borrowed.has(id)) rmSync(staged.path, { force: true });
    this.files.delete(id);
    this.borrowed.delete(id);
  }

  clear(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
    this.files.clear();
    this.borrowed.clear();
  }
}
