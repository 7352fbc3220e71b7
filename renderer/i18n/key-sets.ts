// Compares a language's texts with English's: which keys it lacks or has in excess, which {{placeholders}} it drops,
// which values are empty and which plural forms its own plural rules need. Pure, so the key-set test and
// scripts/missing-translations.ts share it.
import type { Texts } from './locales/merge-texts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a texts tree as its dotted key and value. */
export function flattenTexts(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [leaf, text] of flattenTexts(value, path)) flat.set(leaf, text);
  }
  return flat;
}

/** A plural form's key without its suffix (catalogue.matching_other → catalogue.matching); other keys unchanged. */
export const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');
const pluralCategory = (key: string): string | undefined => PLURAL_SUFFIX.exec(key)?.[1];

/** The {{placeholders}} of a text, by name (formats such as {{count, number}} count by their name). */
export function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(/{{\s*([\w.-]+)[^}]*}}/g)].map((match) => match[1] ?? ''));
}

export interface KeySetReport {
  language: string;
  /** Keys English has and this language lacks (plural keys by their base key). */
  missing: string[];
  /** Keys this language has and English does not. */
  extra: string[];
  /** Plural keys lacking a form this language's plural rules use (e.g. French _many). */
  missingPluralForms: string[];
  /** Keys whose translation drops one of English's placeholders, as "key: {{name}}". */
  missingPlaceholders: string[];
  /** Keys whose translation is empty. */
  empty: string[];
}

export function compareKeySets(english: Texts, language: string, texts: Texts): KeySetReport {
  const source = flattenTexts(english);
  const target = flattenTexts(texts);
  const sourceBases = new Set([...source.keys()].map(baseKey));
  const targetBases = new Set([...target.keys()].map(baseKey));
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  const missing = [...sourceBases].filter((key) => !targetBases.has(key));
  const extra = [...targetBases].filter((key) => !sourceBases.has(key));

  const pluralBases = new Set([...source.keys()].filter((key) => pluralCategory(key)).map(baseKey));
  const missingPluralForms = [...pluralBases]
    .filter((base) => targetBases.has(base))
    .flatMap((base) => categories.filter((category) => !target.has(`${base}_${category}`)).map((category) => `${base}_${category}`));

  const missingPlaceholders: string[] = [];
  for (const [key, translation] of target) {
    // A plural form answers to English's form of the same category, or to English's _other (French _many, say).
    const category = pluralCategory(key);
    const english = source.get(key) ?? (category ? source.get(`${baseKey(key)}_other`) : undefined);
    if (english === undefined) continue;
    const has = placeholdersOf(translation);
    for (const name of placeholdersOf(english)) if (!has.has(name)) missingPlaceholders.push(`${key}: {{${name}}}`);
  }
  const empty = [...target].filter(([, text]) => text.trim() === '').map(([key]) => key);

  return { language, missing, extra, missingPluralForms: unique(missingPluralForms), missingPlaceholders: unique(missingPlaceholders), empty };
}

const unique = (values: string[]) => [...new Set(values)];

export const isComplete = (report: KeySetReport): boolean =>
  report.missing.length + report.extra.length + report.missingPluralForms.length + report.missingPlaceholders.length + report.empty.length === 0;

/** The report as lines a developer reads: the language, then what is wrong with it. */
export function describeReport(report: KeySetReport): string {
  const lines = [`${report.language}:`];
  const section = (title: string, keys: string[]) => {
    if (keys.length) lines.push(`  ${title} (${keys.length}):`, ...keys.map((key) => `    ${key}`));
  };
  section('missing keys', report.missing);
  section('extra keys', report.extra);
  section('missing plural forms', report.missingPluralForms);
  section('missing placeholders', report.missingPlaceholders);
  section('empty values', report.empty);
  if (lines.length === 1) lines.push('  complete');
  return lines.join('\n');
}
