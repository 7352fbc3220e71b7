// Settings' Existing account section as a merchant reads it: a market never read says its numbers are not known, a
// read market gives N / M / K; the read's progress comes from main's events with Cancel; the review's buttons send the
// decision for that field only, and "for all" for every undecided one.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountReadState, AccountSummary } from '../../../../shared/account';
import i18next from '../../../i18n';
import { useAccountReadStore } from '../../../store/account-read-store';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { ExistingAccountSection } from './ExistingAccountSection';

const IDLE: AccountReadState = { running: false, country: null, page: 0, pages: 0, marketsDone: 0, markets: 0, listings: 0, outcome: null, startedAt: null, finishedAt: null, message: '' };
const STARTED = '2026-12-06T04:00:00.000Z';
const READING: AccountReadState = { ...IDLE, running: true, markets: 2, startedAt: STARTED };
/** A read that ended a minute ago (an import the test makes comes after it, whatever the clock says). */
const ended = (outcome: AccountReadState['outcome'], marketsDone: number, markets: number): AccountReadState => ({
  ...IDLE,
  outcome,
  marketsDone,
  markets,
  startedAt: STARTED,
  finishedAt: new Date(Date.now() - 60_000).toISOString(),
});

afterEach(async () => {
  useAccountReadStore.getState().reset();
  await i18next.changeLanguage('en');
});

function summary(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    markets: [
      { country: 'fr-fr', onBackMarket: 310, matched: 6, notInCatalogue: 304, readAt: '2026-12-06T04:00:00.000Z' },
      { country: 'de-de', onBackMarket: 0, matched: 0, notInCatalogue: 0, readAt: null },
    ],
    unmanagedSkus: 0,
    offersToReview: 0,
    fieldsToReview: 0,
    read: IDLE,
    ...overrides,
  };
}

