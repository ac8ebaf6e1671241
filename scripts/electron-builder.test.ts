// The installer configuration, checked without building installers (Electron's binary cannot be
// downloaded here): electron-builder.yml is validated by electron-builder's own validator against
// its own schema, and the settings that matter for Maillage are pinned one by one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { NETWORK_EXTENSION } from '../src/main/core/paths';

const root = process.cwd();
const require = createRequire(import.meta.url);
// No YAML or schema library is a dependency of ours: js-yaml, ajv and minimatch are
// electron-builder's own (app-builder-lib depends on them), so we resolve them from
// app-builder-lib — the same copies it uses to read this file, validate it and match asarUnpack.
const builderRequire = createRequire(require.resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const { minimatch } = builderRequire('minimatch') as { minimatch(path: string, pattern: string, options?: { dot?: boolean }): boolean };
// The function electron-builder runs on every build before anything else (config.js →
// schemaValidator.js, ajv with app-builder-lib/scheme.json): it throws on an invalid config.
const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};
const quietLogger = { isEnabled: false, add() {} };

interface BuilderConfig {
  appId?: string;
  asar?: boolean;
  directories?: { output?: string; buildResources?: string };
  files?: string[];
  npmRebuild?: boolean;
  asarUnpack?: string[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: Array<{ ext: string | string[]; name?: string; icon?: string; mimeType?: string }>;
  linux?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string; hardenedRuntime?: boolean };
  win?: { target?: string[]; icon?: string };
}

function loadConfig(): BuilderConfig {
  return yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

async function rejection(config: unknown): Promise<string> {
  try {
    await validateConfiguration(config, quietLogger);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

test('electron-builder.yml passes electron-builder’s own validation', async () => {
  await validateConfiguration(loadConfig(), quietLogger);
});

test('the validator really rejects a broken copy of the config', async () => {
  const cases: Array<[string, (c: BuilderConfig & Record<string, unknown>) => void, RegExp]> = [
    ['a misspelt fuse', (c) => Object.assign(c.electronFuses ?? {}, { runAsNod: false }), /electronFuses/],
    ['a fuse that is not a boolean', (c) => Object.assign(c.electronFuses ?? {}, { onlyLoadAppFromAsar: 'sometimes' }), /electronFuses/],
    ['an unknown top-level option', (c) => Object.assign(c, { electronFuse: { runAsNode: false } }), /electronFuse/],
    ['npmRebuild that is not a boolean', (c) => Object.assign(c, { npmRebuild: 'never' }), /npmRebuild/],
    ['an unknown key in a file association', (c) => Object.assign(c.fileAssociations?.[0] ?? {}, { extension: 'maillage' }), /extension/],
  ];
  for (const [what, mutate, mentions] of cases) {
    const copy = structuredClone(loadConfig()) as BuilderConfig & Record<string, unknown>;
    mutate(copy);
    const message = await rejection(copy);
    assert.match(message, /Invalid configuration object/, `${what}: should be rejected`);
    assert.match(message, mentions, `${what}: the message names where`);
  }
});

test('installers for every platform: AppImage and deb, dmg, nsis', () => {
  const config = loadConfig();
  assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
  assert.deepEqual(config.mac?.target, ['dmg']);
  assert.deepEqual(config.win?.target, ['nsis']);
  assert.equal(config.mac?.hardenedRuntime, true);
  assert.equal(config.appId, 'app.maillage.desktop');
});

test('every icon the config names exists in resources/ and is large enough', () => {
  const config = loadConfig();
  assert.equal(config.directories?.buildResources, 'resources');
  for (const platform of ['linux', 'mac', 'win'] as const) {
    const icon = config[platform]?.icon;
    assert.ok(icon, `${platform} names an icon`);
    assert.ok(icon.startsWith('resources/'), `${platform}: ${icon} is in resources/`);
    const file = join(root, icon);
    assert.ok(existsSync(file), `${platform}: ${icon} exists`);
    const png = readFileSync(file);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG', `${icon} is a PNG`);
    // electron-builder makes the .icns and .ico from it; macOS wants at least 512×512.
    assert.ok(png.readUInt32BE(16) >= 512 && png.readUInt32BE(20) >= 512, `${icon} is at least 512×512`);
  }
  // A file association that names an icon makes electron-builder look for NAME.icns (mac) and
  // NAME.ico (Windows) in resources/, and fail the build when they are missing.
  for (const association of config.fileAssociations ?? []) {
    if (association.icon === undefined) continue;
    for (const ext of ['icns', 'ico']) {
      const file = join(root, 'resources', association.icon.includes('.') ? association.icon.replace(/\.(icns|ico)$/, `.${ext}`) : `${association.icon}.${ext}`);
      assert.ok(existsSync(file), `file association icon ${file} exists`);
    }
  }
});

test('Electron fuses are set after packing as SECURITY.md says', () => {
  assert.deepEqual(loadConfig().electronFuses, {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
});

test('better-sqlite3 is used as shipped: no rebuild, unpacked from the asar, asar on', () => {
  const config = loadConfig();
  assert.equal(config.npmRebuild, false);
  // onlyLoadAppFromAsar needs an asar archive.
  assert.notEqual(config.asar, false);
  const unpacked = (path: string) => (config.asarUnpack ?? []).some((pattern) => minimatch(path, pattern, { dot: true }));
  assert.ok(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'the native binary is unpacked');
  assert.ok(unpacked('node_modules/better-sqlite3/lib/database.js'));
  assert.equal(unpacked('out/main/index.js'), false, 'the app itself stays in the asar');
  // The main entry point is among the packed files.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
  assert.ok((config.files ?? []).some((pattern) => minimatch(pkg.main, pattern, { dot: true })), `${pkg.main} is packed`);
});

test('the file association is the extension the app opens', () => {
  const config = loadConfig();
  const extensions = (config.fileAssociations ?? []).flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext]));
  assert.deepEqual(extensions, [NETWORK_EXTENSION.slice(1)]);
  // The desktop app recognises files by that same constant (argv, second instance, open dialogs).
  const main = readFileSync(join(root, 'src/main/electron/main.ts'), 'utf8');
  assert.match(main, /import \{[^}]*\bNETWORK_EXTENSION\b[^}]*\} from '\.\.\/core\/paths'/);
  assert.match(main, /endsWith\(NETWORK_EXTENSION\)/);
  assert.match(main, /app\.on\('open-file'/, 'macOS hands associated files over through open-file');
});

const electronPathFile = join(dirname(require.resolve('electron/package.json')), 'path.txt');
test(
  '`npm run dist` says clearly why it cannot build here, and fails',
  {
    skip: existsSync(electronPathFile)
      ? `Electron's binary is installed (${electronPathFile} exists): npm run dist would really build installers, which is not a unit test`
      : false,
  },
  () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/dist.mjs')], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^maillage dist: the Electron binary is not installed \(its download host is unreachable from this machine\),/);
    assert.match(result.stderr, /npx electron-builder --config electron-builder\.yml/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  },
);
