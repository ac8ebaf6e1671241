// The FR/EN strings as data: every string counting something has its plural forms, both languages
// hold the same keys (French may add gendered variants), and known slips stay out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import en from '../../shared/locales/en.json';
import fr from '../../shared/locales/fr.json';
import { CSV_TEMPLATE_FIELDS } from '../../shared/imports';
import { IMPORT_REASONS } from '../../shared/import-reasons';

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

test('every import reason the core can name is said in both languages, with only the parameters the core gives', () => {
  for (const [lang, strings] of Object.entries(LANGS)) {
    for (const [key, params] of Object.entries(IMPORT_REASONS)) {
      const text = strings[`importReasons.${key}`];
      assert.ok(text, `${lang}: importReasons.${key} missing`);
      for (const name of placeholders(text)) assert.ok((params as readonly string[]).includes(name), `${lang}: importReasons.${key} uses {{${name}}}, which the core does not give (${params.join(', ') || 'none'})`);
    }
    const unknown = Object.keys(strings).filter((k) => k.startsWith('importReasons.') && !Object.hasOwn(IMPORT_REASONS, k.slice('importReasons.'.length)));
    assert.deepEqual(unknown, [], `${lang}: reasons the core never names`);
  }
  // French says every value of the file the English says; only zod's English detail is left out.
  for (const key of Object.keys(IMPORT_REASONS)) {
    const fr = new Set(placeholders(LANGS.fr[`importReasons.${key}`] ?? ''));
    const missing = placeholders(LANGS.en[`importReasons.${key}`] ?? '').filter((name) => name !== 'detail' && !fr.has(name));
    assert.deepEqual(missing, [], `fr: importReasons.${key} leaves out ${missing.join(', ')}`);
  }
});
