// What the writer passes over or guesses at while storing an import reaches the Import page's
// summary in English (the CLI) and by its key (the page says it in the user's language).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from './connection';
import { emptyBundle } from '../import/bundle';
import { writeBundle } from './import-write';

test('a name that matches two people, handles of two people, an interaction with oneself: each warning in English and by its key', () => {
  const db = openDatabase(':memory:', { create: true });
  const first = emptyBundle('csv');
  first.people.push({ key: 'c1', name: 'Camille Durand', handles: [{ kind: 'email', value: 'camille@acme.fr' }] });
  first.people.push({ key: 'c2', name: 'Camille Durand', handles: [{ kind: 'x', value: 'camilled' }] });
  writeBundle(db, first, { fileName: 'people.csv', format: 'csv', contentHash: 'w1' });
  const ids = db.prepare('SELECT id FROM person ORDER BY id').pluck().all() as number[];

  const second = emptyBundle('csv');
  second.people.push({ key: 'named', name: 'Camille Durand', handles: [] });
  second.people.push({ key: 'both', name: 'C. Durand', handles: [{ kind: 'email', value: 'camille@acme.fr' }, { kind: 'x', value: 'camilled' }] });
  second.interactions.push({ from: 'both', to: 'both', kind: 'met', channel: 'in_person', at: '2025-06-12' });
  const summary = writeBundle(db, second, { fileName: 'interactions.csv', format: 'csv', contentHash: 'w2' });
  assert.deepEqual(summary.warnings, [
    {
      message: '"Camille Durand" matches 2 people; a new person was created — add a handle to disambiguate',
      why: { key: 'nameMatchesSeveral', params: { name: 'Camille Durand', count: 2 } },
    },
    {
      message: `C. Durand: handles belong to 2 different people (ids ${ids.join(', ')}); the first was used — review them in merges`,
      why: { key: 'handlesOfSeveral', params: { name: 'C. Durand', count: 2, ids: ids.join(', ') } },
    },
    { message: 'an interaction of both with themselves was passed over', why: { key: 'selfInteractionOf', params: { person: 'C. Durand' } } },
  ]);
});
