// The FR/EN strings as data: every string counting something has its plural forms, both languages
// hold the same keys (French may add gendered variants), and known slips stay out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../shared/locales/en.json';
import fr from '../../shared/locales/fr.json';
import { CSV_TEMPLATE_FIELDS } from '../../shared/imports';
import { IMPORT_REASONS, IMPORT_WARNINGS } from '../../shared/import-reasons';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else flatten(value, path, out);
  }
  return out;
}
const LANGS = { en: flatten(en as Tree), fr: flatten(fr as Tree) };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const CONTEXT = /_(male|female)(?=_|$)/;

test('a string counting something ("{{count}} liens") is a plural form, and every _one has its _other', () => {
  for (const [lang, strings] of Object.entries(LANGS)) {
    for (const [key, value] of Object.entries(strings)) {
      if (/\{\{count\}\}\s+\p{L}/u.test(value)) assert.match(key, PLURAL, `${lang}: "${key}" counts with {{count}} but has no plural forms ("${value}")`);
      if (key.endsWith('_one')) assert.ok(strings[key.replace(/_one$/, '_other')] !== undefined, `${lang}: "${key}" has no _other`);
    }
  }
});

test('English and French hold the same keys; French alone adds gendered variants', () => {
  const base = (key: string) => key.replace(CONTEXT, '');
  const enKeys = new Set(Object.keys(LANGS.en).map(base));
  const frKeys = new Set(Object.keys(LANGS.fr).map(base));
  assert.deepEqual([...enKeys].filter((k) => !frKeys.has(k)), [], 'keys missing in French');
  assert.deepEqual([...frKeys].filter((k) => !enKeys.has(k)), [], 'keys missing in English');
  // A gendered French variant always has its neutral form to fall back on when the gender is unknown.
  for (const key of Object.keys(LANGS.fr).filter((k) => CONTEXT.test(k))) {
    assert.ok(LANGS.fr[key.replace(CONTEXT, '')] !== undefined, `fr: "${key}" has no neutral form`);
  }
});

test('French: no doubled words, no English units, a space before the high punctuation', () => {
  for (const [key, value] of Object.entries(LANGS.fr)) {
    // "vous vous êtes rencontrés" is French; "pas pas encore" is a slip.
    assert.doesNotMatch(value.replace(/\b(nous|vous) \1\b/g, '$1'), /(?<!\p{L})(\p{L}+) \1(?!\p{L})/u, `fr: "${key}" repeats a word ("${value}")`);
    assert.doesNotMatch(value, /\d ?(B|kB|MB)\b/, `fr: "${key}" uses an English unit`);
    assert.doesNotMatch(value, /[\p{L}\d}][:;?!](\s|$)/u, `fr: "${key}" needs a space before : ; ? or ! ("${value}")`);
  }
});

test('every CSV template field has its name in both languages (the column-meaning menu)', () => {
  for (const field of new Set(Object.values(CSV_TEMPLATE_FIELDS).flat())) {
    for (const [lang, strings] of Object.entries(LANGS)) assert.ok(strings[`csvFields.${field}`], `${lang}: csvFields.${field} missing`);
  }
});

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);

/** The strings of a key: itself, or its plural forms when the core gives it a count. */
function forms(strings: Record<string, string>, key: string, params: readonly string[]): string[] {
  if (params.includes('count')) return [strings[`${key}_one`], strings[`${key}_other`]].filter((s): s is string => s !== undefined);
  return strings[key] === undefined ? [] : [strings[key]];
}

for (const [section, table] of [['importReasons', IMPORT_REASONS], ['importWarnings', IMPORT_WARNINGS]] as const) {
  test(`every ${section} key the core can name is said in both languages, with only the parameters the core gives`, () => {
    for (const [lang, strings] of Object.entries(LANGS)) {
      for (const [key, params] of Object.entries(table) as Array<[string, readonly string[]]>) {
        const texts = forms(strings, `${section}.${key}`, params);
        assert.equal(texts.length, params.includes('count') ? 2 : 1, `${lang}: ${section}.${key} missing${params.includes('count') ? ' (its _one and _other forms)' : ''}`);
        for (const name of texts.flatMap(placeholders)) assert.ok(params.includes(name), `${lang}: ${section}.${key} uses {{${name}}}, which the core does not give (${params.join(', ') || 'none'})`);
      }
      const unknown = Object.keys(strings).filter((k) => k.startsWith(`${section}.`) && !Object.hasOwn(table, k.slice(section.length + 1).replace(PLURAL, '')));
      assert.deepEqual(unknown, [], `${lang}: ${section} keys the core never names`);
    }
    // French says every value of the file the English says; only zod's English detail is left out.
    for (const [key, params] of Object.entries(table) as Array<[string, readonly string[]]>) {
      const fr = new Set(forms(LANGS.fr, `${section}.${key}`, params).flatMap(placeholders));
      const missing = forms(LANGS.en, `${section}.${key}`, params).flatMap(placeholders).filter((name) => name !== 'detail' && !fr.has(name));
      assert.deepEqual(missing, [], `fr: ${section}.${key} leaves out ${missing.join(', ')}`);
    }
  });
}
