// The FR/EN strings of the shared locales outside React (the Top 30 report, the CLI's reminder
// reasons): i18next's `{{name}}` interpolation and `_one`/`_other` plurals, without i18next.
import { RESOURCES, type Language } from './i18n';
import type { Translate } from './watch-text';

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translator(language: Language): Translate {
  const tree = RESOURCES[language].translation;
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);
  return (key, vars = {}) => {
    const count = vars.count;
    const text = (typeof count === 'number' ? lookup(tree, `${key}_${plural.select(count)}`) ?? lookup(tree, `${key}_other`) : undefined) ?? lookup(tree, key);
    if (text === undefined) throw new Error(`missing ${language} string "${key}"`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
