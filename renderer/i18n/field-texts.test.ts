// Back Market's field help quotes the rules' numbers (at most 200 characters, at least 12 months): the English comes
// from shared/mapping.ts, so a rule that changes there must not leave an older number in a translation.
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/contract/preferences-calls';
import { ENGLISH_FIELD_TEXTS } from '../../shared/messages/field-texts';
import { LOCALES } from './locales';

const numbersOf = (text: string) => (text.match(/\d+/g) ?? []).sort();

describe("Back Market's field names and help", () => {
  it.each(UI_LANGUAGES.filter((language) => language !== 'en'))('%s quotes the same numbers as English', (language) => {
    const texts = (LOCALES[language]?.bmFields ?? {}) as Record<string, { label?: string; hint?: string }>;
    const stale: string[] = [];
    for (const [field, english] of Object.entries(ENGLISH_FIELD_TEXTS)) {
      for (const part of ['label', 'hint'] as const) {
        const translated = texts[field]?.[part];
        if (translated === undefined) stale.push(`bmFields.${field}.${part}: missing in ${language}.bmfields.json`);
        else if (numbersOf(translated).join() !== numbersOf(english[part]).join()) stale.push(`bmFields.${field}.${part}: "${translated}" should quote ${numbersOf(english[part]).join(', ') || 'no number'}`);
      }
    }
    expect(stale).toEqual([]);
  });
});
