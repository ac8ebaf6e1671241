// Issue #12: the CSV export's formula guard holds whichever of "," or ";" a spreadsheet splits
// on, and ";" exports (with a BOM, for Excel in French) are offered.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { csvLine } from '../../../shared/csv';
import { openDatabase } from '../db/connection';
import { importFile } from '../import/run';
import { exportCsv } from './csv';

const dir = mkdtempSync(join(tmpdir(), 'maillage-csv-separator-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Cells a spreadsheet would evaluate: starting with =, +, -, @ (numbers are not cells we write as text). */
function formulaCells(text: string, delimiter: ',' | ';'): string[] {
  const rows = parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
  return rows.flat().filter((cell) => /^[=+\-@]/.test(cell) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell));
}

const HOSTILE_PEOPLE = [
  'name,role,organisation,title',
  '"a;=HYPERLINK(""http://evil.example"",""x"")",cmo,"Acme;=1+1","t;@SUM(1)"',
  '"b,=cmd|\' /C calc\'!A0",peer,"Org;+2","x;-3+4"',
  'Plain Name,analyst,Org,Title',
].join('\n');

test('no cell of an export starts a formula when a spreadsheet splits it on "," or on ";"', async () => {
  const path = join(dir, 'hostile.csv');
  writeFileSync(path, `${HOSTILE_PEOPLE}\n`);
  const db = openDatabase(':memory:', { create: true });
  await importFile(db, 'csv', path);
  for (const separator of [',', ';'] as const) {
    const text = exportCsv(db, separator);
    assert.deepEqual(formulaCells(text, ','), [], `written with "${separator}", read with ","`);
    assert.deepEqual(formulaCells(text, ';'), [], `written with "${separator}", read with ";"`);
  }
  // And the data survives: read with its own separator, the names are intact.
  const names = (parse(exportCsv(db, ';').replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Array<{ name: string }>).map((r) => r.name);
  assert.deepEqual(names.sort(), ['Plain Name', 'a;\'=HYPERLINK("http://evil.example","x")', 'b,\'=cmd|\' /C calc\'!A0'].sort());
  db.close();
});

test('csvLine quotes cells holding either separator', () => {
  assert.equal(csvLine(['a;=1+1', 'b,c', 'd', '=e', 1.5, -2]), '"a;\'=1+1","b,c",d,\'=e,1.5,-2');
  assert.equal(csvLine(['a;b', 'c', 'x, -y', 'Dupont, Martin'], ';'), '"a;b";c;"x, \'-y";"Dupont, Martin"');
});

test('maillage export csv --separator ";" writes a semicolon CSV with a BOM', () => {
  const file = join(dir, 'net.maillage');
  const path = join(dir, 'hostile2.csv');
  writeFileSync(path, `${HOSTILE_PEOPLE}\n`);
  const run = (...args: string[]) => spawnSync(process.execPath, ['bin/maillage.mjs', '--db', file, ...args], { encoding: 'utf8', env: { ...process.env, MAILLAGE_DATA_DIR: dir } });
  assert.equal(run('import', 'csv', path).status, 0);
  const target = join(dir, 'excel-fr.csv');
  const result = run('export', 'csv', target, '--separator', ';');
  assert.equal(result.status, 0, result.stderr);
  const text = readFileSync(target, 'utf8');
  assert.ok(text.startsWith('\uFEFFid;name;role;organisation;'));
  assert.deepEqual(formulaCells(text, ';'), []);
  assert.equal(run('export', 'json', join(dir, 'x.json'), '--separator', ';').stderr.trim(), 'maillage: --separator applies to csv exports only');
  assert.equal(run('export', 'csv', join(dir, 'x.csv'), '--separator', '|').stderr.trim(), 'maillage: --separator: expected "," or ";", got "|"');
});
