// The build targets the Node and Chromium of the Electron we pin, not electron-vite's guess.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { electronTargets } from './electron-targets';

const require = createRequire(import.meta.url);
const pinned = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;

test('the pinned Electron has checked targets, and its Chromium is the one electron-to-chromium lists', () => {
  const targets = electronTargets(pinned);
  assert.match(targets.node, /^node24\.\d+$/);
  // electron-to-chromium (browserslist's table, installed with our tooling) maps each release.
  const chromium = (require('electron-to-chromium/full-versions.json') as Record<string, string>)[pinned];
  assert.ok(chromium, `electron-to-chromium knows Electron ${pinned}`);
  assert.equal(targets.chrome, `chrome${chromium.split('.')[0]}`);
});

test('an Electron nobody checked stops the build with what to do', () => {
  assert.throws(() => electronTargets('46.0.0'), /Electron 46\.0\.0 is not in scripts\/electron-targets\.ts; add its Node and Chromium versions/);
});
