#!/usr/bin/env node
// Launches the `maillage` command under Node 22 or later. better-sqlite3's binary needs it (it
// crashes under Node 20), so on an older node we hand over to the node@22 the project installs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  const local = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(local)) {
    process.stderr.write(`maillage: needs Node.js 22 or later (this is ${process.version}); run "npm install" in ${root} or use Node 22.\n`);
    process.exit(1);
  }
  const result = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
const { run } = await import(pathToFileURL(join(root, 'src', 'main', 'cli', 'main.ts')).href);
process.exitCode = await run(process.argv.slice(2));
