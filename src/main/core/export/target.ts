// Where an export may be written: never over the open network, a network another Maillage has
// open, or any SQLite file (a network, a backup, another application's database).
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { isLocked, sameFile } from '../db/lock';

export class ExportTargetError extends Error {
  constructor(
    readonly target: string,
    reason: string,
  ) {
    super(`${target}: ${reason}; nothing was written. Choose another file name for the export.`);
    this.name = 'ExportTargetError';
  }
}

/** SQLite database header, and the two magic numbers a WAL file starts with. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const WAL_MAGIC = [0x377f0682, 0x377f0683];

function firstBytes(path: string, count: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const read = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Throws ExportTargetError when writing an export to `target` could destroy a network:
 * `networkFile` is the network being exported (any of its names, its WAL, its lock; ':memory:' for none).
 */
export function checkExportTarget(target: string, networkFile: string): void {
  const companions = ['', '-wal', '-shm', '.lock', '-journal'];
  if (companions.some((suffix) => sameFile(target, `${networkFile}${suffix}`))) {
    throw new ExportTargetError(target, `is the network being exported (${basename(networkFile)}) or one of its companion files`);
  }
  if (isLocked(target)) throw new ExportTargetError(target, 'is a network open in another Maillage');
  if (!existsSync(target)) return;
  const stat = statSync(target);
  if (!stat.isFile()) throw new ExportTargetError(target, 'is not a regular file (a folder?)');
  const head = firstBytes(target, SQLITE_HEADER.length);
  if (head.equals(SQLITE_HEADER)) throw new ExportTargetError(target, 'is a SQLite database (a network, a backup or another application\'s data), which an export never replaces');
  if (head.length >= 4 && WAL_MAGIC.includes(head.readUInt32BE(0))) throw new ExportTargetError(target, 'is a SQLite journal (WAL) file, which an export never replaces');
}
