import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { offerTruth } from '../../../shared/offer-status';
import type { ListingQuery, ListingRow } from '../../../shared/sync';
import { useCatalogueStore } from '../../store/catalogue-store';
import { createFakeApi, type FakeHandlers } from '../../test/fake-api';
import { productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { ListingsScreen } from './ListingsScreen';
import { useListingsStore } from './listings-store';
import { fakeListings, listingRow, summaryOf } from './listings-test-data';

const RECT = { width: 1400, height: 600 };

const CSV_LINE = 'sku;ean;weight\nP-0002;3764010099998;1';

function catalogueOfListings(): ListingRow[] {
  const rows: ListingRow[] = [];
  for (let id = 1; id <= 150; id += 1) {
    rows.push(listingRow(id, 'fr-fr'));
    rows.push(listingRow(id, 'de-de', { price: 110 + id }));
  }
  rows[2] = listingRow(2, 'fr-fr', {
    status: 'none',
    noneSource: 'backmarket',
    error: 'weight must be a whole number of grams above 1, got "1".',
    csvLine: CSV_LINE,
    publicationState: null,
    listingId: null,
  });
  rows[4] = listingRow(3, 'fr-fr', { status: 'none', noneSource: 'preflight', error: 'This product has no brand. Add the brand to the product.', publicationState: null, listingId: null });
  rows[6] = listingRow(4, 'fr-fr', { status: 'published', validating: true, publicationState: 1 });
  rows[8] = listingRow(5, 'fr-fr', { status: 'pending', publicationState: null });
  // Published with no comment: Back Market holds it at publication_state 0, nobody can buy it.
  rows[12] = listingRow(7, 'fr-fr', { publicationState: 0, truth: offerTruth({ status: 'published', noneSource: null, publicationState: 0, validating: false, backMarketQuantity: 2, sentPrice: true, sentComment: false, sentAt: null, notAnswered: false, changedAt: null }) });
  return rows;
}

function setup(rows = catalogueOfListings(), extra: FakeHandlers = {}) {
  const fake = createFakeApi({
    'listings:list': fakeListings(rows),
    'listings:summary': () => summaryOf(rows),
    'listings:retry': ({ listings }) => ({ queued: listings.length }),
    'listings:takeOffline': ({ listings }) => ({ queued: listings.length }),
    'catalogue:get': ({ id }) => ({ ...productRow(id), parentId: null, childCount: 0 }) as never,
    ...extra,
  });
  const view = renderWithApi(<ListingsScreen initialRect={RECT} />, fake.api);
  return { ...fake, ...view };
}

const rowOf = (sku: string, country = 'fr-fr') => document.querySelector<HTMLElement>(`[role="row"][data-sku="${sku}"][data-country="${country}"]`);
const lastList = (calls: ListingQuery[]) => calls.at(-1);

afterEach(() => useListingsStore.getState().reset());

describe('the Listings screen', () => {
  it('shows each product per country with its status, detail and error, and only what is on screen', async () => {
    setup();
    const grid = await screen.findByRole('grid', { name: 'Listings' });
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    expect(grid.getAttribute('aria-rowcount')).toBe('301');
    const published = rowOf('P-0001') as HTMLElement;
    expect(within(published).getByText('Published')).toBeTruthy();
    expect(published.querySelector('[data-standing]')?.textContent).toBe('Publishedon sale');
    expect(published.textContent).toContain('3764010000001');
    expect(published.textContent).toContain('€101.00');
    const refused = rowOf('P-0002') as HTMLElement;
    expect(refused.getAttribute('data-status')).toBe('none');
    expect(refused.querySelector('[data-standing]')?.textContent).toBe('Nonerefused');
    expect(refused.textContent).toContain('weight must be a whole number of grams above 1');
    // The CSV line is in the error's tooltip...
    expect(refused.querySelector('[data-column="error"] [title]')?.getAttribute('title')).toContain(CSV_LINE);
    expect((rowOf('P-0003') as HTMLElement).querySelector('[data-standing]')?.textContent).toBe('Noneheld back');
    expect((rowOf('P-0004') as HTMLElement).textContent).toContain('not on sale: Back Market is validating a new product');
    expect((rowOf('P-0005') as HTMLElement).querySelector('[data-standing]')?.textContent).toBe('Pendingwaits for the next sync');
    // Published, but a customer cannot buy it: the reason and the fix are in the row.
    const noComment = rowOf('P-0007') as HTMLElement;
    expect(noComment.querySelector('[data-standing]')?.textContent).toBe('Publishednot on sale: missing comment');
    expect(noComment.querySelector('[data-column="error"]')?.textContent).toMatch(/without a comment: map the Comment field/);
    // Stock 0 on Back Market: published, offline for lack of stock.
    expect((rowOf('P-0010') as HTMLElement).querySelector('[data-standing]')?.textContent).toBe('Publishednot on sale: offline, quantity 0');
    expect(document.querySelectorAll('[role="row"][data-sku]').length).toBeLessThan(100);
  });

  it('says "No price" for an offer the sync sends no price for, never the catalogue price instead', async () => {
    const rows = catalogueOfListings();
    // ATELIER-0001 reads the price grid, whose German box is empty: the sync sends it no price there.
    rows[1] = listingRow(1, 'de-de', { price: null, status: 'none', noneSource: 'preflight', publicationState: null, listingId: null });
    setup(rows);
    await waitFor(() => expect(rowOf('P-0001', 'de-de')).not.toBeNull());
    const price = (rowOf('P-0001', 'de-de') as HTMLElement).querySelector('[data-column="price"]') as HTMLElement;
    expect(price.textContent).toBe('No price');
    expect(price.querySelector('[title]')?.getAttribute('title')).toBe('The sync sends no price for this market: set one in Prices.');
    expect((rowOf('P-0001') as HTMLElement).querySelector('[data-column="price"]')?.textContent).toBe('€101.00');
  });

  it('counts per country what a customer can buy, what is not on sale and why not, and a count filters the grid', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    const summary = await screen.findByTestId('listings-summary');
    const france = summary.querySelector<HTMLElement>('[data-country="fr-fr"]') as HTMLElement;
    const count = (country: HTMLElement, standing: string) => country.querySelector(`[data-standing="${standing}"]`)?.textContent;
    expect(france.textContent).toContain('France');
    // 150 offers: 2 None, 1 pending; of the 147 published, 29 have quantity 0, one is validating, one has no comment.
    expect(count(france, 'on-sale')).toBe('116 on sale');
    expect(count(france, 'not-on-sale')).toBe('31 not on sale');
    expect(count(france, 'held-back')).toBe('1 held back');
    expect(count(france, 'refused')).toBe('1 refused');
    expect(count(france, 'pending')).toBe('1 pending');
    const germany = summary.querySelector('[data-country="de-de"]') as HTMLElement;
    expect(count(germany, 'on-sale')).toBe('120 on sale');
    expect(count(germany, 'refused')).toBeUndefined();
    await user.click(within(france).getByRole('button', { name: '1 refused in France: show them' }));
    await waitFor(() => expect(lastList(callsOf('listings:list'))).toMatchObject({ standing: 'refused', country: 'fr-fr' }));
    await waitFor(() => expect(screen.getByTestId('listings-count').textContent).toBe('1 listing'));
  });

  it('filters by status, country, error text, category and grade, and sorts by a column', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    await user.selectOptions(screen.getByLabelText('Status'), 'published');
    await waitFor(() => expect(lastList(callsOf('listings:list'))?.status).toBe('published'));
    await user.selectOptions(screen.getByLabelText('Country'), 'Germany');
    await waitFor(() => expect(lastList(callsOf('listings:list'))?.country).toBe('de-de'));
    await user.selectOptions(screen.getByLabelText('Category'), 'Tablets > iPad');
    await user.selectOptions(screen.getByLabelText('Grade'), 'GOOD');
    await waitFor(() => expect(lastList(callsOf('listings:list'))).toMatchObject({ category: 'Tablets > iPad', grade: 'GOOD' }));
    await waitFor(() => expect(screen.getByTestId('listings-count').textContent).toBe('75 listings'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    // Error text waits for a pause in typing.
    await user.type(screen.getByLabelText('Error text'), 'weight');
    expect(callsOf('listings:list').some((query) => query.error)).toBe(false);
    await waitFor(() => expect(lastList(callsOf('listings:list'))?.error).toBe('weight'));
    await waitFor(() => expect(screen.getByTestId('listings-count').textContent).toBe('1 listing'));
    expect(rowOf('P-0002')).not.toBeNull();

    const price = screen.getByRole('columnheader', { name: 'Price' });
    await user.click(within(price).getByRole('button'));
    await waitFor(() => expect(lastList(callsOf('listings:list'))).toMatchObject({ sort: 'price', direction: 'asc' }));
    await user.click(within(screen.getByRole('columnheader', { name: 'Price' })).getByRole('button'));
    await waitFor(() => expect(lastList(callsOf('listings:list'))).toMatchObject({ sort: 'price', direction: 'desc' }));
    expect(screen.getByRole('columnheader', { name: 'Price' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('moves with the arrow keys, selects with Space, shows the active listing in full, opens its product with Enter', async () => {
    setup();
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    // Sorted by SKU (France before Germany as main gives them): the third line is P-0002 in France.
    await waitFor(() => expect(rowOf('P-0002')?.className).toContain('grid-row-active'));
    const detail = await screen.findByTestId('listing-detail');
    await waitFor(() => expect(detail.textContent).toContain('P-0002'));
    expect(screen.getByTestId('listing-error').textContent).toContain('weight must be a whole number');
    expect(screen.getByTestId('listing-csv-line').textContent).toBe(CSV_LINE);
    expect(grid.getAttribute('aria-activedescendant')).toBeTruthy();

    fireEvent.keyDown(grid, { key: ' ' });
    await waitFor(() => expect(rowOf('P-0002')?.getAttribute('aria-selected')).toBe('true'));
    expect(screen.getByTestId('listings-selection').textContent).toContain('1 selected');

    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(useCatalogueStore.getState().openProduct).toEqual({ mode: 'edit', id: 2 });
    await screen.findByTestId('product-form');
  });

  it('asks main for the page under the scroll position, never every listing', async () => {
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    expect(callsOf('listings:list').every((query) => (query.limit ?? 0) <= 100)).toBe(true);
    expect(callsOf('listings:list').some((query) => query.offset === 200)).toBe(false);
    const grid = screen.getByRole('grid');
    Object.defineProperty(grid, 'scrollTop', { value: 8800, configurable: true });
    fireEvent.scroll(grid);
    await waitFor(() => expect(callsOf('listings:list').some((query) => query.offset === 200)).toBe(true));
    await waitFor(() => expect(rowOf('P-0120', 'de-de')).not.toBeNull());
  });

  it('opens the product from its SKU', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0003')).not.toBeNull());
    await user.click(within(rowOf('P-0003') as HTMLElement).getByRole('button', { name: 'P-0003' }));
    expect(useCatalogueStore.getState().openProduct).toEqual({ mode: 'edit', id: 3 });
    await waitFor(() => expect(callsOf('catalogue:get')).toContainEqual({ id: 3 }));
  });

  it('sends the selected listings again at the next sync', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0002')).not.toBeNull());
    expect(screen.getByRole('button', { name: 'Retry selected' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('checkbox', { name: 'Select P-0002 in France' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select P-0003 in France' }));
    await user.click(screen.getByRole('button', { name: 'Retry selected' }));
    await waitFor(() => expect(callsOf('listings:retry')).toHaveLength(1));
    expect(callsOf('listings:retry')[0]?.listings).toEqual([
      { productId: 2, country: 'fr-fr' },
      { productId: 3, country: 'fr-fr' },
    ]);
    expect((await screen.findByTestId('listings-report')).textContent).toContain('2 offers will be sent again at the next sync.');
    expect(screen.queryByTestId('listings-selection')).toBeNull();
  });

  it('takes the selected listings offline only once the merchant confirms', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'Select P-0001 in France' }));
    await user.click(screen.getByRole('button', { name: 'Take offline…' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Take 1 offer offline?' });
    expect(dialog.textContent).toContain('its stock in your catalogue is set to 0');
    await user.click(within(dialog).getByRole('button', { name: 'Keep online' }));
    expect(callsOf('listings:takeOffline')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Take offline…' }));
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Take 1 offer offline' }));
    await waitFor(() => expect(callsOf('listings:takeOffline')).toEqual([{ listings: [{ productId: 1, country: 'fr-fr' }] }]));
    expect((await screen.findByTestId('listings-report')).textContent).toContain('1 offer will be taken offline at the next sync.');
  });

  it('refreshes when statuses change, a sync finishes or the catalogue changes', async () => {
    const rows = catalogueOfListings();
    const { callsOf, emit } = setup(rows);
    await waitFor(() => expect(rowOf('P-0002')?.getAttribute('data-status')).toBe('none'));
    rows[2] = listingRow(2, 'fr-fr', { status: 'published' });
    const before = callsOf('listings:summary').length;
    act(() => emit('listings:changed', { count: 1 }));
    await waitFor(() => expect(rowOf('P-0002')?.getAttribute('data-status')).toBe('published'));
    await waitFor(() => expect(callsOf('listings:summary').length).toBe(before + 1));
    act(() => emit('catalogue:changed', { reason: 'edit' }));
    await waitFor(() => expect(callsOf('listings:summary').length).toBe(before + 2));
  });

  it('says what to do when there are no listings yet, and when a filter matches none', async () => {
    const user = userEvent.setup();
    setup([]);
    expect((await screen.findByText(/No listings yet/)).textContent).toContain('press Sync');
    await user.selectOptions(screen.getByLabelText('Status'), 'none');
    expect(await screen.findByText('No listing matches these filters.')).toBeTruthy();
  });
});

describe('the Listings screen in German', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('words what was changed in the back office in German, from the code main sent', async () => {
    await i18next.changeLanguage('de');
    const rows = [listingRow(1, 'fr-fr', { changedElsewhere: { code: 'changedElsewhere.quantity', params: { quantity: 1, sentQuantity: '3' } } })];
    setup(rows);
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    const cell = (rowOf('P-0001') as HTMLElement).querySelector('[data-column="error"]') as HTMLElement;
    expect(cell.textContent).toBe(
      'Im Back Office von Back Market geändert: die Menge ist 1 bei Back Market (Refurb Desk hat 3 gesendet). Die nächste Synchronisierung stellt den Wert aus Ihrem Katalog wieder her.',
    );
    expect(cell.textContent).not.toMatch(/Changed|quantity/);
  });

  it('says why the pre-flight check held an offer back in German, from the codes main stored', async () => {
    await i18next.changeLanguage('de');
    const heldBack = listingRow(1, 'fr-fr', {
      status: 'none',
      noneSource: 'preflight',
      publicationState: null,
      listingId: null,
      error: 'The condition "Z" is not mapped to a Back Market grade.',
      reasons: [{ code: 'problem.conditionUnmapped', params: { condition: 'Z' } }],
    });
    setup([heldBack]);
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    const cell = (rowOf('P-0001') as HTMLElement).querySelector('[data-column="error"]') as HTMLElement;
    expect(cell.textContent).toBe('Der Zustand „Z“ ist keinem Back-Market-Grade zugeordnet (Premium, Hervorragend, Sehr gut, Gut, Akzeptabel, Stallone). Ordnen Sie ihn in der Zustandstabelle zu.');
  });

  it('names the grades in German in the cells and the grade filter, not by their codes', async () => {
    await i18next.changeLanguage('de');
    setup([listingRow(1, 'fr-fr', { grade: 'VERY_GOOD' }), listingRow(2, 'fr-fr', { grade: 'GOOD' })]);
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    expect((rowOf('P-0001') as HTMLElement).querySelector('[data-column="grade"]')?.textContent).toBe('Sehr gut');
    const filter = await screen.findByRole('combobox', { name: 'Grade' });
    await waitFor(() => expect([...filter.querySelectorAll('option')].map((option) => option.textContent)).toEqual(expect.arrayContaining(['Sehr gut', 'Gut'])));
    expect(filter.textContent).not.toMatch(/VERY_GOOD/);
  });
});
