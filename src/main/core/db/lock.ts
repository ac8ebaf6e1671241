// An exclusive lock file beside a network file, so that two Maillage processes (two apps, an app
// and `maillage serve`, a script…) never write the same network at once.
//
// SQLite's own locking keeps the file consistent but not the user's work: two apps would each
// show, merge and undo on a stale view of the other's writes. `FILE.lock` is created with the
// `wx` flag (fails if it exists, atomically) and holds who owns it. A lock left by a process that
// died (crash, kill -9, power cut) is recognised by its pid no longer running on this host and is
// taken over. Inside one process the lock is reference-counted: tests and the app's "reopen the
// same file" path open a file twice and must not lock themselves out.
//
// Within a process a lock is keyed on the file's identity (device + inode), not its name. Across
// processes the lock file sits beside one name of the file, so a file with a second name (a hard
// link) could be locked twice, each with its own WAL, and be corrupted: such a file is refused.
import { readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { NetworkFileError, NetworkReadOnlyError } from './connection';

/** What the lock file records about its owner. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the lock was taken (ISO 8601). */
  since: string;
  /** When the owning process started (ms since epoch): tells a live owner from a reused pid. */
  processStart: number;
}

export class NetworkLockedError extends NetworkFileError {
  constructor(
    file: string,
    readonly owner: LockOwner | null,
  ) {
    super(file, NetworkLockedError.describe(owner));
  }

  private static describe(owner: LockOwner | null): string {
    if (!owner) return 'is open in another Maillage (its lock file is being written); close it there first';
    const since = new Date(owner.since);
    const time = Number.isNaN(since.getTime()) ? owner.since : `${String(since.getHours()).padStart(2, '0')}:${String(since.getMinutes()).padStart(2, '0')}`;
    const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
    return `is open in another Maillage (pid ${owner.pid}${where}, since ${time}); close it there first`;
  }
}

export interface NetworkLock {
  /** The lock file. */
  readonly path: string;
  /** Idempotent: releasing twice releases once. */
  release(): void;
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

// Two threads of one process share the pid but not this module; the process start time (the
// same for every thread) is what tells "this process" from "an older process with a reused pid".
const PROCESS_START = Math.round(Date.now() - process.uptime() * 1000);
const SAME_START_TOLERANCE_MS = 2000;
/** A lock file that cannot be parsed is being written right now, unless it is older than this. */
const UNREADABLE_GRACE_MS = 5000;

const held = new Map<string, { lockFile: string; count: number }>();
let exitHookInstalled = false;

/** A network file with more than one name (hard links): two locks could be taken on it. */
export class NetworkHardLinkedError extends NetworkFileError {
  constructor(
    file: string,
    readonly links: number,
  ) {
    super(
      file,
      `has ${links} names on disk (hard links, made with "ln"): two Maillage could open it under two names at once and corrupt it. Open a real copy instead (cp, not ln), or remove the other names.`,
    );
    this.name = 'NetworkHardLinkedError';
  }
}

/**
 * What identifies the file inside this process: its device and inode when it exists (any name of
 * it gives the same key), else its canonical name. Refuses a file with more than one hard link.
 */
function identityKey(file: string, canonicalName: string): string {
  let stat;
  try {
    stat = statSync(canonicalName, { bigint: true });
  } catch {
    return `name:${canonicalName}`;
  }
  if (stat.isFile() && stat.nlink > 1n) throw new NetworkHardLinkedError(file, Number(stat.nlink));
  return `inode:${stat.dev}:${stat.ino}`;
}

/** The file's canonical name, so that two spellings of one path share one lock. */
function canonical(file: string): string {
  const absolute = resolve(file);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const value = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.since !== 'string') return null;
    return { pid: value.pid, host: value.host, since: value.since, processStart: typeof value.processStart === 'number' ? value.processStart : 0 };
  } catch {
    return null;
  }
}

