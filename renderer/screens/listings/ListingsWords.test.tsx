// The Listings screen in French and German: one way of writing a date and time per language (the grid's last sync as
// every sentence writes it), and counts that agree in number with the word after them (« 1 jamais synchronisé »).
import { screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFor } from '../../i18n/format';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { ListingsScreen } from './ListingsScreen';
import { useListingsStore } from './listings-store';
import { fakeListings, listingRow, summaryOf } from './listings-test-data';

const SYNCED_AT = '2026-12-06T10:30:00.000Z';

function setup(rows = [listingRow(1, 'fr-fr', { lastSyncAt: SYNCED_AT })]) {
  renderWithApi(<ListingsScreen initialRect={{ width: 1400, height: 600 }} />, createFakeApi({ 'listings:list': fakeListings(rows), 'listings:summary': () => summaryOf(rows) }).api);
}
const cellOf = async (column: string) => {
  await waitFor(() => expect(document.querySelector('[role="row"][data-sku="P-0001"]')).not.toBeNull());
  return (document.querySelector('[role="row"][data-sku="P-0001"]') as HTMLElement).querySelector(`[data-column="${column}"]`)?.textContent;
};

afterEach(async () => {
  useListingsStore.getState().reset();
  await i18next.changeLanguage('en');
});

describe('dates on the Listings screen', () => {
  it('writes the last sync in French as every French sentence does (« 6 déc. 2026, 10:30 »), not « 06/12/2026 10:30 »', async () => {
    await i18next.changeLanguage('fr');
    setup();
    const written = await cellOf('lastSync');
    expect(written).toBe(formatFor('fr').date(SYNCED_AT));
    expect(written).toMatch(/^6 déc\. 2026, \d{2}:\d{2}$/);
  });

  it('writes it in German with the year in full (« 06.12.2026, 10:30 »), as the German sentences do', async () => {
    await i18next.changeLanguage('de');
    setup();
    const written = await cellOf('lastSync');
    expect(written).toBe(formatFor('de').date(SYNCED_AT));
    expect(written).toMatch(/^06\.12\.2026, \d{2}:\d{2}$/);
  });
});

describe('the summary bar’s counts', () => {
  it('say « 1 jamais synchronisé » and « 2 jamais synchronisés » in French', async () => {
    await i18next.changeLanguage('fr');
    const notSent = (id: number, country: string) => listingRow(id, country, { status: 'not-sent', publicationState: null, listingId: null, lastSyncAt: null });
    setup([notSent(1, 'fr-fr'), notSent(1, 'de-de'), notSent(2, 'de-de')]);
    const summary = await screen.findByTestId('listings-summary');
    await waitFor(() => expect(summary.querySelector('[data-country="fr-fr"] [data-standing="not-sent"]')?.textContent).toBe('1 jamais synchronisé'));
    expect(summary.querySelector('[data-country="de-de"] [data-standing="not-sent"]')?.textContent).toBe('2 jamais synchronisés');
  });
});
