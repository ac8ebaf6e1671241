// Runs every unit test file with Node's test runner (via tsx) and fails when none is found:
// `node --test` on a folder of .ts files silently finds nothing and exits 0.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const files = globSync(['src/**/*.test.ts', 'scripts/**/*.test.ts'], {
  exclude: (name) => name.includes('node_modules'),
}).sort();
if (files.length === 0) {
  console.error('unit-tests: no *.test.ts file found under src/ or scripts/ — refusing to report an empty run');
  process.exit(1);
}
const extra = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...extra, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
