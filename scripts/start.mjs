// `npm start`: makes sure Electron's binary is there (fetching it with the electron package's own
// installer when it is not), then builds and opens the desktop app with `electron-vite preview`.
// Since Electron 42 the npm package no longer downloads its binary at install, and electron-vite
// only reads node_modules/electron/path.txt ("Error: Electron uninstall" without it), so a fresh
// clone could never start. Where the download fails we say so in one paragraph and exit non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_HOST = 'https://github.com/electron/electron/releases/';

/** The Electron binary this project would run, or null when it is not installed. */
export function installedElectron(electronDir, env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The paragraph printed when the binary cannot be fetched: what failed, how to retry, what works meanwhile. */
export function downloadFailedMessage({ version, platform, arch, host, reason }) {
  return [
    `maillage: cannot open the desktop app: Electron ${version}'s binary is not installed, and downloading it`,
    `for ${platform}-${arch} from ${host} failed (${reason}).`,
    `Electron's npm package fetches its binary on first use, not during "npm install", so this needs that host once.`,
    `To retry when it is reachable: "npx install-electron", then "npm start"`,
    `(through a mirror: ELECTRON_MIRROR=https://your-mirror/ npx install-electron).`,
    `Meanwhile "npm run serve" shows the same app in your browser.`,
  ].join(' ');
}

/** The first line of the installer's error output that says what went wrong (not the stack). */
export function failureReason(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  const reason = lines.find((line) => !line.startsWith('at ')) ?? 'the installer exited without saying why';
  return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason;
}

/**
 * Fetches Electron's binary with the package's own installer (`install-electron`) unless it is
 * there. Returns null when the binary is ready, or the message to print when it could not be had.
 */
export function ensureElectron({ electronDir, nodePath = process.execPath, env = process.env, log = console.log }) {
  if (installedElectron(electronDir, env)) return null;
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  log(`maillage: Electron ${version}'s binary is not installed yet; fetching it with its installer (npx install-electron)…`);
  const result = spawnSync(nodePath, [join(electronDir, 'install.js')], { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (result.status === 0 && installedElectron(electronDir, env)) return null;
  const reason = result.error ? result.error.message : failureReason(result.stderr ?? '');
  return downloadFailedMessage({
    version,
    platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
    arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
    host: env.ELECTRON_MIRROR || env.npm_config_electron_mirror || DEFAULT_HOST,
    reason,
  });
}

function main() {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const failure = ensureElectron({ electronDir: join(root, 'node_modules', 'electron') });
  if (failure) {
    console.error(failure);
    process.exit(1);
  }
  const preview = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(preview.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
