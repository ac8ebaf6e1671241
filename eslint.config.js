// Lint, and the layering of STYLE.md as rules: a wrong import fails `npm test`, not a review.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'worker_threads', 'url', 'util', 'stream', 'zlib', 'readline', 'events', 'buffer', 'process'];
// A regex, not a gitignore-style group: "events" must match the module, not a folder of ours named events.
const nodeBuiltins = { regex: `^(node:.*|(${NODE_BUILTINS.join('|')})(/.*)?)$`, message: 'Node built-ins belong to src/main.' };
// A renderer unit test runs under Node's test runner: node:test and node:assert, nothing else of Node.
const nodeBuiltinsButTesting = { regex: `^(node:(?!test$|assert$|assert/strict$).*|(${NODE_BUILTINS.join('|')})(/.*)?)$`, message: 'A renderer test may import node:test and node:assert only.' };
const electron = { group: ['electron', 'electron/*'], message: "Only src/main/electron imports 'electron'." };
const sqlite = { group: ['better-sqlite3'], message: 'Only src/main/core/db imports better-sqlite3; go through the services.' };
const mainFromRenderer = { group: ['**/main/**', '**/main'], message: 'The renderer never imports src/main: call the typed client.' };
const rendererFromElsewhere = { group: ['**/renderer/**', '**/renderer'], message: 'Only the renderer imports the renderer.' };
const hosts = { group: ['**/cli/**', '**/serve/**', '**/electron/**'], message: 'The core never imports a host (cli, serve, electron).' };
const uiLibs = { group: ['react', 'react-dom', 'react-dom/*', 'cytoscape', 'cytoscape-*'], message: 'UI libraries belong to the renderer.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '**/fixtures/**', 'e2e/artifacts/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
  // src/shared: pure TypeScript, no runtime of any host.
  { files: ['src/shared/**'], rules: restrict(nodeBuiltins, electron, sqlite, uiLibs, mainFromRenderer, rendererFromElsewhere) },
  // src/main/core: Node only; no Electron, no host, SQLite only inside db/.
  { files: ['src/main/core/**'], ignores: ['src/main/core/db/**'], rules: restrict(electron, sqlite, hosts, uiLibs, rendererFromElsewhere) },
  { files: ['src/main/core/db/**'], rules: restrict(electron, hosts, uiLibs, rendererFromElsewhere) },
  // Hosts: cli and serve never import electron or SQLite directly.
  { files: ['src/main/cli/**', 'src/main/serve/**'], rules: restrict(electron, sqlite, uiLibs, rendererFromElsewhere) },
  // The Electron host: raw ipcMain/ipcRenderer only inside the typed wrappers.
  {
    files: ['src/main/electron/**'],
    ignores: ['src/main/electron/ipc.ts', 'src/main/electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Use the typed wrappers in ipc.ts / preload.ts.' }],
          patterns: [sqlite, uiLibs, rendererFromElsewhere],
        },
      ],
    },
  },
  // The renderer: browser only, talks to main through the typed client.
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(nodeBuiltins, electron, sqlite, mainFromRenderer) },
  },
  { files: ['src/renderer/**/*.test.ts'], rules: restrict(nodeBuiltinsButTesting, electron, sqlite, mainFromRenderer) },
);
