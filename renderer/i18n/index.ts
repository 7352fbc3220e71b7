// Sets up i18next for the renderer: every text the merchant reads comes from locales/*.json through it.
// It starts in the system's language; the merchant's stored choice (StoredLanguage) replaces it once main answers.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { countFormatter } from './count-format';
import { systemLanguage } from './language';
import { DEFAULT_LANGUAGE, LOCALES, SUPPORTED_LANGUAGES } from './locales';

const resources = Object.fromEntries(Object.entries(LOCALES).map(([language, translation]) => ([language, { translation }])));

/** Screen readers and the browser's hyphenation and spell-check read <html lang>: it follows the UI's language. */
function markDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
i18next.on('languageChanged', markDocumentLanguage);

void i18next.use(initReactI18next).use(countFormatter).init({
  resources,
  lng: systemLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: SUPPORTED_LANGUAGES,
  // Resources are bundled, so init is synchronous and the first render already has its texts.
  initAsync: false,
  interpolation: { escapeValue: false, alwaysFormat: true },
  returnNull: false,
});

export default i18next;
