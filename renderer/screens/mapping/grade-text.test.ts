// The condition value map names Back Market's grades in the merchant's language, keeping Back Market's older names
// (Gold, Silver…) as Back Market spells them.
import { afterEach, describe, expect, it } from 'vitest';
import i18next from '../../i18n';
import { gradeText } from './grade-text';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('a grade in the condition value map', () => {
  it('reads in French, then in German, with the older name and state number', async () => {
    await i18next.changeLanguage('fr');
    expect(gradeText(i18next.t, 'GOOD')).toBe('Bon (Silver, état 2)');
    expect(gradeText(i18next.t, 'VERY_GOOD')).toBe('Très bon (Gold, état 1)');
    await i18next.changeLanguage('de');
    expect(gradeText(i18next.t, 'VERY_GOOD')).toBe('Sehr gut (Gold, Zustand 1)');
  });

  it('leaves a value that is no grade as it came', () => {
    expect(gradeText(i18next.t, 'Worn')).toBe('Worn');
  });
});
