// The listings Back Market holds that Refurb Desk does not manage, as the merchant meets them in the Listings grid:
// rows after the catalogue's offers saying "Not managed by Refurb Desk", nothing to select or open, Back Market's values
// in the detail, "Take under management" importing that one listing, and a filter to show them alone or hide them.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountImportRequest } from '../../../shared/account';
import type { ListingQuery, ListingRow } from '../../../shared/sync';
import { useCatalogueStore } from '../../store/catalogue-store';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { ListingsScreen } from './ListingsScreen';
import { useListingsStore } from './listings-store';
import { fakeListings, listingRow, summaryOf, unmanagedRow } from './listings-test-data';

const RECT = { width: 1400, height: 600 };

function listed(): ListingRow[] {
  return [
    listingRow(1, 'fr-fr'),
    listingRow(2, 'fr-fr'),
    unmanagedRow('BO-A', 'fr-fr'),
    unmanagedRow('BO-A', 'de-de', { price: '189.00' }),
    unmanagedRow('BO-B', 'fr-fr', { publicationState: 3, quantity: 0, comment: '', warrantyDelay: null }),
  ];
}

function setup(rows = listed()) {
  const fake = createFakeApi({
    'listings:list': fakeListings(rows),
    'listings:summary': () => summaryOf(rows),
    'account:import': (request: AccountImportRequest) => {
      const skus = request.scope === 'skus' ? request.skus : [];
      // The import makes the listing a catalogue product: main lists it as an offer from now on.
      rows.forEach((row, index) => {
        if (skus.includes(row.sku)) rows[index] = listingRow(3, row.country, { sku: row.sku, productNumber: row.sku });
      });
      return { imported: skus.length, adopted: skus.length * 2, toReview: 0, skipped: [] };
    },
  });
  renderWithApi(<ListingsScreen initialRect={RECT} />, fake.api);
  return fake;
}

const rowOf = (sku: string, country = 'fr-fr') => document.querySelector<HTMLElement>(`[role="row"][data-sku="${sku}"][data-country="${country}"]`);
const skusOnScreen = () => [...document.querySelectorAll<HTMLElement>('[role="row"][data-sku]')].map((row) => `${row.dataset.sku} ${row.dataset.country}`);
const lastList = (calls: ListingQuery[]) => calls.at(-1);

afterEach(async () => {
  await i18next.changeLanguage('en');
  useListingsStore.getState().reset();
  useCatalogueStore.getState().setOpenProduct(null);
});

