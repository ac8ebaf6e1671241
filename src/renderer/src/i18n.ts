// i18next set up once with the shared FR/EN resources.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES, resolveLanguage } from '../../shared/i18n';

export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: resolveLanguage('system', navigator.language),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; hostile names stay text.
    returnNull: false,
  });
  return i18next;
}
