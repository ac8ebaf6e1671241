// Issue #12, "corruption and loss": a network file with a second name (hard link), another
// application's SQLite database, a file from a newer Maillage and a read-only file are each
// refused with a clear message, before anything is written to them.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Network } from '../network';
import { NetworkFileError, NetworkForeignFileError, openDatabase } from './connection';
import { MAILLAGE_APPLICATION_ID } from './file-identity';
import { LATEST_VERSION } from './migrations/index';
import { acquireLock, heldLocks, NetworkHardLinkedError, sameFile } from './lock';

const dir = mkdtempSync(join(tmpdir(), 'maillage-file-safety-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const networkModule = fileURLToPath(new URL('../network.ts', import.meta.url));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Another Maillage process (like `maillage serve`) that keeps `file` open until killed. */
function otherMaillage(file: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `const { Network } = await import(${JSON.stringify(networkModule)}); Network.open(${JSON.stringify(file)}); console.log('open'); setInterval(() => {}, 1000);`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}: ${stderr}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, exited };
}

test('hard link: a file with two names is refused under either name while another Maillage has it open', async () => {
  const file = join(dir, 'net.maillage');
  const alias = join(dir, 'alias.maillage');
  Network.create(file, { sample: { seed: 1, people: 30, interactions: 60 } }).close();
  const serve = otherMaillage(file);
  try {
    await serve.ready;
    linkSync(file, alias);
    // Before: the alias got its own lock (alias.maillage.lock) and its own WAL while serve wrote.
    assert.throws(
      () => Network.open(alias),
      (e: Error) => {
        assert.ok(e instanceof NetworkHardLinkedError && e instanceof NetworkFileError);
        assert.equal(e.message, `${alias}: has 2 names on disk (hard links, made with "ln"): two Maillage could open it under two names at once and corrupt it. Open a real copy instead (cp, not ln), or remove the other names.`);
        return true;
      },
    );
    assert.equal(existsSync(`${alias}.lock`), false, 'no second lock file was taken');
    assert.equal(existsSync(`${alias}-wal`), false, 'no second WAL');
  } finally {
    serve.child.kill('SIGKILL');
    await serve.exited;
  }
  assert.throws(() => Network.open(file), NetworkHardLinkedError, 'the original name is refused too while the other name exists');
  rmSync(alias);
  const network = Network.open(file);
  assert.equal(network.info().counts.people, 30);
  network.close();
});

test('the lock is keyed on the file, not the name: two spellings of one file share one lock in a process', () => {
  const folder = join(dir, 'spellings');
  mkdirSync(folder);
  const file = join(folder, 'x.maillage');
  Network.create(file, { sample: false }).close();
  const a = acquireLock(file);
  const b = acquireLock(join(folder, '..', 'spellings', '.', 'x.maillage'));
  assert.equal(heldLocks().filter((l) => l.endsWith('x.maillage.lock')).length, 1);
  a.release();
  assert.ok(existsSync(`${file}.lock`), 'still held by the second spelling');
  b.release();
  assert.equal(existsSync(`${file}.lock`), false);
  assert.ok(sameFile(file, join(folder, '.', 'x.maillage')));
});

test("another application's SQLite database is refused with its bytes unchanged, even by read-only commands", () => {
  const file = join(dir, 'crm.db');
  const other = new Database(file);
  other.exec("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contact (name) VALUES ('keep me'); PRAGMA user_version = 3;");
  other.close();
  const before = sha256(file);
  for (const open of [() => Network.open(file), () => Network.create(file), () => openDatabase(file), () => openDatabase(file, { readonly: true })]) {
    assert.throws(open, (e: Error) => {
      assert.ok(e instanceof NetworkForeignFileError);
      assert.equal(e.message, `${file}: is not a Maillage network but another application's SQLite database (its tables: contact); Maillage left it untouched. Choose a new file name to start a network.`);
      return true;
    });
  }
  assert.equal(sha256(file), before, 'not one byte changed');
  assert.equal(existsSync(`${file}-wal`), false);
  const check = new Database(file, { readonly: true });
  assert.equal(check.pragma('journal_mode', { simple: true }), 'delete');
  assert.equal(check.pragma('user_version', { simple: true }), 3);
  check.close();
  assert.deepEqual(heldLocks(), [], 'the lock taken for the attempt was released');
});

test('an application id of another program is refused even on an empty schema', () => {
  const file = join(dir, 'marked.db');
  const other = new Database(file);
  other.pragma('application_id = 1');
  other.close();
  const before = sha256(file);
  assert.throws(() => Network.open(file), /application id 1, version 0/);
  assert.equal(sha256(file), before);
});

