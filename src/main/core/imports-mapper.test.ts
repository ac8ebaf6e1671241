// The generic CSV import never leaves the user at a dead end: a file whose columns do not fit
// the chosen template yet comes back with its columns to map and the reason, not an error.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { previewImport } from './imports';
import { Network } from './network';

const dir = mkdtempSync(join(tmpdir(), 'maillage-mapper-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('unknown columns, then a template chosen without a mapping: the mapper stays, with the reason', async () => {
  const network = Network.create(':memory:');
  const path = join(dir, 'contacts.csv');
  writeFileSync(path, 'Given,Family,Courriel pro\nAgathe,Bonnet,agathe@example.fr\n');
  const file = { id: '00000000-0000-0000-0000-000000000001', fileName: 'contacts.csv', path, size: 1 };
  const first = await previewImport(network.db, file, {});
  assert.equal(first.csv?.template, null);
  assert.deepEqual(first.csv?.headers, ['Given', 'Family', 'Courriel pro']);
  // The reason the mapper is on screen travels with its key, for the page to say it in French.
  assert.equal(first.warnings[0]?.params?.reasonKey, 'columnsNotRecognised');
  const chosen = await previewImport(network.db, file, { format: 'csv', csvTemplate: 'interactions' });
  assert.equal(chosen.csv?.template, 'interactions');
  assert.deepEqual(chosen.csv?.mapping, { Given: '', Family: '', 'Courriel pro': '' });
  assert.equal(chosen.counts.people, 0);
  assert.match(chosen.warnings[0]?.message ?? '', /contacts\.csv/);
  assert.equal(chosen.warnings[0]?.params?.reasonKey, 'templateNeedsColumns');
  const mapped = await previewImport(network.db, file, { format: 'csv', csvTemplate: 'people', csvMapping: { Given: 'first_name', Family: 'last_name', 'Courriel pro': 'email' } });
  assert.equal(mapped.counts.people, 1);
  network.close();
});

test('a CSV saved as UTF-16 or holding binary is an error at once, not columns to map (mapping cannot fix an encoding)', async () => {
  const network = Network.create(':memory:');
  const cases: Array<[string, Buffer, string, number]> = [
    ['unicode.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name,email\nAlice,alice@example.com\n', 'utf16le')]), 'utf16Csv', 1],
    ['no-bom.csv', Buffer.from('name,email\nAlice,alice@example.com\n', 'utf16le'), 'nulBytes', 1],
    ['binary.csv', Buffer.from('name,email\nAlice,alice@example.com\nBob\u0000,bob@example.com\n'), 'nulBytes', 3],
  ];
  for (const [fileName, bytes, key, line] of cases) {
    const path = join(dir, fileName);
    writeFileSync(path, bytes);
    const file = { id: '00000000-0000-0000-0000-000000000002', fileName, path, size: bytes.length };
    await assert.rejects(previewImport(network.db, file, {}), (error: Error & { params?: Record<string, unknown> }) => {
      assert.equal(error.params?.reasonKey, key, fileName);
      assert.equal(error.params?.line, line, fileName);
      return true;
    });
  }
  network.close();
});
