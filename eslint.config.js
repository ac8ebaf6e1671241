// Lint, and the layering of ARCHITECTURE.md as rules: a wrong import fails `npm test`, not a review.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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

// The parts and what each may import: the JSON table of ARCHITECTURE.md, the one place it is written.
const root = dirname(fileURLToPath(import.meta.url));
const PARTS = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8'))[1]);
const partOf = (path) =>
  PARTS.find((p) => p.paths.some((prefix) => (prefix.endsWith('/') ? path.startsWith(prefix) : path === prefix || `${path}.ts` === prefix || `${path}.tsx` === prefix)));
const layering = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [], messages: { crossing: '{{from}} may not import {{to}} ({{target}}): see ARCHITECTURE.md' } },
      create(context) {
        const file = relative(root, context.filename).split('\\').join('/');
        const from = partOf(file);
        if (!from || file.endsWith('.test.ts')) return {};
        const check = (node) => {
          const spec = node.source?.value;
          if (typeof spec !== 'string' || !spec.startsWith('.')) return;
          const target = normalize(join(dirname(file), spec)).split('\\').join('/');
          const to = partOf(target);
          if (!to || to === from || to.part === 'errors' || from.mayImport.includes(to.part)) return;
          if (from.part === 'cli' && to.part === 'cli gate') return;
          context.report({ node, messageId: 'crossing', data: { from: from.part, to: to.part, target } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};
const SQL_CALLS = ['prepare', 'exec', 'pragma'].map((name) => ({
  selector: `CallExpression[callee.property.name='${name}']`,
  message: `.${name}() is SQL: only src/main/core/db (the store) holds SQL; call a store function named after what it answers.`,
}));

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
  // The parts of ARCHITECTURE.md: each imports only what its row allows.
  { files: ['src/**/*.ts', 'src/**/*.tsx'], plugins: { layering }, rules: { 'layering/allowed-imports': 'error' } },
  // SQL only in the store.
  { files: ['src/**/*.ts', 'src/**/*.tsx'], ignores: ['src/main/core/db/**', '**/*.test.ts'], rules: { 'no-restricted-syntax': ['error', ...SQL_CALLS] } },
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
