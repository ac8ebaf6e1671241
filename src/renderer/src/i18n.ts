// i18next set up once with the shared FR/EN resources.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES, resolveLanguage } from '../../shared/i18n';
import { localeFormatter } from './format';

export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).use(localeFormatter).init({
    resources: RESOURCES,
    lng: resolveLanguage('system', navigator.language),
    fallbackLng: 'en',
    // React escapes; hostile names stay text. Every interpolated number goes through localeFormatter.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  return i18next;
}
