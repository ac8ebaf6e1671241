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
  const chosen = await previewImport(network.db, file, { format: 'csv', csvTemplate: 'interactions' });
  assert.equal(chosen.csv?.template, 'interactions');
  assert.deepEqual(chosen.csv?.mapping, { Given: '', Family: '', 'Courriel pro': '' });
  assert.equal(chosen.counts.people, 0);
  assert.match(chosen.warnings[0]?.message ?? '', /contacts\.csv/);
  const mapped = await previewImport(network.db, file, { format: 'csv', csvTemplate: 'people', csvMapping: { Given: 'first_name', Family: 'last_name', 'Courriel pro': 'email' } });
  assert.equal(mapped.counts.people, 1);
  network.close();
});
