// Settings' list of listings not managed by Refurb Desk shows each listing's title in the merchant's language, where a
// market of that language holds one: a German merchant reads « 128 GB - Mitternacht », not the French market's title.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountSummary, UnmanagedListing } from '../../../../shared/account';
import i18next from '../../../i18n';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { ExistingAccountSection } from './ExistingAccountSection';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const summary: AccountSummary = {
  markets: [{ country: 'fr-fr', onBackMarket: 2, matched: 0, notInCatalogue: 2, readAt: '2026-12-06T09:00:00.000Z' }],
  unmanagedSkus: 2,
  offersToReview: 0,
  fieldsToReview: 0,
  read: { running: false, country: null, page: 0, pages: 0, marketsDone: 1, markets: 1, listings: 2, outcome: 'finished', startedAt: null, finishedAt: null, message: '' },
};

const market = (country: string, title: string) => ({ country, price: '499.00', currency: 'EUR', publicationState: 2, title });
const rows: UnmanagedListing[] = [
  // Back Market's home-market title first, as main gives it; Germany holds its own.
  { sku: 'IP13-MID', title: 'iPhone 13 128 Go - Minuit - Débloqué', grade: 'GOOD', quantity: 1, productId: 'p-13', markets: [market('fr-fr', 'iPhone 13 128 Go - Minuit - Débloqué'), market('de-de', 'iPhone 13 128 GB - Mitternacht - Ohne Vertrag')] },
  // Only France holds this one: its title is the only one there is.
  { sku: 'PX6A', title: 'Pixel 6a 128 Go - Charbon', grade: 'EXCELLENT', quantity: 2, productId: 'p-6', markets: [market('fr-fr', 'Pixel 6a 128 Go - Charbon')] },
];

async function titles(language: string): Promise<string[]> {
  await i18next.changeLanguage(language);
  renderWithApi(<ExistingAccountSection />, createFakeApi({ 'account:summary': () => summary, 'account:unmanaged': () => ({ total: 2, rows }) }).api);
  const list = await screen.findByTestId('account-unmanaged');
  await waitFor(() => expect(list.querySelector('[data-sku="PX6A"]')).not.toBeNull());
  return ['IP13-MID', 'PX6A'].map((sku) => list.querySelector(`[data-sku="${sku}"] td:nth-child(2)`)?.textContent ?? '');
}

describe('the titles of the listings not managed', () => {
  it('are the German market’s for a German merchant, the only one there is otherwise', async () => {
    expect(await titles('de')).toEqual(['iPhone 13 128 GB - Mitternacht - Ohne Vertrag', 'Pixel 6a 128 Go - Charbon']);
  });

  it('are the French market’s for a French merchant', async () => {
    expect(await titles('fr')).toEqual(['iPhone 13 128 Go - Minuit - Débloqué', 'Pixel 6a 128 Go - Charbon']);
  });
});
