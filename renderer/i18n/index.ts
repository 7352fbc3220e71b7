// Sets up i18next for the renderer: every text the merchant reads comes from locales/*.json through it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LOCALES, pickLanguage, SUPPORTED_LANGUAGES } from './locales';

const resources = Object.fromEntries(Object.entries(LOCALES).map(([language, translation]) => ([language, { translation }])));

const preferred = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];

void i18next.use(initReactI18next).init({
  resources,
  lng: pickLanguage(preferred),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES,
  // Resources are bundled, so init is synchronous and the first render already has its texts.
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
