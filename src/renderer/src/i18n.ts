// i18next set up once with the shared FR/EN resources.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES, resolveLanguage } from '../../shared/i18n';

/** Strings only the renderer shows, merged into the shared FR/EN resources. */
const RENDERER_STRINGS = {
  en: { network: { preparing: 'Preparing the interactive view…' } },
  fr: { network: { preparing: 'Préparation de la vue interactive…' } },
} as const;

export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: resolveLanguage('system', navigator.language),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; hostile names stay text.
    returnNull: false,
  });
  for (const [language, strings] of Object.entries(RENDERER_STRINGS)) i18next.addResourceBundle(language, 'translation', strings, true, false);
  return i18next;
}
