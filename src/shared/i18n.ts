// The UI's two languages. Both hosts and the menus read the same strings.
import en from './locales/en.json';
import fr from './locales/fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RESOURCES = { en: { translation: en }, fr: { translation: fr } } as const;

/** "system" follows the OS locale: French for any fr-* locale, English otherwise. */
export function resolveLanguage(preference: Language | 'system', systemLocale: string): Language {
  if (preference !== 'system') return preference;
  return systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
