// The languages the app ships. Each language's texts are split by area so each area's strings live beside each other:
// locales/<language>.json holds the core, locales/<language>.<area>.json one area each (orders, sync, dashboard...).
// Every language the Settings picker offers has every key English has (i18n/key-sets.test.ts checks it; a missing
// text falls back to English meanwhile); npx tsx scripts/missing-translations.ts lists what is left to translate.
import { GENERATED_ENGLISH } from '../../../shared/messages/generated-english';
import { mergeTexts, type Texts } from './merge-texts';

const files = import.meta.glob<Texts>('./*.json', { eager: true, import: 'default' });

/** Every language's texts, its area files merged into one tree. */
function collect(): Record<string, Texts> {
  const byLanguage: Record<string, Texts> = {};
  for (const [path, texts] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const language = /^\.\/([a-z]{2})(?:\.[\w-]+)?\.json$/.exec(path)?.[1];
    if (!language) continue;
    byLanguage[language] = mergeTexts(byLanguage[language] ?? {}, texts);
  }
  // The English of the messages main sends and of Back Market's field names lives beside the code (shared/messages),
  // so main and the renderer share one source; the other languages translate it in <language>.messages.json and
  // <language>.bmfields.json.
  byLanguage.en = mergeTexts(byLanguage.en ?? {}, GENERATED_ENGLISH);
  return byLanguage;
}

export const LOCALES = collect();
export type Language = string;
export const DEFAULT_LANGUAGE: Language = 'en';
export const SUPPORTED_LANGUAGES = Object.keys(LOCALES).sort((a, b) => (a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b)));

/** The first of the system's preferred languages we have, by its primary subtag (fr-BE → fr). */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = SUPPORTED_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}
