import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import './index';

afterEach(() => i18next.changeLanguage('en'));

describe('counts in texts', () => {
  it('are written with the language\'s thousands separator, the plural still chosen by the number', async () => {
    await i18next.changeLanguage('en');
    expect(i18next.t('header.pending', { count: 50000 })).toBe('50,000 changes not yet synced');
    expect(i18next.t('header.pending', { count: 1 })).toBe('1 change not yet synced');
    await i18next.changeLanguage('de');
    expect(i18next.t('header.pending', { count: 50000 })).toMatch(/^50\.000 /);
    await i18next.changeLanguage('fr');
    expect(i18next.t('header.pending', { count: 50000 })).toMatch(/^50\u202f000 /);
  });

  it('leaves every other value as it is', async () => {
    await i18next.changeLanguage('en');
    expect(i18next.t('importNotes.fileLine', { line: 12345 })).toBe('Line 12345 of the file');
  });
});