describe('listings not managed by Refurb Desk in the Listings grid', () => {
  it('are rows after the catalogue’s offers, said as not managed, with nothing to select, and left out of the counts', async () => {
    setup();
    await waitFor(() => expect(rowOf('BO-B')).not.toBeNull());
    expect(skusOnScreen()).toEqual(['P-0001 fr-fr', 'P-0002 fr-fr', 'BO-A fr-fr', 'BO-A de-de', 'BO-B fr-fr']);
    const boA = rowOf('BO-A') as HTMLElement;
    expect(boA.getAttribute('data-status')).toBe('not-managed');
    expect(boA.querySelector('[data-column="status"]')?.textContent).toBe('Not managed by Refurb Deskon Back Market: online');
    expect((rowOf('BO-B') as HTMLElement).querySelector('[data-column="status"]')?.textContent).toBe('Not managed by Refurb Deskon Back Market: offline');
    expect(boA.querySelector('[data-column="error"]')?.textContent).toMatch(/^Back Market's values\. No sync changes, takes offline or counts it/);
    expect(within(boA).queryByRole('checkbox')).toBeNull();
    expect(within(boA).queryByRole('button', { name: 'BO-A' })).toBeNull();
    expect(within(rowOf('P-0001') as HTMLElement).getByRole('checkbox')).toBeTruthy();
    expect(screen.getByTestId('listings-count').textContent).toBe('5 listings');
    // The summary bar counts the catalogue's two offers in France, on sale; the unmanaged listings are in no count.
    const france = (await screen.findByTestId('listings-summary')).querySelector('[data-country="fr-fr"]') as HTMLElement;
    expect(france.querySelector('[data-standing="on-sale"]')?.textContent).toBe('2 on sale');
    expect(screen.getByTestId('listings-summary').querySelector('[data-country="de-de"]')).toBeNull();
  });

  it('shows Back Market’s values in the detail; Enter opens no product; “Take under management” imports that listing', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('BO-B')).not.toBeNull());
    fireEvent.mouseDown((rowOf('BO-B') as HTMLElement).querySelector('[data-column="title"]') as HTMLElement);
    const detail = await screen.findByTestId('listing-detail');
    await waitFor(() => expect(detail.getAttribute('data-managed')).toBe('no'));
    const value = (field: string) => detail.querySelector(`[data-field="${field}"] dd`)?.textContent;
    expect(detail.textContent).toContain('BO-B');
    expect(detail.textContent).toContain('Not managed by Refurb Desk');
    expect(value('price')).toBe('€199.00');
    expect(value('quantity')).toBe('0');
    expect(value('grade')).toBe('Good');
    expect(value('comment')).toBe('not given');
    expect(value('warranty')).toBe('not given');
    expect(value('publication')).toBe('offline');

    fireEvent.mouseDown((rowOf('BO-A') as HTMLElement).querySelector('[data-column="title"]') as HTMLElement);
    await waitFor(() => expect(value('comment')).toBe('Sold with a charger'));
    expect(value('warranty')).toBe('12 months');
    expect(value('publication')).toBe('online');
    fireEvent.keyDown(screen.getByRole('grid'), { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('grid'), { key: ' ' });
    expect(useCatalogueStore.getState().openProduct).toBeNull();
    expect(screen.queryByTestId('listings-selection')).toBeNull();

    await user.click(within(detail).getByRole('button', { name: 'Take under management' }));
    await waitFor(() => expect(callsOf('account:import')).toEqual([{ scope: 'skus', skus: ['BO-A'], names: { comment: 'Comment', warranty_delay: 'Warranty (months)' } }]));
    expect((await screen.findByTestId('listings-report')).textContent).toContain('Products imported: 1.');
    // The grid reads again: BO-A is now a catalogue offer in both markets, with a status of the sync's.
    await waitFor(() => expect(rowOf('BO-A')?.getAttribute('data-status')).toBe('published'));
    expect(rowOf('BO-A', 'de-de')?.getAttribute('data-status')).toBe('published');
    expect(rowOf('BO-B')?.getAttribute('data-status')).toBe('not-managed');
  });

  it('are shown alone or hidden by the Management filter', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('BO-B')).not.toBeNull());
    await user.selectOptions(screen.getByLabelText('Management'), 'Not managed by Refurb Desk');
    await waitFor(() => expect(lastList(callsOf('listings:list'))?.management).toBe('unmanaged'));
    await waitFor(() => expect(skusOnScreen()).toEqual(['BO-A fr-fr', 'BO-A de-de', 'BO-B fr-fr']));
    await user.selectOptions(screen.getByLabelText('Management'), 'Managed by Refurb Desk');
    await waitFor(() => expect(skusOnScreen()).toEqual(['P-0001 fr-fr', 'P-0002 fr-fr']));
    expect(lastList(callsOf('listings:list'))?.management).toBe('managed');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(skusOnScreen()).toHaveLength(5));
  });

  it('offers the Management filter’s choices in agreeing French forms', async () => {
    await i18next.changeLanguage('fr');
    setup();
    await waitFor(() => expect(rowOf('BO-B')).not.toBeNull());
    const options = within(screen.getByLabelText('Gestion')).getAllByRole('option').map((option) => option.textContent);
    expect(options.slice(1)).toEqual(['Gérées par Refurb Desk', 'Non gérées par Refurb Desk']);
  });

  it('dates Back Market’s values in the detail as the app dates everything, in German', async () => {
    await i18next.changeLanguage('de');
    setup();
    await waitFor(() => expect(rowOf('BO-B')).not.toBeNull());
    fireEvent.mouseDown((rowOf('BO-B') as HTMLElement).querySelector('[data-column="title"]') as HTMLElement);
    const detail = await screen.findByTestId('listing-detail');
    await waitFor(() => expect(detail.getAttribute('data-managed')).toBe('no'));
    // 2026-11-27T19:00Z in the medium date of German, the four-digit year as on every other screen (never 27.11.26).
    expect(detail.textContent).toMatch(/Werte von Back Market, gelesen am 27\.11\.2026, \d\d:\d\d\./);
  });
});