test('files Maillage creates carry its application id; files from before it are recognised and marked', () => {
  const file = join(dir, 'new.maillage');
  Network.create(file, { sample: false }).close();
  const read = (f: string) => {
    const db = new Database(f, { readonly: true });
    const id = db.pragma('application_id', { simple: true });
    db.close();
    return id;
  };
  assert.equal(read(file), MAILLAGE_APPLICATION_ID);
  // A network written before the id: Maillage's tables and a schema version, application id 0.
  const old = join(dir, 'old.maillage');
  const db = openDatabase(old, { create: true, targetVersion: 3 });
  db.prepare("INSERT INTO person (name, created_at) VALUES ('Ada', '2025-01-01')").run();
  db.pragma('application_id = 0');
  db.close();
  assert.equal(read(old), 0);
  const network = Network.open(old);
  assert.equal(network.info().counts.people, 1);
  network.close();
  assert.equal(read(old), MAILLAGE_APPLICATION_ID);
});

test('a file from a newer Maillage is refused before anything changes (journal mode included)', () => {
  const file = join(dir, 'future.maillage');
  Network.create(file, { sample: false }).close();
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.pragma(`user_version = ${LATEST_VERSION + 5}`);
  db.close();
  const before = sha256(file);
  assert.throws(
    () => Network.open(file),
    (e: Error) => e instanceof NetworkFileError && e.message === `${file}: was written by a newer Maillage (schema version ${LATEST_VERSION + 5}; this one understands up to ${LATEST_VERSION}): update Maillage to open it. Nothing was changed.`,
  );
  assert.equal(sha256(file), before);
  const check = new Database(file, { readonly: true });
  assert.equal(check.pragma('journal_mode', { simple: true }), 'delete', 'before the fix the file was switched to WAL first');
  check.close();
});

/** Runs `maillage` as a user who may read but not write (root ignores file modes: run as nobody). */
function maillageWithoutWriteAccess(file: string, ...args: string[]) {
  const asNobody = process.getuid?.() === 0;
  if (!asNobody) chmodSync(file, 0o444);
  const result = spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: dir, MAILLAGE_DATA_DIR: dir },
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

/**
 * As root the check needs another user, who must be able to read the checkout (Node, the CLI): a
 * clone in a folder only root may enter (mktemp -d makes it 0700) cannot run these two tests.
 */
const withoutWriteAccess = (() => {
  if (process.getuid?.() !== 0) return true;
  const probe = spawnSync(process.execPath, ['-e', 'require("node:fs").accessSync("bin/maillage.mjs")'], { uid: 65534, gid: 65534 });
  return probe.status === 0 ? true : 'the user "nobody" cannot read this checkout (a folder only root may enter), so no user without write access can run maillage here';
})();
const readOnlySkip = withoutWriteAccess === true ? {} : { skip: withoutWriteAccess };

test('a read-only network file gets a clear "read-only, open a copy" message, not an unexpected error', readOnlySkip, () => {
  const folder = join(dir, 'shared-folder');
  mkdirSync(folder, { mode: 0o777 });
  chmodSync(folder, 0o777);
  chmodSync(dir, 0o755);
  const file = join(folder, 'read-only.maillage');
  Network.create(file, { sample: { seed: 2, people: 25, interactions: 40 } }).close();
  chmodSync(file, 0o644);
  const before = sha256(file);
  const { code, stderr } = maillageWithoutWriteAccess(file, 'top', '3');
  assert.equal(code, 1);
  assert.equal(
    stderr.trim(),
    `maillage: ${file}: is read-only: Maillage cannot write to it (its lock, journal and schema live beside and in it). Open a copy instead: copy the file to a folder you can write to and open the copy; the original stays untouched.`,
  );
  assert.doesNotMatch(stderr, /unexpected error|SqliteError|\n\s+at /);
  assert.equal(sha256(file), before);
  // A copy opens as usual.
  const copy = join(folder, 'copy.maillage');
  copyFileSync(file, copy);
  const network = Network.open(copy);
  assert.equal(network.info().counts.people, 25);
  network.close();
});

test('a network in a read-only folder says so too', readOnlySkip, () => {
  const folder = join(dir, 'locked-folder');
  mkdirSync(folder);
  const file = join(folder, 'n.maillage');
  Network.create(file, { sample: false }).close();
  chmodSync(folder, 0o555);
  chmodSync(file, 0o666);
  try {
    const { code, stderr } = maillageWithoutWriteAccess(file, 'imports');
    assert.equal(code, 1);
    assert.match(stderr, /^maillage: .*n\.maillage: is in a read-only folder: Maillage cannot write to it .* Open a copy instead/);
  } finally {
    chmodSync(folder, 0o755);
  }
  writeFileSync(join(folder, 'writable-again'), '');
  assert.ok(existsSync(join(folder, 'writable-again')));
});
