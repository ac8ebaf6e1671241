// `npm run dist`: builds the installers with electron-builder, or says clearly why it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
if (!binary || !existsSync(binary)) {
  console.error(
    'maillage dist: the Electron binary is not installed (its download host is unreachable from this machine),\n' +
      'so installers cannot be built here. On a machine with internet access run:\n' +
      '  npm ci && npx install-electron && npm run build && npx electron-builder --config electron-builder.yml\n' +
      '(add --linux, --mac or --win to choose the platform).',
  );
  process.exit(1);
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const pack = spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(pack.status ?? 1);
