// The languages the app ships: add a locales/<code>.json with the same keys as en.json and list it here.
import en from './en.json';

export const LOCALES = { en } as const;
export type Language = keyof typeof LOCALES;
export const DEFAULT_LANGUAGE: Language = 'en';
/** Planned next: fr, de, es, it, nl — the Back Market markets the merchants sell in. */
export const SUPPORTED_LANGUAGES = Object.keys(LOCALES) as Language[];

/** The first of the system's preferred languages we have, by its primary subtag (fr-BE → fr). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = SUPPORTED_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
