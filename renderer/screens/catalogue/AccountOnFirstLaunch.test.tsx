// Right after connecting an existing Back Market account, as a French merchant meets it: the header and the empty
// catalogue say the account's listings are being read (never "All changes synced" meanwhile); once read, the catalogue
// says how many SKUs are not in it, per market, and leads to Settings › Existing account to import them or leave them.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountReadState, AccountSummary } from '../../../shared/account';
import { NOTHING_DIFFERS } from '../../../shared/offer-status';
import { App } from '../../App';
import { createQueryClient } from '../../api/queries';
import i18next from '../../i18n';
import { useAccountReadStore } from '../../store/account-read-store';
import { connectionStatus } from '../../test/connection';
import { createFakeApi } from '../../test/fake-api';
import { fakeList } from '../../test/products';

const STARTED = '2026-12-06T08:00:00.000Z';
const IDLE: AccountReadState = { running: false, country: null, page: 0, pages: 0, marketsDone: 0, markets: 3, listings: 0, outcome: null, startedAt: STARTED, finishedAt: null, message: '' };

afterEach(async () => {
  useAccountReadStore.getState().reset();
  window.location.hash = '';
  await i18next.changeLanguage('en');
});

describe('the first launch after connecting an existing account', () => {
  it('says the listings are being read, then how many are not in the catalogue, with the way to Settings', async () => {
    let summary: AccountSummary = {
      markets: ['fr-fr', 'fr-be', 'de-de'].map((country) => ({ country, onBackMarket: 0, matched: 0, notInCatalogue: 0, readAt: null })),
      unmanagedSkus: 0,
      offersToReview: 0,
      fieldsToReview: 0,
      read: { ...IDLE, running: true, country: 'fr-fr', page: 3, pages: 7, listings: 150 },
    };
    const fake = createFakeApi({
      'connection:status': () => connectionStatus({ mode: 'account', sandbox: undefined }),
      'backup:status': () => ({ state: 'ok', mode: 'account', file: '/data/refurb-desk.sqlite' }),
      'preferences:get': () => ({ language: 'fr' }),
      'sync:state': () => ({ running: null, lastRun: null, pendingChanges: 0, openTasks: 0, truth: NOTHING_DIFFERS }),
      'catalogue:list': fakeList([]),
      'catalogue:facets': () => ({ categories: [], brands: [], conditions: [], total: 0, pending: 0 }),
      'account:summary': () => summary,
    });
    window.location.hash = '#/catalogue';
    render(<App api={fake.api} queryClient={createQueryClient()} />);

    const header = await screen.findByTestId('account-read-status');
    await waitFor(() => expect(header.textContent).toBe('Lecture de vos annonces Back Market… 150 lues'));
    expect(within(header).getByRole('link', { name: 'Lecture de vos annonces Back Market… 150 lues' }).getAttribute('href')).toBe('#/settings?section=existing-account');
    const empty = await screen.findByTestId('catalogue-empty');
    await waitFor(() => expect(empty.getAttribute('data-account')).toBe('reading'));
    expect(within(empty).getByRole('status').textContent).toBe('Lecture de vos annonces Back Market… 150 lues');
    // Nothing is known of what Back Market holds yet: the pill does not say everything is synced.
    expect(screen.queryByText('Toutes les modifications sont synchronisées')).toBeNull();

    act(() => fake.emit('account:progress', { ...summary.read, country: 'de-de', page: 5, marketsDone: 2, listings: 851 }));
    await waitFor(() => expect(header.textContent).toBe('Lecture de vos annonces Back Market… 851 lues'));

    const readAt = '2026-12-06T08:02:00.000Z';
    summary = {
      markets: [
        { country: 'fr-fr', onBackMarket: 302, matched: 30, notInCatalogue: 272, readAt },
        { country: 'fr-be', onBackMarket: 1, matched: 0, notInCatalogue: 1, readAt },
        { country: 'de-de', onBackMarket: 300, matched: 28, notInCatalogue: 272, readAt },
      ],
      unmanagedSkus: 273,
      offersToReview: 0,
      fieldsToReview: 0,
      read: { ...IDLE, outcome: 'finished', marketsDone: 3, listings: 903, finishedAt: readAt },
    };
    act(() => fake.emit('account:progress', summary.read));
    await waitFor(() => expect(screen.getByTestId('catalogue-empty').getAttribute('data-account')).toBe('read'));
    const read = screen.getByTestId('catalogue-empty');
    expect(within(read).getByRole('heading').textContent).toBe('Votre catalogue est vide');
    expect(read.textContent).toContain('Votre compte Back Market contient 273 SKU absents de votre catalogue : importez-les, ou laissez-les hors gestion.');
    expect(within(read).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['France : 272 hors catalogue', 'Belgique : 1 hors catalogue', 'Allemagne : 272 hors catalogue']);
    expect(within(read).getByRole('link', { name: 'Choisir dans Paramètres › Compte existant' }).getAttribute('href')).toBe('#/settings?section=existing-account');
    expect(within(read).getByRole('link', { name: 'Importer un CSV' })).toBeTruthy();
    expect(screen.queryByTestId('account-read-status')).toBeNull();
    await screen.findByText('Toutes les modifications sont synchronisées');
  });
});
