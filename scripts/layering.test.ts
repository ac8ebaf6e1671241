// The import boundaries of ARCHITECTURE.md are lint rules; this proves each rule fires on a
// violation (and not on the allowed import), so the layering cannot silently stop being enforced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

const RULES = ['no-restricted-imports', 'layering/allowed-imports'];

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && RULES.includes(m.ruleId)).map((m) => m.message);
}

async function sqlCalls(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const cases: Array<{ file: string; code: string; forbidden: boolean }> = [
  { file: 'src/shared/x.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", forbidden: true },
  { file: 'src/shared/x.ts', code: "import { app } from 'electron';\nexport const x = app;\n", forbidden: true },
  { file: 'src/shared/x.ts', code: "import { z } from 'zod';\nexport const x = z;\n", forbidden: false },
  { file: 'src/main/core/x.ts', code: "import Database from 'better-sqlite3';\nexport const x = Database;\n", forbidden: true },
  { file: 'src/main/core/db/x.ts', code: "import Database from 'better-sqlite3';\nexport const x = Database;\n", forbidden: false },
  { file: 'src/main/core/x.ts', code: "import { app } from 'electron';\nexport const x = app;\n", forbidden: true },
  { file: 'src/main/core/x.ts', code: "import { run } from '../cli/main';\nexport const x = run;\n", forbidden: true },
  { file: 'src/main/serve/x.ts', code: "import { app } from 'electron';\nexport const x = app;\n", forbidden: true },
  { file: 'src/main/electron/x.ts', code: "import { app } from 'electron';\nexport const x = app;\n", forbidden: false },
  { file: 'src/main/electron/x.ts', code: "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", forbidden: true },
  { file: 'src/main/electron/ipc.ts', code: "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n", forbidden: false },
  { file: 'src/renderer/src/x.ts', code: "import { Network } from '../../main/core/network';\nexport const x = Network;\n", forbidden: true },
  { file: 'src/renderer/src/x.ts', code: "import { join } from 'node:path';\nexport const x = join;\n", forbidden: true },
  { file: 'src/renderer/src/x.ts', code: "import { ROLES } from '../../shared/domain';\nexport const x = ROLES;\n", forbidden: false },
  // The parts of ARCHITECTURE.md, between our own folders.
  { file: 'src/main/core/graph/x.ts', code: "import { openDatabase } from '../db/connection';\nexport const x = openDatabase;\n", forbidden: true },
  { file: 'src/main/core/graph/x.ts', code: "import { ROLES } from '../../../shared/domain';\nexport const x = ROLES;\n", forbidden: true },
  { file: 'src/main/core/graph/x.ts', code: "import { MaillageError } from '../../../shared/errors';\nexport const x = MaillageError;\n", forbidden: false },
  { file: 'src/main/core/graph/x.ts', code: "import { buildCsr } from './csr';\nexport const x = buildCsr;\n", forbidden: false },
  { file: 'src/main/cli/commands/x.ts', code: "import { Network } from '../../core/network';\nexport const x = Network;\n", forbidden: true },
  { file: 'src/main/cli/commands/x.ts', code: "import { listPeople } from '../../core/db/people';\nexport const x = listPeople;\n", forbidden: true },
  { file: 'src/main/cli/commands/x.ts', code: "import { withGate } from '../gate';\nexport const x = withGate;\n", forbidden: false },
  { file: 'src/main/cli/gate.ts', code: "import { dispatch } from '../core/dispatch';\nexport const x = dispatch;\n", forbidden: false },
  { file: 'src/main/cli/gate.ts', code: "import { mergePeople } from '../core/db/merges';\nexport const x = mergePeople;\n", forbidden: true },
  { file: 'src/main/serve/x.ts', code: "import { listPeople } from '../core/db/people';\nexport const x = listPeople;\n", forbidden: true },
  { file: 'src/main/serve/x.ts', code: "import { dispatch } from '../core/dispatch';\nexport const x = dispatch;\n", forbidden: false },
  { file: 'src/main/electron/x.ts', code: "import { myNetwork } from '../core/my-network';\nexport const x = myNetwork;\n", forbidden: true },
  { file: 'src/main/core/x.ts', code: "import { listPeople } from './db/people';\nexport const x = listPeople;\n", forbidden: false },
  { file: 'src/shared/x.ts', code: "import { Network } from '../main/core/network';\nexport const x = Network;\n", forbidden: true },
];

for (const { file, code, forbidden } of cases) {
  const imported = /from '([^']+)'/.exec(code)?.[1];
  test(`${file} ${forbidden ? 'may not' : 'may'} import ${imported}`, async () => {
    const messages = await restrictedImports(file, code);
    assert.equal(messages.length > 0, forbidden, messages.join('; ') || 'no restricted-import error');
  });
}

const sqlCases: Array<{ file: string; code: string; forbidden: boolean }> = [
  { file: 'src/main/core/x.ts', code: "import type { Db } from './db/connection';\nexport const x = (db: Db) => db.prepare('SELECT 1').get();\n", forbidden: true },
  { file: 'src/main/core/x.ts', code: "import type { Db } from './db/connection';\nexport const x = (db: Db) => db.exec('DELETE FROM person');\n", forbidden: true },
  { file: 'src/main/cli/x.ts', code: "export const x = (db: { pragma(s: string): unknown }) => db.pragma('user_version');\n", forbidden: true },
  { file: 'src/main/core/db/x.ts', code: "import type { Db } from './connection';\nexport const x = (db: Db) => db.prepare('SELECT 1').get();\n", forbidden: false },
  { file: 'src/main/core/x.test.ts', code: "import type { Db } from './db/connection';\nexport const x = (db: Db) => db.prepare('SELECT 1').get();\n", forbidden: false },
];

for (const { file, code, forbidden } of sqlCases) {
  test(`${file} ${forbidden ? 'may not' : 'may'} run SQL: ${/\.(\w+)\(/.exec(code.split('=>')[1] ?? '')?.[1] ?? ''}`, async () => {
    const messages = await sqlCalls(file, code);
    assert.equal(messages.length > 0, forbidden, messages.join('; ') || 'no SQL error');
  });
}

test('the table of ARCHITECTURE.md names every production folder of src', async () => {
  const { readFileSync } = await import('node:fs');
  const table = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readFileSync('ARCHITECTURE.md', 'utf8'))?.[1] ?? '[]') as Array<{ paths: string[] }>;
  const paths = table.flatMap((p) => p.paths);
  for (const folder of ['src/shared/', 'src/main/core/', 'src/main/core/db/', 'src/main/core/graph/', 'src/main/cli/', 'src/main/serve/', 'src/main/electron/', 'src/renderer/']) {
    assert.ok(paths.includes(folder), folder);
  }
});
