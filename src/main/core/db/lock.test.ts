// Data safety on open: a second Maillage on the same file is refused (with a real second
// process), a stale lock is taken over, and a damaged file is refused with its backup named
// and restorable, never repaired silently.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Network, restoreBackup } from '../network';
import { migrationBackupPath, NetworkDamagedError, NetworkFileError, newestBackup, openDatabase, quickCheckProblems } from './connection';
import { heldLocks, lockPath, NetworkLockedError, processAlive } from './lock';

const dir = mkdtempSync(join(tmpdir(), 'maillage-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const lockModule = fileURLToPath(new URL('./lock.ts', import.meta.url));

/** A second Maillage process: takes the lock of `file`, says so, then waits to be killed (or exits when told). */
function holder(file: string, exitAfterLock: boolean) {
  const script = join(dir, `holder-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(
    script,
    `import { acquireLock } from ${JSON.stringify(lockModule)};\n` +
      `acquireLock(${JSON.stringify(file)});\n` +
      `console.log('locked');\n` +
      (exitAfterLock ? 'process.exit(0);\n' : 'setInterval(() => {}, 1000);\n'),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => (exitAfterLock && code === 0 ? resolve() : reject(new Error(`holder exited with ${code}: ${stderr}`))));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, exited };
}

function deadPid(): number {
  // A process that has exited (and been reaped): its pid runs nothing now.
  const pid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  assert.equal(processAlive(Number(pid)), false);
  return Number(pid);
}

test('a second process on the same file is refused with who holds it; killed, its lock is taken over', async () => {
  const file = join(dir, 'shared.maillage');
  Network.create(file, { sample: false }).close();
  const other = holder(file, false);
  try {
    await other.ready;
    const owner = JSON.parse(readFileSync(lockPath(file), 'utf8')) as { pid: number; host: string; since: string };
    assert.equal(owner.pid, other.child.pid);
    assert.equal(owner.host, hostname());
    assert.throws(
      () => Network.open(file),
      (e: Error) => {
        assert.ok(e instanceof NetworkLockedError && e instanceof NetworkFileError);
        assert.match(e.message, new RegExp(`shared\\.maillage: is open in another Maillage \\(pid ${other.child.pid}, since \\d\\d:\\d\\d\\); close it there first$`));
        return true;
      },
    );
    assert.throws(() => Network.create(file), NetworkLockedError, 'create on an existing file is refused too');
  } finally {
    other.child.kill('SIGKILL');
    await other.exited;
  }
  // Killed without a chance to clean up: the lock is still there, and now stale.
  assert.ok(existsSync(lockPath(file)));
  const network = Network.open(file);
  assert.equal((JSON.parse(readFileSync(lockPath(file), 'utf8')) as { pid: number }).pid, process.pid);
  network.close();
  assert.equal(existsSync(lockPath(file)), false, 'released on close');
});

test('a process that exits normally releases its lock', async () => {
  const file = join(dir, 'exit.maillage');
  const other = holder(file, true);
  await other.ready;
  await other.exited;
  assert.equal(existsSync(lockPath(file)), false);
});

test('a stale lock (dead pid on this host) is taken over; a lock from another host is not', () => {
  const file = join(dir, 'stale.maillage');
  Network.create(file, { sample: false }).close();
  writeFileSync(lockPath(file), JSON.stringify({ pid: deadPid(), host: hostname(), since: '2026-01-01T10:02:00Z', processStart: 0 }));
  const network = Network.open(file);
  assert.equal((JSON.parse(readFileSync(lockPath(file), 'utf8')) as { pid: number }).pid, process.pid);
  network.close();

  writeFileSync(lockPath(file), JSON.stringify({ pid: 1234, host: 'other-laptop', since: '2026-01-01T10:02:00Z', processStart: 0 }));
  assert.throws(() => Network.open(file), /is open in another Maillage \(pid 1234 on other-laptop, since \d\d:\d\d\)/);
  rmSync(lockPath(file));
});

test('within one process the lock is reference-counted, and :memory: takes none', () => {
  const file = join(dir, 'twice.maillage');
  const first = Network.create(file, { sample: false });
  const second = Network.open(file);
  const third = Network.open(join(dir, '.', 'twice.maillage'));
  // One lock for the three (the path is canonical: /tmp may be a symlink, as on macOS).
  assert.deepEqual(heldLocks().map((p) => basename(p)), ['twice.maillage.lock']);
  first.close();
  first.close();
  second.close();
  assert.ok(existsSync(lockPath(file)), 'still held by the third');
  third.close();
  assert.equal(existsSync(lockPath(file)), false);
  Network.create(':memory:', { sample: false }).close();
  assert.deepEqual(heldLocks(), []);
});

test('a failed open releases the lock it took', () => {
  const file = join(dir, 'notes.maillage');
  writeFileSync(file, 'plain text, not SQLite'.repeat(100));
  assert.throws(() => Network.open(file), (e: Error) => e instanceof NetworkDamagedError && /not a database/.test(e.message));
  assert.equal(existsSync(lockPath(file)), false);
  assert.throws(() => Network.open(join(dir, 'missing.maillage')), /no such network file/);
  assert.equal(existsSync(lockPath(join(dir, 'missing.maillage'))), false);
});

test('save as locks the target and releases the old file', () => {
  const file = join(dir, 'before.maillage');
  const target = join(dir, 'after.maillage');
  const network = Network.create(file, { sample: false });
  // The target is open in another Maillage (on another machine sharing the folder).
  writeFileSync(lockPath(target), JSON.stringify({ pid: 1234, host: 'other-laptop', since: '2026-01-01T10:02:00Z', processStart: 0 }));
  assert.throws(() => network.saveAs(target), NetworkLockedError);
  assert.equal(existsSync(target), false, 'nothing written over a file open elsewhere');
  rmSync(lockPath(target));
  network.saveAs(target);
  assert.equal(existsSync(lockPath(file)), false);
  assert.ok(existsSync(lockPath(target)));
  network.close();
  assert.equal(existsSync(lockPath(target)), false);
});

/** A real network of a few thousand rows, closed (WAL checkpointed into the main file). */
function bigNetwork(file: string): number {
  const network = Network.create(file, { sample: false });
  const insert = network.db.prepare("INSERT INTO person (name, role, notes, created_at) VALUES (?, 'peer', ?, '2025-01-01T00:00:00Z')");
  network.db.transaction(() => {
    for (let i = 0; i < 4000; i++) insert.run(`Person ${i}`, `notes about person ${i} `.repeat(3));
  })();
  const pageSize = network.db.pragma('page_size', { simple: true }) as number;
  network.close();
  assert.equal(existsSync(`${file}-wal`), false, 'checkpointed on close');
  return pageSize;
}

/** Overwrites 512 bytes in the middle of the middle page of the file. */
function corrupt(file: string, pageSize: number): void {
  const pages = statSync(file).size / pageSize;
  assert.ok(pages > 50, `${pages} pages`);
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(512, 0xa5), 0, 512, Math.floor(pages / 2) * pageSize + pageSize / 2);
  closeSync(fd);
}

test('a damaged file is refused with what is wrong; without a backup it is left untouched', () => {
  const file = join(dir, 'damaged.maillage');
  const pageSize = bigNetwork(file);
  corrupt(file, pageSize);
  // The damage is real: SQLite opens the file without complaint, only quick_check finds it.
  const raw = openDatabase(file, { readonly: true });
  assert.ok(quickCheckProblems(raw).length > 0);
  raw.close();
  const before = readFileSync(file);
  assert.throws(
    () => Network.open(file),
    (e: Error) => {
      assert.ok(e instanceof NetworkDamagedError && e instanceof NetworkFileError);
      assert.match(e.message, /damaged\.maillage: the network file is damaged: .*(page|malformed)/);
      assert.match(e.message, /No backup of it was found; the file was left untouched\.$/);
      assert.equal(e.backup, null);
      return true;
    },
  );
  assert.ok(readFileSync(file).equals(before), 'not "repaired"');
  assert.equal(existsSync(lockPath(file)), false);
  assert.throws(() => restoreBackup(file), /no backup of this network file was found/);
});

test('a damaged file names its newest backup, and restoreBackup puts it back keeping the damaged copy', () => {
  const file = join(dir, 'restorable.maillage');
  const pageSize = bigNetwork(file);
  const v2 = migrationBackupPath(file, 2);
  copyFileSync(file, v2);
  const older = `${file}.backup`;
  writeFileSync(older, 'an older hand-made backup');
  const past = new Date('2026-01-01T00:00:00Z');
  utimesSync(older, past, past);
  assert.equal(newestBackup(file)?.path, v2);

  corrupt(file, pageSize);
  const damagedBytes = readFileSync(file);
  assert.throws(
    () => Network.open(file),
    (e: Error) => e instanceof NetworkDamagedError && e.backup?.path === v2 && e.message.includes(`A backup exists: ${v2} (saved `) && /nothing is repaired silently\.$/.test(e.message),
  );

  const restored = restoreBackup(file);
  assert.equal(restored.restoredFrom, v2);
  assert.ok(restored.damagedCopy && /restorable\.maillage\.damaged-\d{4}-\d\d-\d\dT/.test(restored.damagedCopy));
  assert.ok(readFileSync(restored.damagedCopy).equals(damagedBytes), 'the damaged file is kept as it was');
  assert.ok(existsSync(v2), 'the backup stays');
  const network = Network.open(file);
  assert.equal(network.info().counts.people, 4000);
  network.close();
});

test('restoreBackup refuses a damaged backup and a file open in another Maillage', () => {
  const file = join(dir, 'guarded.maillage');
  const pageSize = bigNetwork(file);
  copyFileSync(file, `${file}.backup`);
  corrupt(`${file}.backup`, pageSize);
  const before = readFileSync(file);
  assert.throws(() => restoreBackup(file), /this backup is damaged too .*; nothing was changed/);
  assert.ok(readFileSync(file).equals(before));

  writeFileSync(lockPath(file), JSON.stringify({ pid: 1234, host: 'other-laptop', since: '2026-01-01T10:02:00Z', processStart: 0 }));
  assert.throws(() => restoreBackup(file), NetworkLockedError);
  rmSync(lockPath(file));
});
