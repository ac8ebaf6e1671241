// The import boundaries of STYLE.md are lint rules; this proves each rule fires on a violation
// (and not on the allowed import), so the layering cannot silently stop being enforced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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
];

for (const { file, code, forbidden } of cases) {
  const imported = /from '([^']+)'/.exec(code)?.[1];
  test(`${file} ${forbidden ? 'may not' : 'may'} import ${imported}`, async () => {
    const messages = await restrictedImports(file, code);
    assert.equal(messages.length > 0, forbidden, messages.join('; ') || 'no restricted-import error');
  });
}
