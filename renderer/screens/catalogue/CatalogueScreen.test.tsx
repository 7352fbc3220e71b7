import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductQuery, ProductRow } from '../../../shared/catalogue';
import { FixedViewportContext } from './fixed-viewport';
import { useCatalogueStore } from '../../store/catalogue-store';
import { createFakeApi, failWith } from '../../test/fake-api';
import { fakeList, productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { CatalogueScreen } from './CatalogueScreen';
import { connectionStatus } from '../../test/connection';
import { NOTHING_DIFFERS } from '../../../shared/offer-status';

const RECT = { width: 1200, height: 600 };
const facets = { categories: ['Smartphones'], brands: ['Apple', 'Samsung'], conditions: ['Good'], total: 250, pending: 3 };

function setup(products = Array.from({ length: 250 }, (_, index) => productRow(index + 1)), extra: Parameters<typeof createFakeApi>[0] = {}) {
  const fake = createFakeApi({ 'catalogue:list': fakeList(products), 'catalogue:facets': () => facets, ...extra });
  const view = renderWithApi(<CatalogueScreen initialRect={RECT} />, fake.api);
  return { ...fake, ...view };
}

const lastList = (calls: ProductQuery[]) => calls.filter((query) => query.parentId === undefined).at(-1);
const rowOf = (productNumber: string) => document.querySelector<HTMLElement>(`[role="row"][data-product-number="${productNumber}"]`);

describe('the catalogue grid', () => {
  it('renders the first page of rows and counts every product in aria-rowcount', async () => {
    setup();
    const grid = await screen.findByRole('grid', { name: 'Products' });
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    expect(grid.getAttribute('aria-rowcount')).toBe('251');
    const row = rowOf('P-0001') as HTMLElement;
    expect(within(row).getByText('Refurbished phone 1')).toBeTruthy();
    expect(within(row).getByText(/€101\.00/)).toBeTruthy();
    // Only what is on screen is rendered, and only pages of 100 are asked for.
    expect(document.querySelectorAll('[role="row"][data-product-number]').length).toBeLessThan(100);
  });

  it('asks main for the page under the scroll position, never the whole table', async () => {
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    expect(callsOf('catalogue:list').every((query) => (query.limit ?? 0) <= 100)).toBe(true);
    const grid = screen.getByRole('grid');
    expect(callsOf('catalogue:list').some((query) => query.offset === 200)).toBe(false);
    // jsdom does not scroll by itself: move the scroll position as the merchant's wheel would.
    Object.defineProperty(grid, 'scrollTop', { value: 8000, configurable: true });
    fireEvent.scroll(grid);
    await waitFor(() => expect(callsOf('catalogue:list').some((query) => query.offset === 200)).toBe(true));
    await waitFor(() => expect(rowOf('P-0250')).not.toBeNull());
  });

  it('sorts by a column when its header is clicked, and says so with aria-sort', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    const header = screen.getByRole('columnheader', { name: 'Title' });
    expect(header.getAttribute('aria-sort')).toBe('none');
    await user.click(within(header).getByRole('button'));
    await waitFor(() => expect(lastList(callsOf('catalogue:list'))?.sort).toEqual({ column: 'title', direction: 'asc' }));
    expect(screen.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(screen.getByRole('columnheader', { name: 'Title' })).getByRole('button'));
    await waitFor(() => expect(lastList(callsOf('catalogue:list'))?.sort).toEqual({ column: 'title', direction: 'desc' }));
    expect(screen.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort')).toBe('descending');
  });

  it('waits for a pause in typing before searching', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'phone 12');
    expect(callsOf('catalogue:list').some((query) => query.search)).toBe(false);
    await waitFor(() => expect(lastList(callsOf('catalogue:list'))?.search).toBe('phone 12'));
    const searches = callsOf('catalogue:list').filter((query) => query.search);
    expect(new Set(searches.map((query) => query.search))).toEqual(new Set(['phone 12']));
    await waitFor(() => expect(rowOf('P-0012')).not.toBeNull());
    expect(rowOf('P-0001')).toBeNull();
  });

  it('filters by brand and EAN from the filter selects', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup();
    await waitFor(() => expect(screen.getByRole('option', { name: 'Samsung' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('Brand'), 'Samsung');
    await user.selectOptions(screen.getByLabelText('Has EAN'), 'no');
    await waitFor(() => expect(lastList(callsOf('catalogue:list'))).toMatchObject({ brand: 'Samsung', hasEan: false }));
    expect(screen.getByLabelText('Category')).toBeTruthy();
    expect(screen.getByLabelText('Condition')).toBeTruthy();
  });

  it('saves an inline edit through catalogue:updateField', async () => {
    const user = userEvent.setup();
    const products = [productRow(1), productRow(2)];
    const { callsOf } = setup(products, {
      'catalogue:updateField': ({ ids, value }) => {
        // Main saves it; the refetch after the save must show it.
        products[0] = { ...(products[0] as ProductRow), title: String(value) };
        return { updated: ids.length };
      },
    });
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    const cell = (rowOf('P-0001') as HTMLElement).querySelector('[data-column="title"]') as HTMLElement;
    await user.dblClick(cell);
    const editor = screen.getByTestId('cell-editor') as HTMLInputElement;
    expect(editor.value).toBe('Refurbished phone 1');
    await user.clear(editor);
    await user.type(editor, 'iPhone 12 128 GB{Enter}');
    await waitFor(() => expect(callsOf('catalogue:updateField')).toEqual([{ ids: [1], field: 'title', value: 'iPhone 12 128 GB' }]));
    await waitFor(() => expect(screen.queryByTestId('cell-editor')).toBeNull());
    expect(within(rowOf('P-0001') as HTMLElement).getByText('iPhone 12 128 GB')).toBeTruthy();
  });

  it('shows why an inline edit was refused and keeps what was typed', async () => {
    const user = userEvent.setup();
    const message = 'EAN: EAN "12345" must have 8, 12, 13 or 14 digits.';
    setup(undefined, { 'catalogue:updateField': () => failWith({ code: 'invalid-input', message }) });
    await waitFor(() => expect(rowOf('P-0002')).not.toBeNull());
    const grid = screen.getByRole('grid');
    grid.focus();
    // Keyboard route: down to the second row, right to the EAN column, Enter to edit.
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    expect(grid.getAttribute('aria-activedescendant')).toMatch(/-cell-1-ean$/);
    fireEvent.keyDown(grid, { key: 'Enter' });
    const editor = screen.getByTestId('cell-editor') as HTMLInputElement;
    expect(editor.getAttribute('aria-label')).toBe('EAN of P-0002');
    await user.type(editor, '12345{Enter}');
    expect((await screen.findByTestId('cell-error')).textContent).toBe(message);
    expect((screen.getByTestId('cell-editor') as HTMLInputElement).value).toBe('12345');
    expect(screen.getByTestId('cell-editor').getAttribute('aria-invalid')).toBe('true');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('cell-editor')).toBeNull();
  });

  it('converts numbers typed with a decimal comma before saving', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup(undefined, { 'catalogue:updateField': () => ({ updated: 1 }) });
    await waitFor(() => expect(rowOf('P-0003')).not.toBeNull());
    await user.dblClick((rowOf('P-0003') as HTMLElement).querySelector('[data-column="price"]') as HTMLElement);
    const editor = screen.getByTestId('cell-editor');
    await user.clear(editor);
    await user.type(editor, '249,90{Enter}');
    await waitFor(() => expect(callsOf('catalogue:updateField')).toEqual([{ ids: [3], field: 'price', value: 249.9 }]));
  });

  it('bulk-edits a field across the selected products', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup(undefined, { 'catalogue:updateField': (input) => ({ updated: input.ids.length }) });
    await waitFor(() => expect(rowOf('P-0002')).not.toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'Select P-0001' }));
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: ' ' });
    expect(useCatalogueStore.getState().selection).toEqual(new Set([1, 3]));
    expect(rowOf('P-0003')?.getAttribute('aria-selected')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Bulk edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Bulk edit' });
    await user.selectOptions(within(dialog).getByLabelText('Field'), 'stock');
    await user.type(within(dialog).getByLabelText('New value'), '2.5');
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 products' }));
    expect(within(dialog).getByText('2.5 is not a whole number.')).toBeTruthy();
    expect(callsOf('catalogue:updateField')).toEqual([]);

    await user.clear(within(dialog).getByLabelText('New value'));
    await user.type(within(dialog).getByLabelText('New value'), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Apply to 2 products' }));
    await waitFor(() => expect(callsOf('catalogue:updateField')).toEqual([{ ids: [1, 3], field: 'stock', value: 5 }]));
    expect(await screen.findByText('2 products updated.')).toBeTruthy();
  });

  it('deletes the selection after confirmation', async () => {
    const user = userEvent.setup();
    const { callsOf } = setup(undefined, { 'catalogue:delete': (input) => ({ deleted: input.ids.length }) });
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    await user.click(screen.getByRole('checkbox', { name: 'Select P-0001' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete 1 product?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(callsOf('catalogue:delete')).toEqual([{ ids: [1] }]));
    expect(useCatalogueStore.getState().selection.size).toBe(0);
  });

  it('opens the product form with Enter on a row and by clicking the product number', async () => {
    const user = userEvent.setup();
    setup(undefined, { 'catalogue:get': ({ id }) => productRow(id) });
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    const grid = screen.getByRole('grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(await screen.findByRole('dialog', { name: 'Product P-0001' })).toBeTruthy();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'P-0002' }));
    expect(await screen.findByRole('dialog', { name: 'Product P-0002' })).toBeTruthy();
  });

  it('shows variations indented under their parent when it is expanded', async () => {
    const user = userEvent.setup();
    const products = [productRow(1, { childCount: 2 }), productRow(2)];
    const variations = { 1: [productRow(10, { productNumber: 'P-0001-BLK', parentNumber: 'P-0001' }), productRow(11, { productNumber: 'P-0001-WHT', parentNumber: 'P-0001' })] };
    const fake = createFakeApi({ 'catalogue:list': fakeList(products, variations), 'catalogue:facets': () => facets });
    renderWithApi(<CatalogueScreen initialRect={RECT} />, fake.api);
    await user.click(await screen.findByRole('button', { name: 'Show 2 variations of P-0001' }));
    await waitFor(() => expect(rowOf('P-0001-WHT')).not.toBeNull());
    const order = [...document.querySelectorAll('[role="row"][data-product-number]')].map((row) => row.getAttribute('data-product-number'));
    expect(order).toEqual(['P-0001', 'P-0001-BLK', 'P-0001-WHT', 'P-0002']);
    expect(rowOf('P-0001-BLK')?.getAttribute('aria-level')).toBe('2');
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('5');
    expect(fake.callsOf('catalogue:list').some((query) => query.parentId === 1)).toBe(true);
  });

  it('exports the catalogue as a CSV download', async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    URL.createObjectURL = () => 'blob:catalogue';
    URL.revokeObjectURL = () => undefined;
    try {
      setup(undefined, { 'catalogue:export': () => ({ fileName: 'catalogue-2025-01-01.csv', content: '\uFEFFa;b', rowCount: 250 }) });
      await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(clicked).toEqual(['catalogue-2025-01-01.csv']));
      expect(await screen.findByText('Exported 250 products to catalogue-2025-01-01.csv.')).toBeTruthy();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
  });

  it('invites an import when the catalogue is empty', async () => {
    setup([]);
    expect(await screen.findByText('Your catalogue is empty — import a CSV')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import a CSV' }).getAttribute('href')).toBe('#/import');
  });

  it('refreshes when main says the catalogue changed', async () => {
    const products = [productRow(1)];
    const fake = createFakeApi({
      'catalogue:list': fakeList(products),
      'catalogue:facets': () => facets,
      'connection:status': () => connectionStatus(),
      'sync:state': () => ({ running: null, lastRun: null, pendingChanges: 3, openTasks: 0, truth: { ...NOTHING_DIFFERS, pendingChanges: 3 } }),
    });
    const { App } = await import('../../App');
    const { createQueryClient } = await import('../../api/queries');
    const { render } = await import('@testing-library/react');
    // Home is the first screen; this test is about the catalogue's.
    window.location.hash = '#/catalogue';
    render(
      <FixedViewportContext.Provider value={RECT}>
        <App api={fake.api} queryClient={createQueryClient()} />
      </FixedViewportContext.Provider>,
    );
    await waitFor(() => expect(rowOf('P-0001')).not.toBeNull());
    products.push(productRow(2));
    act(() => fake.emit('catalogue:changed', { reason: 'import' }));
    await waitFor(() => expect(rowOf('P-0002')).not.toBeNull());
    // The header says what the sync state says differs from Back Market, and follows main's events.
    await waitFor(() => expect(screen.getByTestId('pending-changes').textContent).toBe('3 changes wait for the next sync'));
  });
});

describe('the catalogue grid’s État column in French', () => {
  it('names the grades an account import wrote (GOOD, STALLONE) in French, and keeps the merchant’s own conditions', async () => {
    const i18next = (await import('../../i18n')).default;
    await i18next.changeLanguage('fr');
    try {
      setup([productRow(1, { condition: 'GOOD' }), productRow(2, { condition: 'STALLONE' }), productRow(3, { condition: 'Comme neuf' })]);
      await waitFor(() => expect(rowOf('P-0003')).not.toBeNull());
      const header = screen.getByRole('columnheader', { name: 'État' });
      const column = Array.from(header.parentElement?.children ?? []).indexOf(header);
      const cellOf = (productNumber: string) => (rowOf(productNumber) as HTMLElement).children[column]?.textContent;
      expect([cellOf('P-0001'), cellOf('P-0002'), cellOf('P-0003')]).toEqual(['Bon', 'Stallone', 'Comme neuf']);
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});
