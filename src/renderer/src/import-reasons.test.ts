// Import errors as the Import page says them: the place and the reason both in the user's
// language. The envelopes are the ones the core answers with for real broken files
// (test-support/import-reason-cases.ts, checked against the parsers by import/reasons.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import i18next from 'i18next';
import { RESOURCES } from '../../shared/i18n';
import { IMPORT_REASON_CASES, IMPORT_WARNING_CASES } from '../../../test-support/import-reason-cases';
import type { ImportWarningInfo } from '../../shared/import-reasons';
import { importWarningText } from './api/import-reason';
import { ApiError } from './api/client';
import { errorText, importErrorText, importProblemText } from './errors';
import { localeFormatter } from './format';

async function translator(lng: 'fr' | 'en') {
  const instance = i18next.createInstance();
  await instance.use(localeFormatter).init({ resources: RESOURCES, lng, fallbackLng: 'en', interpolation: { escapeValue: false, alwaysFormat: true } });
  return instance.t;
}

for (const c of IMPORT_REASON_CASES) {
  test(`${c.name}: the whole sentence in French, and in English`, async () => {
    const error = new ApiError(c.envelope);
    assert.equal(importErrorText(await translator('fr'), error), c.fr);
    assert.equal(importErrorText(await translator('en'), error), c.en);
    // A preview that keeps the mapper on screen says its problem the same way.
    assert.equal(importProblemText(await translator('fr'), c.envelope.message, c.envelope.params), c.fr);
  });
}

test('through the generic error path too (errorMessages.importFile), as a toast shows it', async () => {
  const rowTooLong = IMPORT_REASON_CASES.find((c) => c.envelope.params?.reasonKey === 'csvRowTooLong')!;
  assert.equal(
    errorText(await translator('fr'), new ApiError(rowTooLong.envelope)),
    'people.csv:ligne 2 : une ligne dépasse 200\u202f000 caractères (il manque peut-être un guillemet, ou le séparateur n’est pas le bon)',
  );
});

test('a reason without a key (from an older main process), or with a key this build does not know: the English reason', async () => {
  const fr = await translator('fr');
  const unkeyed = new ApiError({ code: 'failed', message: 'archive.zip: no data/account.js', key: 'importFile', params: { file: 'archive.zip', reason: 'no data/account.js' } });
  assert.equal(importErrorText(fr, unkeyed), 'Ce fichier ne peut pas être importé (archive.zip) : no data/account.js');
  const unknown = new ApiError({ code: 'failed', message: 'x.js: boom', key: 'importFile', params: { file: 'x.js', reason: 'boom', reasonKey: 'aReasonNobodyTranslated' } });
  assert.equal(importErrorText(fr, unknown), 'Ce fichier ne peut pas être importé (x.js) : boom');
  // A preview's problem without parameters (an older main process) is its message as is.
  assert.equal(importProblemText(fr, 'the sheet is empty', undefined), 'the sheet is empty');
});

for (const c of IMPORT_WARNING_CASES) {
  test(`${c.name}: the rows passed over, listed in French and in English`, async () => {
    const fr = await translator('fr');
    const en = await translator('en');
    assert.deepEqual(c.warnings.map((w) => importWarningText(fr, w)), c.fr);
    assert.deepEqual(c.warnings.map((w) => importWarningText(en, w)), c.en);
  });
}

test('a counted warning takes its plural form; a warning without a key keeps its English', async () => {
  const fr = await translator('fr');
  const drafts = (count: number) => ({ message: `messages.csv: ${count} draft message(s) passed over`, why: { key: 'draftsPassedOver', params: { file: 'messages.csv', count } } });
  assert.equal(importWarningText(fr, drafts(1)), 'messages.csv : 1 brouillon de message ignoré');
  assert.equal(importWarningText(fr, drafts(1204)), 'messages.csv : 1\u202f204 brouillons de message ignorés');
  assert.equal(importWarningText(await translator('en'), drafts(1)), 'messages.csv: 1 draft message passed over');
  assert.equal(importWarningText(fr, { line: 2, message: 'tweet 1: a retweet of nobody passed over' }), 'ligne 2 : tweet 1: a retweet of nobody passed over');
  assert.equal(importWarningText(fr, { message: 'x', why: { key: 'aWarningNobodyTranslated' } }), 'x');
});

test('a value from the file is shown as written, never read as a translation or a placeholder', async () => {
  const hostile = '$t(importReasons.utf16) {{value}} <img src=x onerror=alert(1)>';
  const error = new ApiError({ code: 'failed', message: 'm', key: 'importFile', params: { file: 'a.csv', reason: 'r', line: 2, reasonKey: 'badEmail', reason_value: hostile } });
  assert.equal(importErrorText(await translator('fr'), error), `Ce fichier ne peut pas être importé (a.csv, ligne 2) : « ${hostile} » n’est pas une adresse e-mail`);
});

test('what the writer passed over while storing (the summary), and what an X file passed over, in French', async () => {
  const fr = await translator('fr');
  // As import-write-warnings.test.ts and x-api-jsonl.test.ts get them from the core.
  const said: ImportWarningInfo[] = [
    { message: '"Camille Durand" matches 2 people; …', why: { key: 'nameMatchesSeveral', params: { name: 'Camille Durand', count: 2 } } },
    { message: 'C. Durand: handles belong to 2 different people (ids 1, 2); …', why: { key: 'handlesOfSeveral', params: { name: 'C. Durand', count: 2, ids: '1, 2' } } },
    { message: 'an interaction of both with themselves was passed over', why: { key: 'selfInteractionOf', params: { person: 'C. Durand' } } },
    { line: 6, message: 'the response reports 3 error(s), …', why: { key: 'responseErrors', params: { count: 3, detail: 'Could not find tweet with referenced_tweets.id: [1750000000000000002].' } } },
    { line: 9, message: 'post … is a quote of post …', why: { key: 'quoteAuthorMissing', params: { post: '1760000000000000009', ref: '99' } } },
    { message: '1204 more warnings not shown', why: { key: 'moreWarnings', params: { count: 1204 } } },
  ];
  assert.deepEqual(said.map((w) => importWarningText(fr, w)), [
    '« Camille Durand » correspond à 2 personnes ; une nouvelle personne a été créée — ajoutez un identifiant pour les distinguer',
    'C. Durand : ses identifiants appartiennent à 2 personnes différentes (n° 1, 2) ; la première a été retenue — vérifiez-les dans les fusions',
    'une interaction de C. Durand avec elle-même a été ignorée',
    'ligne 6 : la réponse signale 3 erreurs, par exemple « Could not find tweet with referenced_tweets.id: [1750000000000000002]. »',
    'ligne 9 : le post 1760000000000000009 cite le post 99, dont l’auteur n’est pas dans le fichier (demandez expansions=referenced_tweets.id à l’API) ; ignoré',
    '1\u202f204 autres avertissements non affichés',
  ]);
});
