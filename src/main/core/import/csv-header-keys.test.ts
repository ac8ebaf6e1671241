// Issue #12: CSV columns named after Object.prototype's members ("constructor", "toString",
// "__proto__", "hasOwnProperty") are ordinary unknown columns: header auto-detection, the user's
// column mapping and the preview treat them as text, never as inherited members.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../db/connection';
import { dispatch } from '../dispatch';
import { Network } from '../network';
import { PreferenceStore } from '../preferences';
import { createServices } from '../services';
import type { ImportPreview } from '../../../shared/imports';
import { ImportStaging } from './staging';
import { detectCsvTemplate } from './csv-generic';
import { importFile } from './run';
import { parseRole } from './common';

const dir = mkdtempSync(join(tmpdir(), 'maillage-header-keys-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

test('header auto-detection passes over columns named like Object.prototype members', () => {
  const detected = detectCsvTemplate(['name', ...PROTOTYPE_NAMES, 'role']);
  assert.equal(detected?.template, 'people');
  assert.deepEqual({ ...detected?.mapping }, { name: 'name', role: 'role' });
  assert.deepEqual(detected?.unmapped, PROTOTYPE_NAMES);
});

test('a people CSV with a "constructor" column imports, the column ignored', async () => {
  for (const column of PROTOTYPE_NAMES) {
    const path = join(dir, `${column}.csv`);
    writeFileSync(path, `name,${column},role\nAda Lovelace,x,cmo\nBob,y,peer\n`);
    const db = openDatabase(':memory:', { create: true });
    const summary = await importFile(db, 'csv', path);
    assert.equal(summary.added.people, 2, column);
    assert.deepEqual(db.prepare('SELECT name, role FROM person ORDER BY name').all(), [{ name: 'Ada Lovelace', role: 'cmo' }, { name: 'Bob', role: 'peer' }]);
    db.close();
  }
});

test('a mapping to a field named "constructor" is refused as an unknown field, with the line', async () => {
  const path = join(dir, 'mapped.csv');
  writeFileSync(path, 'Full name,Other\nAda,x\n');
  const db = openDatabase(':memory:', { create: true });
  await assert.rejects(importFile(db, 'csv', path, { csvTemplate: 'people', csvMapping: { 'Full name': 'name', Other: 'constructor' } }), (e: Error) => {
    assert.match(e.message, /mapped\.csv:line 1: the column "Other" is mapped to "constructor", which is not a field of people\.csv/);
    return true;
  });
  db.close();
});

test('a role or kind written "constructor" is an unknown value, not a function', () => {
  assert.equal(parseRole('constructor'), null);
  assert.equal(parseRole('toString'), null);
  assert.equal(parseRole('__proto__'), null);
});

test('the preview and the import through the services handle such columns, and a "__proto__" mapping key', async () => {
  const network = Network.create(':memory:', { sample: false });
  const staging = new ImportStaging();
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {}, staging });
  try {
    const staged = await staging.stageBytes('people.csv', Buffer.from('name,constructor,__proto__\nAda,x,y\n'));
    const preview = await dispatch(api, 'import:preview', { staged: staged.id });
    assert.ok(preview.ok, JSON.stringify(preview));
    const csv = (preview.value as ImportPreview).csv;
    assert.deepEqual(csv?.headers, ['name', 'constructor', '__proto__']);
    assert.deepEqual(JSON.parse(JSON.stringify(csv?.mapping)), JSON.parse('{"name":"name","constructor":"","__proto__":""}'));
    // The page sends JSON: "__proto__" arrives as a key (zod's record drops it), "constructor" can be mapped.
    const mapping = JSON.parse('{"name":"name","constructor":"title","__proto__":"notes"}') as Record<string, string>;
    const committed = await dispatch(api, 'import:commit', { staged: staged.id, format: 'csv', csvTemplate: 'people', csvMapping: mapping });
    assert.ok(committed.ok, JSON.stringify(committed));
    assert.deepEqual(network.db.prepare('SELECT name, title, notes FROM person').all(), [{ name: 'Ada', title: 'x', notes: '' }]);
    assert.equal(Object.hasOwn(Object.prototype, 'notes'), false, 'nothing polluted');
  } finally {
    staging.clear();
    network.close();
  }
});
