// No string is left untranslated: every language has exactly English's keys (plural forms by their base key, plus
// the forms its own plural rules need), keeps every {{placeholder}} and has no empty text.
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/contract/preferences-calls';
import { compareKeySets, describeReport, isComplete } from './key-sets';
import { DEFAULT_LANGUAGE, LOCALES, SUPPORTED_LANGUAGES } from './locales';

const english = LOCALES[DEFAULT_LANGUAGE] ?? {};
const translations = UI_LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);

describe('the key sets of every language', () => {
  it('ships exactly the languages the language picker offers', () => {
    expect(SUPPORTED_LANGUAGES).toEqual([...UI_LANGUAGES].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b))));
  });

  it.each(translations)('%s has every key of English, with its placeholders, and nothing else', (language) => {
    const texts = LOCALES[language];
    if (!texts) throw new Error(`${language}: no locale file (renderer/i18n/locales/${language}.json is missing).`);
    const report = compareKeySets(english, language, texts);
    if (!isComplete(report)) throw new Error(`${describeReport(report)}\nRun npx tsx scripts/missing-translations.ts to see every language.`);
  });

  it('names the language and the keys when a translation falls behind', () => {
    const report = compareKeySets(
      { orders: { title: 'Orders', count_one: '{{count}} order', count_other: '{{count}} orders', due: 'Due {{date}}' } },
      'fr',
      { orders: { count_one: '{{count}} commande', count_other: 'commandes', due: '' }, stray: 'x' },
    );
    expect(isComplete(report)).toBe(false);
    expect(report.missing).toEqual(['orders.title']);
    expect(report.extra).toEqual(['stray']);
    expect(report.missingPluralForms).toEqual(['orders.count_many']);
    expect(report.missingPlaceholders).toEqual(['orders.count_other: {{count}}', 'orders.due: {{date}}']);
    expect(report.empty).toEqual(['orders.due']);
    expect(describeReport(report)).toMatch(/^fr:\n {2}missing keys \(1\):\n {4}orders\.title/);
  });
});
