// A merge accepted on the command line goes through the same gate as the app: it is in the
// app's undo history, and undoing it there brings both people back.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../core/db/connection';
import { emptyBundle } from '../core/import/bundle';
import { writeBundle } from '../core/db/import-write';
import { listMergeCandidates, proposeMerges } from '../core/db/merges';
import { Network } from '../core/network';
import { PreferenceStore } from '../core/preferences';
import { createServices } from '../core/services';
import { run } from './main';

const dir = mkdtempSync(join(tmpdir(), 'maillage-merge-undo-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a merge made with "maillage merges --accept" can be undone in the app', async () => {
  const file = join(dir, 'club.maillage');
  const db = openDatabase(file, { create: true });
  const linkedin = emptyBundle('linkedin');
  linkedin.people.push({ key: 'cd', name: 'Camille Durand', organisation: 'Stripe', handles: [{ kind: 'linkedin', value: 'https://www.linkedin.com/in/camille-durand' }] });
  writeBundle(db, linkedin, { fileName: 'Connections.csv', format: 'linkedin', contentHash: 'li' });
  const x = emptyBundle('x-archive');
  x.people.push({ key: 'cd', name: 'Camille Durand', organisation: 'Stripe', handles: [{ kind: 'x', value: 'camdurand' }] });
  writeBundle(db, x, { fileName: 'twitter.zip', format: 'x-archive', contentHash: 'x' });
  proposeMerges(db);
  const [proposal] = listMergeCandidates(db);
  assert.ok(proposal, 'the two Camilles are proposed as one person');
  db.close();

  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['--db', file, 'merges', '--accept', String(proposal.id)], { out: (l) => out.push(l), err: (l) => err.push(l) });
  assert.equal(code, 0, err.join('\n'));
  assert.match(out[0] ?? '', /^merged \(merge #\d+; undo with --undo\)$/);

  const network = Network.open(file);
  try {
    const api = createServices({ networks: { current: () => network }, preferences: new PreferenceStore(null), emit: () => {} });
    const count = () => (network.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n;
    assert.equal(count(), 1);
    assert.deepEqual(await api['edit:state'](undefined), { undo: 'merge', redo: null });
    await api['edit:undo'](undefined);
    assert.equal(count(), 2, 'both people are back');
  } finally {
    network.close();
  }
});
