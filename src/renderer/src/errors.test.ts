// Errors as pages show them, in the UI's language: an import error with its place in the file,
// a keyed error through its key, an error without a key under a translated lead for its code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { RESOURCES } from '../../shared/i18n';
import { ApiError } from './api/client';
import { errorText, importErrorText } from './errors';
import { localeFormatter } from './format';

async function translator(lng: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.use(localeFormatter).init({ resources: RESOURCES, lng, fallbackLng: 'en', interpolation: { escapeValue: false, alwaysFormat: true } });
  return instance.t;
}

const importError = new ApiError({
  code: 'failed',
  message: 'people.csv:line 1204, field "followers": expected a whole number',
  key: 'importFile',
  params: { file: 'people.csv', reason: 'expected a whole number', line: 1204, field: 'followers' },
});

test('an import error: the place in the file in French words, then the reason', async () => {
  const fr = await translator('fr');
  assert.equal(importErrorText(fr, importError).replace(/\u202f/g, ' '), 'Ce fichier ne peut pas être importé (people.csv, ligne 1 204, champ « followers ») : expected a whole number');
  const en = await translator('en');
  assert.equal(importErrorText(en, importError), 'This file cannot be imported (people.csv, line 1,204, field “followers”): expected a whole number');
});

test('a keyed error through its key, in the language of the moment', async () => {
  const busy = new ApiError({ code: 'conflict', message: 'An import is already in progress.', key: 'importBusy', params: {} });
  assert.equal(errorText(await translator('fr'), busy), 'Un import est déjà en cours.');
  assert.equal(importErrorText(await translator('en'), busy), 'An import is already in progress.');
});

test('an error without a key: its code translated, its message kept', async () => {
  const fr = await translator('fr');
  assert.equal(errorText(fr, new ApiError({ code: 'failed', message: 'graph:get failed: disk I/O error' })), 'Une erreur est survenue : graph:get failed: disk I/O error');
  assert.equal(errorText(fr, new ApiError({ code: 'not_found', message: 'No such thing.', key: 'aKeyNobodyTranslated', params: {} })), 'Introuvable : No such thing.');
  assert.equal(errorText(fr, new Error('boom')), 'Une erreur est survenue : boom');
  // A message the page wrote itself is already in the user's language.
  assert.equal(errorText(fr, 'Le nombre d’abonnés doit être un entier.'), 'Le nombre d’abonnés doit être un entier.');
});
