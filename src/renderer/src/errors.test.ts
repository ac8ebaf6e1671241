// Import errors in the UI's language: the place in the file rebuilt from ImportError's message,
// the envelope's code translated.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { RESOURCES } from '../../shared/i18n';
import { ApiError } from './api/client';
import { errorText, importErrorParts, importErrorText } from './errors';
import { localeFormatter } from './format';

async function translator(lng: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.use(localeFormatter).init({ resources: RESOURCES, lng, fallbackLng: 'en', interpolation: { escapeValue: false, alwaysFormat: true } });
  return instance.t;
}

test('the parts of an ImportError message: file, line, field, reason', () => {
  assert.deepEqual(importErrorParts('broken.csv:line 2: a quoted field is never closed'), { file: 'broken.csv', line: 2, reason: 'a quoted field is never closed' });
  assert.deepEqual(importErrorParts('people.csv:line 1204, field "followers": expected a whole number, got "12k"'), { file: 'people.csv', line: 1204, field: 'followers', reason: 'expected a whole number, got "12k"' });
  assert.deepEqual(importErrorParts('archive.zip: this zip holds no data/tweets.js (is it an X archive?)'), { file: 'archive.zip', reason: 'this zip holds no data/tweets.js (is it an X archive?)' });
  assert.deepEqual(importErrorParts('import:preview failed: graph.gexf:line 9: unexpected end of file'), { file: 'graph.gexf', line: 9, reason: 'unexpected end of file' });
  assert.equal(importErrorParts('An import is already in progress.'), null);
  assert.equal(importErrorParts('Something: not a file'), null);
});

test('French: the place in French words, then the reason', async () => {
  const fr = await translator('fr');
  const error = new ApiError({ code: 'failed', message: 'people.csv:line 1204, field "followers": expected a whole number' });
  assert.equal(importErrorText(fr, error).replace(/\u202f/g, ' '), 'Ce fichier ne peut pas être importé (people.csv, ligne 1 204, champ « followers ») : expected a whole number');
  const en = await translator('en');
  assert.equal(importErrorText(en, error), 'This file cannot be imported (people.csv, line 1,204, field “followers”): expected a whole number');
});

test('other failures: the envelope code translated', async () => {
  const fr = await translator('fr');
  assert.equal(errorText(fr, new ApiError({ code: 'conflict', message: 'An import is already in progress.' })), 'Impossible pour le moment : An import is already in progress.');
  assert.equal(importErrorText(fr, new ApiError({ code: 'not_found', message: 'This file is no longer staged for import: drop it again.' })), 'Introuvable : This file is no longer staged for import: drop it again.');
  assert.equal(errorText(fr, new Error('boom')), 'Une erreur est survenue : boom');
  // A message the page wrote itself is already in the user's language.
  assert.equal(errorText(fr, 'Le nombre d’abonnés doit être un entier.'), 'Le nombre d’abonnés doit être un entier.');
});