describe('Settings › Existing account', () => {
  it('gives per market what Back Market holds, and says a market not read yet is not known', async () => {
    const fake = createFakeApi({ 'account:summary': () => summary(), 'account:read': () => ({ ...IDLE, running: true, markets: 2 }) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const table = await screen.findByTestId('account-markets');
    const france = within(table).getByRole('row', { name: /France/ });
    expect(within(france).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 3)).toEqual(['310', '6', '304']);
    expect(within(table).getByRole('row', { name: /Germany/ }).textContent).toContain('Not read yet: the numbers are not known.');
    await userEvent.click(screen.getByRole('button', { name: 'Read the account' }));
    expect(fake.calls.map((call) => call.name)).toContain('account:read');
  });

  it('follows the read from main’s progress events, counting the listings of the market being read, and cancels it', async () => {
    const fake = createFakeApi({ 'account:summary': () => summary(), 'account:cancel': () => ({ ...IDLE, outcome: 'cancelled', markets: 2 }) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    await screen.findByTestId('account-markets');
    // Joined in the middle of a market: how many of its listings were read is not known, so only the pages are said.
    act(() => fake.emit('account:progress', { ...READING, country: 'fr-fr', page: 5, pages: 7, listings: 240 }));
    expect(await screen.findByText('France: reading page 5 of 7')).toBeTruthy();
    // Germany begins after France's 310 listings: its own count is what was read since.
    act(() => fake.emit('account:progress', { ...READING, country: 'de-de', page: 0, pages: 0, marketsDone: 1, listings: 310 }));
    act(() => fake.emit('account:progress', { ...READING, country: 'de-de', page: 3, pages: 12, marketsDone: 1, listings: 400 }));
    expect(await screen.findByText('Germany: reading page 3 of 12 (90 listings read in this market)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Read the account' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(fake.calls.map((call) => call.name)).toContain('account:cancel');
  });

  it('sends one field’s decision from its row, and every undecided one from "for all"', async () => {
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 1, fieldsToReview: 2 }),
      'account:review': () => ({
        total: 2,
        rows: [
          { productNumber: 'IP13-2', country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '459.00', decision: null },
          { productNumber: 'IP13-2', country: 'fr-fr', field: 'comment', backmarket: 'Boîte', mine: '', decision: null },
        ],
      }),
      'account:decide': () => ({ decided: 1, released: 0, keptOnly: [] }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    expect(within(review).getByRole('heading').textContent).toBe('Review before the first sync — choices to make: 2, offers held: 1');
    const comment = await within(review).findByRole('row', { name: /Comment/ });
    expect(comment.textContent).toContain('(none)');
    const price = within(review).getByRole('row', { name: /Price/ });
    await userEvent.click(within(price).getByRole('button', { name: 'Keep mine' }));
    await userEvent.click(within(review).getByRole('button', { name: "Keep Back Market's for all" }));
    expect(fake.calls.filter((call) => call.name === 'account:decide').map((call) => call.input)).toEqual([
      { scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] },
      { scope: 'all', decision: 'backmarket' },
    ]);
  });

  it('asks whether to publish an imported product where Back Market does not sell it: Keep off or Publish', async () => {
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 1, fieldsToReview: 1 }),
      'account:review': () => ({ total: 1, rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market', backmarket: '', mine: '', decision: null }] }),
      'account:decide': () => ({ decided: 1, released: 0, keptOnly: [] }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    const row = await within(review).findByRole('row', { name: /Publish in this market\?/ });
    expect(row.textContent).toContain('Germany');
    expect(row.textContent).toContain('Not sold there');
    await userEvent.click(within(row).getByRole('button', { name: 'Publish' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Keep off' }));
    expect(fake.calls.filter((call) => call.name === 'account:decide').map((call) => call.input)).toEqual([
      { scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market' }] },
      { scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market' }] },
    ]);
  });

  it('says in French how many markets a stopped read finished, singular or plural, and drops it once an import changed the counts', async () => {
    await i18next.changeLanguage('fr');
    let read = ended('cancelled', 1, 3);
    const fake = createFakeApi({ 'account:summary': () => summary({ read }) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const outcome = await screen.findByTestId('account-read-outcome');
    expect(outcome.textContent).toBe('Lecture arrêtée : 1 marché sur 3 lu en entier ; les autres montrent la lecture précédente.');
    read = ended('cancelled', 2, 3);
    act(() => fake.emit('account:progress', read));
    await waitFor(() => expect(screen.getByTestId('account-read-outcome').textContent).toBe('Lecture arrêtée : 2 marchés sur 3 lus en entier ; les autres montrent la lecture précédente.'));
    // The listings were imported from the Listings grid or this screen: the counts are new, the stopped read old news.
    act(() => fake.emit('account:changed', { reason: 'import' }));
    await waitFor(() => expect(screen.queryByTestId('account-read-outcome')).toBeNull());
  });

  it('says in German how many markets a stopped read finished', async () => {
    await i18next.changeLanguage('de');
    const fake = createFakeApi({ 'account:summary': () => summary({ read: ended('cancelled', 1, 3) }) });
    renderWithApi(<ExistingAccountSection />, fake.api);
    expect((await screen.findByTestId('account-read-outcome')).textContent).toBe('Lesen abgebrochen: 1 von 3 Märkten vollständig gelesen; die anderen zeigen den vorherigen Stand.');
  });

  it('says what happened when Cancel came after the last page: the read finished, every market in full', async () => {
    let read: AccountReadState = { ...READING, country: 'de-de', page: 12, pages: 12, marketsDone: 1, listings: 900 };
    const fake = createFakeApi({ 'account:summary': () => summary({ read }), 'account:cancel': () => read });
    renderWithApi(<ExistingAccountSection />, fake.api);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    read = { ...ended('finished', 2, 2), listings: 900 };
    act(() => fake.emit('account:progress', read));
    await waitFor(() =>
      expect(screen.getByTestId('account-read-outcome').textContent).toBe('The read was already on its last page when you cancelled: it finished, and all 2 markets were read in full.'),
    );
    // A read that simply finished (no Cancel asked) says nothing more than its table.
    useAccountReadStore.getState().reset();
    act(() => fake.emit('account:progress', { ...read }));
    await waitFor(() => expect(screen.queryByTestId('account-read-outcome')).toBeNull());
  });

  it('shows the review’s prices as money of the market, quantities as numbers and grades by name, in French', async () => {
    await i18next.changeLanguage('fr');
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 2, fieldsToReview: 4 }),
      'account:review': () => ({
        total: 4,
        rows: [
          { productNumber: 'IP11-64', country: 'fr-fr', field: 'price', backmarket: '389.00', mine: '379.5', decision: null },
          { productNumber: 'IP11-64', country: 'fr-fr', field: 'grade', backmarket: 'VERY_GOOD', mine: 'EXCELLENT', decision: null },
          { productNumber: 'IP11-64', country: 'fr-fr', field: 'quantity', backmarket: '1200', mine: '8', decision: null },
          { productNumber: 'PX6A', country: 'de-de', field: 'comment', backmarket: 'Mit Ladekabel', mine: '', decision: null },
        ],
      }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    const cells = async (field: string) => [...(await within(review).findByRole('row', { name: new RegExp(field) })).querySelectorAll('td')].map((cell) => cell.textContent);
    expect((await cells('Prix')).slice(3, 5)).toEqual(['389,00\u00a0€', '379,50\u00a0€']);
    expect((await cells('Grade')).slice(3, 5)).toEqual(['Très bon', 'Excellent']);
    expect((await cells('Quantité')).slice(3, 5)).toEqual(['1\u202f200', '8']);
    expect((await cells('Commentaire')).slice(3, 5)).toEqual(['Mit Ladekabel', '(aucune)']);
  });

  it('shows the review’s prices and grades in German', async () => {
    await i18next.changeLanguage('de');
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 1, fieldsToReview: 2 }),
      'account:review': () => ({
        total: 2,
        rows: [
          { productNumber: 'GS22', country: 'de-de', field: 'price', backmarket: '204.00', mine: '199', decision: null },
          { productNumber: 'GS22', country: 'de-de', field: 'grade', backmarket: 'STALLONE', mine: 'GOOD', decision: null },
        ],
      }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    const price = await within(review).findByRole('row', { name: /Preis/ });
    expect([...price.querySelectorAll('td')].slice(3, 5).map((cell) => cell.textContent)).toEqual(['204,00\u00a0€', '199,00\u00a0€']);
    const grade = within(review).getByRole('row', { name: /Zustand/ });
    expect([...grade.querySelectorAll('td')].slice(3, 5).map((cell) => cell.textContent)).toEqual(['Stallone', 'Gut']);
  });

  it('lists the listings not managed with their grades by name and import buttons that agree with their count, in French', async () => {
    await i18next.changeLanguage('fr');
    const listing = (sku: string, grade: string) => ({ sku, title: 'iPhone 11 64 Go – Noir', grade, quantity: 2, productId: 'p-1', markets: [{ country: 'fr-fr', price: '289.00', currency: 'EUR', publicationState: 2 }] });
    const fake = createFakeApi({
      'account:summary': () => summary({ unmanagedSkus: 272 }),
      'account:unmanaged': (query) =>
        query.search ? { total: 1, rows: [listing('BM-EXIST-7', 'STALLONE')] } : { total: 272, rows: [listing('BM-EXIST-1', 'EXCELLENT'), listing('BM-EXIST-2', 'VERY_GOOD')] },
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const unmanaged = await screen.findByTestId('account-unmanaged');
    await waitFor(() => expect(unmanaged.querySelector('[data-sku="BM-EXIST-2"] [data-column="grade"]')?.textContent).toBe('Très bon'));
    expect(unmanaged.querySelector('[data-sku="BM-EXIST-1"] [data-column="grade"]')?.textContent).toBe('Excellent');
    expect(within(unmanaged).getByRole('button', { name: 'Tout importer (272 annonces)' })).toBeTruthy();
    // The filter's label stands above its own input, as the app's other filters do.
    const input = within(unmanaged).getByLabelText('Filtrer par SKU ou titre');
    const label = unmanaged.querySelector('label[for="account-unmanaged-search"]') as HTMLElement;
    expect(label.className).toBe('filter-label');
    expect(label.parentElement).toBe(input.parentElement);
    expect(label.parentElement?.className).toBe('filter');
    await userEvent.type(input, 'exist-7');
    await userEvent.click(within(unmanaged).getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(unmanaged.querySelector('[data-sku="BM-EXIST-7"] [data-column="grade"]')?.textContent).toBe('Stallone'));
    await userEvent.click(within(unmanaged).getByRole('button', { name: 'Importer l’annonce filtrée' }));
    // The import names the attributes it may create for the comment and the warranty in French, never « Comment » / « Warranty ».
    expect(fake.callsOf('account:import')).toEqual([{ scope: 'filter', search: 'exist-7', names: { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' } }]);
  });

  it('draws its tables like the app’s other tables: framed, one heading over each column of values', async () => {
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 1, fieldsToReview: 1 }),
      'account:review': () => ({ total: 1, rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price', backmarket: '499.90', mine: '459.00', decision: null }] }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const markets = within(await screen.findByTestId('account-markets')).getByRole('table');
    const review = within(await screen.findByTestId('account-review')).getByRole('table');
    await within(review).findByRole('row', { name: /Price/ });
    for (const table of [markets, review]) {
      expect(table.classList.contains('data-table')).toBe(true);
      expect(table.parentElement?.className).toBe('table-frame');
      const headings = table.querySelectorAll('thead th').length;
      const firstRow = table.querySelector('tbody tr') as HTMLElement;
      expect(firstRow.children.length).toBe(headings);
    }
  });

  it('offers no import button once every listing is imported, nor for a filter that shows none, in German', async () => {
    await i18next.changeLanguage('de');
    const listing = { sku: 'BM-EXIST-7', title: 'iPhone 11', grade: 'GOOD', quantity: 1, productId: 'p-1', markets: [{ country: 'de-de', price: '289.00', currency: 'EUR', publicationState: 2 }] };
    const fake = createFakeApi({
      'account:summary': () => summary({ unmanagedSkus: 1 }),
      'account:unmanaged': (query) => (query.search ? { total: 0, rows: [] } : { total: 1, rows: [listing] }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const unmanaged = await screen.findByTestId('account-unmanaged');
    expect(await within(unmanaged).findByRole('button', { name: 'Dieses Angebot importieren' })).toBeTruthy();
    await userEvent.type(within(unmanaged).getByRole('searchbox'), 'nothing');
    await userEvent.click(within(unmanaged).getByRole('button', { name: 'Filtern' }));
    await waitFor(() => expect(within(unmanaged).queryByRole('button', { name: /importieren/ })).toBeNull());
    expect(unmanaged.textContent).not.toContain('Die 0 gefilterten Angebote importieren');
  });

  it('says why a choice already made is asked again: the value that changed since, from what to what, in French', async () => {
    await i18next.changeLanguage('fr');
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 2, fieldsToReview: 3 }),
      'account:review': () => ({
        total: 3,
        rows: [
          // "Keep mine" chosen while the comment was not mapped; mapping it gave the catalogue's comment.
          { productNumber: 'BM-EXIST-00011', country: 'fr-fr', field: 'comment', backmarket: 'Boîte d’origine', mine: 'Mon commentaire', decision: null, previous: { backmarket: 'Boîte d’origine', mine: '', decision: 'mine' } },
          // Back Market's price changed since "Keep Back Market's".
          { productNumber: 'BM-EXIST-00012', country: 'fr-fr', field: 'price', backmarket: '209.00', mine: '199.00', decision: null, previous: { backmarket: '219.90', mine: '199.00', decision: 'backmarket' } },
          { productNumber: 'BM-EXIST-00013', country: 'fr-fr', field: 'price', backmarket: '209.00', mine: '199.00', decision: null },
        ],
      }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    const row = async (sku: string) => (await within(review).findAllByRole('row')).find((entry) => entry.getAttribute('data-sku') === sku);
    // Why a row is asked again is said the table's whole width under it, never in a narrow column of the row.
    const under = async (sku: string) => (await row(sku))?.nextElementSibling as HTMLElement | null | undefined;
    await within(review).findByRole('row', { name: /BM-EXIST-00011/ });
    expect((await under('BM-EXIST-00011'))?.textContent).toContain(
      'Demandé à nouveau : votre valeur est passée de (aucune) à Mon commentaire depuis votre choix « Garder la mienne ».',
    );
    expect((await under('BM-EXIST-00012'))?.textContent?.replace(/\s/g, ' ')).toContain(
      'Demandé à nouveau : la valeur de Back Market est passée de 219,90 € à 209,00 € depuis votre choix « Garder celle de Back Market ».',
    );
    // Never decided: nothing is said.
    expect(within(review).getAllByTestId('review-asked-again')).toHaveLength(2);
    expect((await row('BM-EXIST-00013'))?.textContent).not.toContain('Demandé à nouveau');
    expect(await under('BM-EXIST-00013')).toBeNull();
  });

  it('says a value was taken over from Back Market, never a choice nobody made, when the catalogue or Back Market changed it since', async () => {
    await i18next.changeLanguage('fr');
    const fake = createFakeApi({
      'account:summary': () => summary({ offersToReview: 2, fieldsToReview: 2 }),
      'account:review': () => ({
        total: 2,
        rows: [
          // Imported with Back Market's 3; a stock file then said 1.
          { productNumber: 'BM-EXIST-00006', country: 'fr-fr', field: 'quantity', backmarket: '3', mine: '1', decision: null, previous: { backmarket: '3', mine: '', decision: 'backmarket', takenOver: true } },
          // Taken over at 832,99 €, changed to 799 € on Back Market since; the catalogue still says 832,99 €.
          { productNumber: 'BM-EXIST-00001', country: 'fr-fr', field: 'price', backmarket: '799.00', mine: '832.99', decision: null, previous: { backmarket: '832.99', mine: '832.99', decision: 'backmarket', takenOver: true } },
        ],
      }),
    });
    renderWithApi(<ExistingAccountSection />, fake.api);
    const review = await screen.findByTestId('account-review');
    const row = async (sku: string) => (await within(review).findAllByRole('row')).find((entry) => entry.getAttribute('data-sku') === sku);
    // Why a row is asked again is said the table's whole width under it, never in a narrow column of the row.
    const under = async (sku: string) => (await row(sku))?.nextElementSibling as HTMLElement | null | undefined;
    await within(review).findByRole('row', { name: /BM-EXIST-00006/ });
    const imported = (await under('BM-EXIST-00006'))?.textContent?.replace(/\s/g, ' ') ?? '';
    expect(imported).toContain('Demandé à nouveau : Refurb Desk a repris cette offre avec la valeur de Back Market, 3 (rien n’a été envoyé) ; votre catalogue indique maintenant 1.');
    expect(imported).not.toContain('votre choix');
    expect((await under('BM-EXIST-00001'))?.textContent?.replace(/\s/g, ' ')).toContain(
      'Demandé à nouveau : la valeur de Back Market est passée de 832,99 € à 799,00 € depuis que Refurb Desk a repris cette offre (rien n’a été envoyé depuis).',
    );
  });
});

