// The error envelope the core answers with for real broken files: the English message the CLI
// prints, and the reason's key and parameters the Import page translates (test-support holds the
// cases; the renderer's import-reasons test checks the sentences the same envelopes give).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { IMPORT_REASON_CASES, IMPORT_WARNING_CASES, type ImportReasonCase } from '../../../../test-support/import-reason-cases';
import { toErrorInfo } from '../dispatch';
import { attendeesBundle, detectAttendeeColumns, readAttendeeTable } from './attendees';
import { parseIcs } from './ics';
import { parseFile } from './run';

const folder = mkdtempSync(join(tmpdir(), 'maillage-reasons-'));

/** The case's file, or its folder (an unpacked archive), written under a folder of its own. */
function write(c: { name: string; fileName: string; content: ImportReasonCase['content'] }): string {
  const path = join(mkdtempSync(join(folder, 'case-')), c.fileName);
  if (typeof c.content === 'string' || c.content instanceof Uint8Array) {
    writeFileSync(path, c.content);
    return path;
  }
  for (const [name, text] of Object.entries(c.content)) {
    mkdirSync(dirname(join(path, name)), { recursive: true });
    writeFileSync(join(path, name), text);
  }
  return path;
}

async function failure(c: ImportReasonCase): Promise<unknown> {
  const path = write(c);
  try {
    if (c.format === 'ics') {
      await parseIcs(path, c.fileName);
    } else if (c.format === 'guests') {
      const table = await readAttendeeTable(path, c.fileName);
      attendeesBundle(table, detectAttendeeColumns(table.headers).mapping, { name: 'Forum CMO', date: '2025-06-12' }, c.fileName);
    } else {
      await parseFile(c.format, path, { fileName: c.fileName });
    }
  } catch (error) {
    return error;
  }
  return assert.fail(`${c.fileName} was read without an error`);
}

for (const c of IMPORT_REASON_CASES) {
  test(`${c.name}: the English message, and the reason by its key`, async () => {
    const info = toErrorInfo(c.format === 'guests' ? 'attendees:preview' : 'import:preview', await failure(c));
    assert.deepEqual(info, c.envelope);
  });
}

for (const c of IMPORT_WARNING_CASES) {
  test(`${c.name}: each warning in English, and by its key`, async () => {
    const path = write(c);
    const bundle = c.format === 'ics' ? (await parseIcs(path, c.fileName)).bundle : await parseFile(c.format, path, { fileName: c.fileName });
    assert.deepEqual(bundle.warnings, c.warnings);
  });
}
