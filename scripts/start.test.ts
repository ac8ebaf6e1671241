// `npm start` (scripts/start.mjs): with Electron's binary unavailable it runs the electron
// package's real installer, and when that fails it prints one paragraph saying what failed, how to
// retry and that `npm run serve` works, and exits non-zero; with the binary there it goes on to
// `electron-vite preview`. Each case runs the script in a scratch project laid out like ours.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = process.cwd();
const realModules = join(root, 'node_modules');
// Nothing listens on port 9 of the loopback: the download fails at once, online or not.
const UNREACHABLE_MIRROR = 'http://127.0.0.1:9/';

/** A scratch project: our start script, and the electron package without its binary. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-start-'));
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(root, 'scripts', 'start.mjs'), join(dir, 'scripts', 'start.mjs'));
  const electron = join(dir, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) copyFileSync(join(realModules, 'electron', file), join(electron, file));
  // The installer's own dependencies, as npm hoists them.
  for (const scope of ['@electron', '@electron-internal']) symlinkSync(join(realModules, scope), join(dir, 'node_modules', scope));
  return dir;
}

function runStart(dir: string, env: Record<string, string> = {}) {
  const cache = mkdtempSync(join(tmpdir(), 'maillage-electron-cache-'));
  try {
    return spawnSync(process.execPath, [join(dir, 'scripts', 'start.mjs'), '--some-arg'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ELECTRON_MIRROR: UNREACHABLE_MIRROR, electron_config_cache: cache, ...env },
      timeout: 60_000,
    });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

test('npm start without Electron: the installer runs, fails, and one clear paragraph says what to do', () => {
  const dir = scratchProject();
  try {
    const result = runStart(dir);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /fetching it with its installer \(npx install-electron\)/);
    const message = result.stderr.trim();
    assert.match(message, /^maillage: cannot open the desktop app: Electron 45\.4\.1's binary is not installed, and downloading it for \w+-\w+ from http:\/\/127\.0\.0\.1:9\/ failed \(.+\)\./);
    assert.match(message, /To retry when it is reachable: "npx install-electron", then "npm start"/);
    assert.match(message, /"npm run serve" shows the same app in your browser\.$/);
    // One paragraph, no stack, not electron-vite's bare "Electron uninstall".
    assert.equal(message.split('\n').length, 1, message);
    assert.doesNotMatch(message, /\n\s+at |Electron uninstall/);
    assert.equal(existsSync(join(dir, 'node_modules', 'electron', 'path.txt')), false, 'nothing half-installed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm start with Electron installed: no download, straight to electron-vite preview with the arguments', () => {
  const dir = scratchProject();
  try {
    const electron = join(dir, 'node_modules', 'electron');
    mkdirSync(join(electron, 'dist'));
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(electron, 'dist', 'electron'), 0o755);
    const bin = join(dir, 'node_modules', 'electron-vite', 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'electron-vite.js'), 'console.log("preview called with " + process.argv.slice(2).join(" ")); process.exit(7);\n');
    const result = runStart(dir);
    assert.equal(result.status, 7, result.stderr);
    assert.equal(result.stdout.trim(), 'preview called with preview --some-arg');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The project's own `npm start`, on a machine where the binary is missing (ours: its host is
// unreachable). Where it is installed, the Electron spec opens the app instead.
const installed = existsSync(join(realModules, 'electron', 'path.txt'));
test('the project\'s npm start without the binary stops with the message before building', { skip: installed ? 'Electron is installed here: e2e/electron.spec.ts opens the app' : false }, () => {
  const cache = mkdtempSync(join(tmpdir(), 'maillage-electron-cache-'));
  try {
    const result = spawnSync('npm', ['start', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_MIRROR: UNREACHABLE_MIRROR, electron_config_cache: cache },
      timeout: 60_000,
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /maillage: cannot open the desktop app: Electron 45\.4\.1's binary is not installed/);
    assert.match(result.stderr, /"npm run serve" shows the same app in your browser\./);
    assert.doesNotMatch(result.stdout + result.stderr, /Electron uninstall|building/i);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
