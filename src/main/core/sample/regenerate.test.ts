// Issue #12 item 3: only an untouched sample can be regenerated; one import, edit or merge makes
// the network the user's, and regenerating it is refused with everything kept.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { dispatch } from '../dispatch';
import { commitImport, removeImport } from '../imports';
import { Network } from '../network';
import { PreferenceStore } from '../preferences';
import { createServices } from '../services';

const dir = mkdtempSync(join(tmpdir(), 'maillage-regenerate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function sampleNetwork(name: string) {
  const network = Network.create(join(dir, name), { sample: { seed: 5, people: 40, interactions: 80 } });
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {} });
  return { network, api };
}

const REFUSAL = 'Only an untouched sample network can be regenerated; this one holds imports or edits, so it is yours and is never regenerated.';

async function importPeople(network: Network, rows: number): Promise<void> {
  const path = join(dir, `people-${rows}.csv`);
  writeFileSync(path, `name,organisation\n${Array.from({ length: rows }, (_, i) => `Imported Person ${i},Org ${i % 7}`).join('\n')}\n`);
  await commitImport(network.db, { id: 't', fileName: `people-${rows}.csv`, path, size: 1 }, { format: 'csv' });
}

test('an untouched sample is regenerated', async () => {
  const { network, api } = sampleNetwork('untouched.maillage');
  assert.equal(network.isSample(), true);
  const info = await api['sample:regenerate']({ seed: 9 });
  assert.equal(info.isSample, true);
  assert.equal(info.counts.people, 300);
  network.close();
});

test('after an import the sample is the user\'s network: regenerating is refused and nothing is lost', async () => {
  const { network, api } = sampleNetwork('imported.maillage');
  await importPeople(network, 500);
  assert.equal(network.isSample(), false);
  assert.equal((await api['network:info'](undefined)).isSample, false);
  const refused = await dispatch(api, 'sample:regenerate', { seed: 9 });
  assert.deepEqual(refused, { ok: false, error: { code: 'conflict', message: REFUSAL, key: 'notSample', params: {} } });
  assert.equal(network.info().counts.people, 540);
  // Removing the import does not turn it back into "the sample": it stays the user's for good.
  removeImport(network.db, 1);
  assert.equal(network.info().counts.people, 40);
  assert.equal(network.isSample(), false);
  network.close();
  const reopened = Network.open(join(dir, 'imported.maillage'));
  assert.equal(reopened.isSample(), false);
  reopened.close();
});

test('after an edit the sample is the user\'s network, even once the edit is undone', async () => {
  const { network, api } = sampleNetwork('edited.maillage');
  await api['person:update']({ id: 2, patch: { name: 'Renamed By The User' } });
  assert.equal(network.isSample(), false);
  await api['edit:undo'](undefined);
  const refused = await dispatch(api, 'sample:regenerate', { seed: 9 });
  assert.equal(!refused.ok && refused.error.message, REFUSAL);
  assert.equal(network.info().counts.people, 40);
  network.close();
});

test('a file touched before this fix (sample mark still there, an import recorded) is the user\'s', async () => {
  const { network, api } = sampleNetwork('legacy.maillage');
  await importPeople(network, 20);
  // What older versions left: the sample mark kept after an import.
  network.db.prepare("INSERT OR REPLACE INTO network_setting (key, value) VALUES ('sample_seed', '5')").run();
  assert.equal(network.isSample(), false);
  const refused = await dispatch(api, 'sample:regenerate', { seed: 1 });
  assert.equal(refused.ok, false);
  assert.equal(network.info().counts.people, 60);
  network.close();
});
