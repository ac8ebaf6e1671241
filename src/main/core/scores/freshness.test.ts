// Scores that say how fresh they are: any change to the network marks the latest run stale; a
// rank change compares only with the previous run over the same window and channels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Network } from '../network';
import { PreferenceStore } from '../preferences';
import { createServices } from '../services';

function setup() {
  const network = Network.create(':memory:', { sample: false });
  const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => undefined });
  return { network, api };
}

test('an interaction logged, an undo and an erasure each make the latest run stale; a new run is fresh, even in the same millisecond', async () => {
  const { api } = setup();
  await api['owner:set']({ name: 'Owner' });
  const ana = await api['person:create']({ name: 'Ana', title: 'CMO' });
  await api['interaction:create']({ from: 1, to: ana.id, kind: 'met', at: '2025-03-01' });
  const latest = async () => (await api['scores:runs'](undefined))[0]!;

  await api['scores:run']({});
  assert.equal((await latest()).stale, false);
  await api['interaction:create']({ from: ana.id, to: 1, kind: 'call', at: '2025-04-01' });
  assert.equal((await latest()).stale, true);

  await api['scores:run']({});
  assert.equal((await latest()).stale, false);
  // Notes and roles change no score (rankings by role read the role of the moment): the run stays fresh.
  await api['person:update']({ id: ana.id, patch: { notes: 'met at the forum', role: 'peer' } });
  assert.equal((await latest()).stale, false);
  await api['edit:undo'](undefined);
  assert.equal((await latest()).stale, false, 'undoing a note changes no score either');
  await api['edit:undo'](undefined);
  assert.equal((await latest()).stale, true, 'undoing the call does');

  await api['scores:run']({});
  const bob = await api['person:create']({ name: 'Bob' });
  await api['scores:run']({});
  await api['person:erase'](bob.id);
  assert.equal((await latest()).stale, true);
});

test('rank changes compare a run with the previous run over the same window and channels only', async () => {
  const { api } = setup();
  await api['owner:set']({ name: 'Owner' });
  const a = await api['person:create']({ name: 'A' });
  const b = await api['person:create']({ name: 'B' });
  await api['interaction:create']({ from: 1, to: a.id, kind: 'message', at: '2024-05-01' });
  await api['interaction:create']({ from: b.id, to: a.id, kind: 'message', at: '2025-05-01' });

  const allTime = await api['scores:run']({});
  const year2025 = await api['scores:run']({ from: '2025-01-01', to: '2025-12-31' });
  // The first 2025 run has no 2025 run before it: no rank change against the all-time run.
  assert.equal((await api['rankings:get']({ runId: year2025.id })).previousRunId, null);
  const again2025 = await api['scores:run']({ from: '2025-01-01', to: '2025-12-31' });
  assert.equal((await api['rankings:get']({ runId: again2025.id })).previousRunId, year2025.id);
  const linkedinOnly = await api['scores:run']({ channels: ['linkedin'] });
  assert.equal((await api['rankings:get']({ runId: linkedinOnly.id })).previousRunId, null);
  const allTimeAgain = await api['scores:run']({});
  assert.equal((await api['rankings:get']({ runId: allTimeAgain.id })).previousRunId, allTime.id);
});