function isOurs(owner: LockOwner): boolean {
  return owner.host === hostname() && owner.pid === process.pid && Math.abs(owner.processStart - PROCESS_START) <= SAME_START_TOLERANCE_MS;
}

/** True when a process with this pid runs on this host (EPERM: it runs, as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfOurs(lockFile: string): void {
  const owner = readOwner(lockFile);
  if (owner && isOurs(owner)) rmSync(lockFile, { force: true });
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous; a process killed by a signal leaves a stale lock,
  // which the next opener takes over because the pid is dead.
  process.on('exit', () => {
    for (const { lockFile } of held.values()) removeIfOurs(lockFile);
    held.clear();
  });
}

function handle(key: string, lockFile: string): NetworkLock {
  let released = false;
  return {
    path: lockFile,
    release() {
      if (released) return;
      released = true;
      const entry = held.get(key);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(key);
      removeIfOurs(lockFile);
    },
  };
}

/**
 * Takes the lock of a network file, or throws NetworkLockedError naming the process that holds
 * it. A folder that does not exist cannot hold a lock: the caller's open fails there with its
 * own message, so we hand back a lock that holds nothing.
 */
export function acquireLock(file: string): NetworkLock {
  const name = canonical(file);
  const identity = identityKey(file, name);
  const lockFile = lockPath(name);
  // A file locked before it existed (created by this open) is held under its name.
  const key = held.has(identity) ? identity : held.has(`name:${name}`) ? `name:${name}` : identity;
  const entry = held.get(key);
  if (entry) {
    entry.count += 1;
    return handle(key, entry.lockFile);
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), processStart: PROCESS_START };
    try {
      writeFileSync(lockFile, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
      held.set(key, { lockFile, count: 1 });
      installExitHook();
      return handle(key, lockFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { path: lockFile, release() {} };
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new NetworkReadOnlyError(file, true);
      if (code !== 'EEXIST') throw new NetworkFileError(file, `cannot create its lock file ${lockFile}: ${(error as Error).message}`);
    }
    const current = readOwner(lockFile);
    if (current === null) {
      const written = (() => {
        try {
          return statSync(lockFile).mtimeMs;
        } catch {
          return null; // removed in between
        }
      })();
      if (written === null) continue;
      if (Date.now() - written < UNREADABLE_GRACE_MS) throw new NetworkLockedError(file, null);
    } else if (isOurs(current)) {
      // Another thread of this process (or a module loaded twice) holds it: same owner, no refusal.
      return { path: lockFile, release() {} };
    } else if (current.host !== hostname() || (current.pid !== process.pid && processAlive(current.pid))) {
      // On another host we cannot tell whether the owner still runs: the user decides, not us.
      throw new NetworkLockedError(file, current);
    }
    // Stale: its owner is dead (or was an older process whose pid we now have). Remove it only
    // if it is still the same stale lock, then race for it again with `wx`.
    const again = readOwner(lockFile);
    if (again === null || current === null || (again.pid === current.pid && again.since === current.since)) rmSync(lockFile, { force: true });
  }
  throw new NetworkLockedError(file, readOwner(lockFile));
}

/** Locks this process holds now (for tests and diagnostics). */
export function heldLocks(): string[] {
  return [...held.values()].map((h) => h.lockFile);
}

/** True when both names lead to one file on disk (same device and inode: hard links, symlinks, `./x` and `x`). */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a, { bigint: true });
    const y = statSync(b, { bigint: true });
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** True when another Maillage (or this process) holds the lock of `file` now. */
export function isLocked(file: string): boolean {
  const lockFile = lockPath(canonical(file));
  const owner = readOwner(lockFile);
  if (owner === null) {
    try {
      return Date.now() - statSync(lockFile).mtimeMs < UNREADABLE_GRACE_MS;
    } catch {
      return false;
    }
  }
  return isOurs(owner) || owner.host !== hostname() || processAlive(owner.pid);
}
