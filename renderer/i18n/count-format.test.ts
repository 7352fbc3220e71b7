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

  it('writes every quantity a text names so: totals, rows, orders received', async () => {
    await i18next.changeLanguage('en');
    expect(i18next.t('backups.imported', { rows: 50000 })).toContain('Imported 50,000 rows');
    expect(i18next.t('activity.showing', { shown: 500, total: 12345 })).toBe('500 of 12,345 calls');
    await i18next.changeLanguage('de');
    expect(i18next.t('orders.import.summary', { received: 1200, added: 1000, updated: 200, unchanged: 0 })).toMatch(/^1\.200 .*1\.000 /);
  });

  it('leaves every other value as it is', async () => {
    await i18next.changeLanguage('en');
    expect(i18next.t('importNotes.fileLine', { line: 12345 })).toBe('Line 12345 of the file');
    expect(i18next.t('orders.list.open', { orderId: 70001 })).toContain('70001');
  });
});
