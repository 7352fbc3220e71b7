// Prints, per language, the text keys English has that the language lacks (and the ones it has in excess), so the
// areas added in English (en.<area>.json) can be translated before a release. Exits with 1 when anything is missing.
// Usage: npx tsx scripts/missing-translations.ts [language...]   (every language the picker offers when none is given)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UI_LANGUAGES } from '../shared/contract/preferences-calls';
import { compareKeySets, describeReport, isComplete } from '../renderer/i18n/key-sets';
import { mergeTexts, type Texts } from '../renderer/i18n/locales/merge-texts';
import { GENERATED_AREAS, GENERATED_ENGLISH } from '../shared/messages/generated-english';

const LOCALES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer', 'i18n', 'locales');
const FILE_NAME = /^([a-z]{2})(?:\.([\w-]+))?\.json$/;

/** Every language's texts merged from its files, as the renderer does, and which area files each language has. */
function readLocales(): { texts: Map<string, Texts>; areas: Map<string, Set<string>> } {
  const texts = new Map<string, Texts>();
  const areas = new Map<string, Set<string>>();
  for (const file of fs.readdirSync(LOCALES_DIR).sort()) {
    const match = FILE_NAME.exec(file);
    if (!match?.[1]) continue;
    const language = match[1];
    const parsed = JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, file), 'utf8')) as Texts;
    texts.set(language, mergeTexts(texts.get(language) ?? {}, parsed));
    const languageAreas = areas.get(language) ?? new Set<string>();
    languageAreas.add(match[2] ?? '(core)');
    areas.set(language, languageAreas);
  }
  // Some of English lives beside the code (shared/messages/generated-english.ts), as the renderer merges it.
  texts.set('en', mergeTexts(texts.get('en') ?? {}, GENERATED_ENGLISH));
  for (const area of GENERATED_AREAS) areas.get('en')?.add(area);
  return { texts, areas };
}

function main(only: string[]): number {
  const { texts, areas } = readLocales();
  const english = texts.get('en');
  if (!english) throw new Error(`No en.json in ${LOCALES_DIR}.`);
  const wanted = only.length ? only : [...new Set([...UI_LANGUAGES, ...texts.keys()])].filter((language) => language !== 'en');
  const languages = wanted.filter((language) => texts.has(language));
  let incomplete = 0;
  for (const language of languages) {
    const report = compareKeySets(english, language, texts.get(language) ?? {});
    const untranslatedAreas = [...(areas.get('en') ?? [])].filter((area) => !areas.get(language)?.has(area));
    console.log(describeReport(report));
    if (untranslatedAreas.length) console.log(`  area files not yet translated: ${untranslatedAreas.map((area) => (area === '(core)' ? `${language}.json` : `${language}.${area}.json`)).join(', ')}`);
    if (!isComplete(report)) incomplete += 1;
  }
  for (const language of wanted.filter((language) => !texts.has(language))) {
    console.log(`${language}:\n  no locale file yet (${language}.json)`);
    incomplete += 1;
  }
  console.log(incomplete ? `\n${incomplete} language(s) incomplete.` : '\nEvery language is complete.');
  return incomplete ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
