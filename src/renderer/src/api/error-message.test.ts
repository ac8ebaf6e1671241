// Errors from main are shown in the reader's language when they carry a key, in English otherwise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { RESOURCES } from '../../../shared/i18n';
import { errorMessage } from './error-message';

async function language(lng: 'fr' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: RESOURCES, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return { t: (key: string, params?: Record<string, unknown>) => i18n.t(key, params ?? {}), exists: (key: string) => i18n.exists(key) };
}

test('an import error is said in French, with its line and field', async () => {
  const { t, exists } = await language('fr');
  const info = { code: 'failed' as const, message: 'contacts.csv:line 3, field "email": expected an email', key: 'importFile', params: { file: 'contacts.csv', reason: 'expected an email', line: 3, field: 'email' } };
  assert.equal(errorMessage(info, t, exists), 'contacts.csv:ligne 3, champ « email » : expected an email');
});

test('a keyed error in English, and an error without a key keeps its message', async () => {
  const { t, exists } = await language('en');
  assert.equal(errorMessage({ code: 'conflict', message: 'Nothing to undo.', key: 'nothingToUndo', params: {} }, t, exists), 'Nothing to undo.');
  assert.equal(errorMessage({ code: 'not_found', message: 'No event #4.', key: 'eventNotFound', params: { id: 4 } }, t, exists), 'No event #4.');
  assert.equal(errorMessage({ code: 'failed', message: 'graph:get failed: disk I/O error' }, t, exists), 'graph:get failed: disk I/O error');
  const fr = await language('fr');
  assert.equal(errorMessage({ code: 'not_found', message: 'No event #4.', key: 'eventNotFound', params: { id: 4 } }, fr.t, fr.exists), 'Aucun événement n° 4.');
});
