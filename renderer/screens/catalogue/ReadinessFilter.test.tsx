import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProductQuery } from '../../../shared/catalogue';
import { createFakeApi } from '../../test/fake-api';
import { fakeList, productRow } from '../../test/products';
import { renderWithApi } from '../../test/render';
import { CatalogueScreen } from './CatalogueScreen';

const RECT = { width: 1200, height: 600 };
const products = Array.from({ length: 20 }, (_, index) => productRow(index + 1, index < 3 ? { brand: null } : {}));

function setup() {
  const list = fakeList(products);
  const fake = createFakeApi({
    'catalogue:list': (query) => {
      if (!query.readiness) return list(query);
      // Products 1-3 have no brand: not ready anywhere.
      const rows = products.filter((product) => (product.brand === null) !== query.readiness?.ready);
      return { rows, total: rows.length };
    },
    'catalogue:facets': () => ({ categories: ['Smartphones'], brands: ['Apple', 'Samsung'], conditions: ['Good'], total: 20, pending: 0 }),
    'mapping:readiness': () => ({
      countries: [
        { country: 'fr-fr', ready: 17, notReady: 3 },
        { country: 'de-de', ready: 17, notReady: 3 },
      ],
      total: 20,
      computedAt: '2026-11-27T18:00:00.000Z',
    }),
  });
  renderWithApi(<CatalogueScreen initialRect={RECT} />, fake.api);
  return fake;
}

const lastQuery = (calls: ProductQuery[]) => calls.filter((query) => query.parentId === undefined).at(-1);

describe('the "Ready for" filter', () => {
  it('lists the enabled countries and asks for the products not ready (or ready) in the chosen one, with counts', async () => {
    const user = userEvent.setup();
    const fake = setup();
    const country = (await screen.findByRole('combobox', { name: 'Ready for' })) as HTMLSelectElement;
    const state = screen.getByRole('combobox', { name: 'Readiness' }) as HTMLSelectElement;
    expect(state.disabled).toBe(true);
    expect([...country.options].map((option) => option.textContent)).toEqual(['Any country', 'France', 'Germany']);

    await user.selectOptions(country, 'fr-fr');
    expect(state.disabled).toBe(false);
    expect([...state.options].map((option) => option.textContent)).toEqual(['Not ready (3)', 'Ready (17)']);
    await waitFor(() => expect(lastQuery(fake.callsOf('catalogue:list'))?.readiness).toEqual({ country: 'fr-fr', ready: false }));
    await waitFor(() => expect(screen.getByTestId('catalogue-count').textContent).toBe('3 products'));

    await user.selectOptions(state, 'ready');
    await waitFor(() => expect(lastQuery(fake.callsOf('catalogue:list'))?.readiness).toEqual({ country: 'fr-fr', ready: true }));
    await waitFor(() => expect(screen.getByTestId('catalogue-count').textContent).toBe('17 products'));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // The unfiltered list comes back (from the cache: it was the first page asked for).
    await waitFor(() => expect(screen.getByTestId('catalogue-count').textContent).toBe('20 products'));
    expect(country.value).toBe('');
  });
});
