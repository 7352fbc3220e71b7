import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PriceBulk } from '../../../shared/mapping';
import { createFakeApi } from '../../test/fake-api';
import { priceMatrix, priceRow } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { PricingScreen } from './PricingScreen';

function setup(savedRates: Record<string, number> = {}) {
  let rows = [1, 2, 3].map((id) => priceRow(id, { 'fr-fr': 100 * id, 'de-de': 100 * id, 'en-gb': 90 * id }));
  const fake = createFakeApi({
    'pricing:matrix': () => priceMatrix(rows),
    'pricing:bulk': (input) => {
      const bulk = input as PriceBulk;
      if (bulk.action !== 'percent' || !('ids' in bulk.target)) return { updated: 0 };
      const ids = bulk.target.ids;
      rows = rows.map((row) =>
        ids.includes(row.productId)
          ? priceRow(
              row.productId,
              Object.fromEntries(Object.entries(row.prices).map(([country, cell]) => [country, bulk.countries.includes(country) ? Math.round((cell.price ?? 0) * (100 + bulk.percent)) / 100 : (cell.price ?? 0)])),
            )
          : row,
      );
      return { updated: ids.length };
    },
    'pricing:rates': () => savedRates,
    'pricing:fill': (fill) => ({ updated: 'ids' in fill.target ? fill.target.ids.length : rows.length }),
    'pricing:setPrice': ({ productId, country, price }) => {
      rows = rows.map((row) => (row.productId === productId ? priceRow(productId, { ...Object.fromEntries(Object.entries(row.prices).map(([code, cell]) => [code, cell.price ?? 0])), [country]: price ?? 0 }) : row));
      return rows.find((row) => row.productId === productId) ?? rows[0]!;
    },
  });
  renderWithApi(<PricingScreen />, fake.api);
  return fake;
}

const priceBox = (productNumber: string, country: string) => screen.getByRole('textbox', { name: `Price of ${productNumber} in ${country}` }) as HTMLInputElement;

describe('the price matrix', () => {
  it('shows each product × enabled country with what the merchant keeps, warning below cost', async () => {
    setup();
    const matrix = await screen.findByRole('table', { name: 'Prices per country' });
    expect(within(matrix).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(
      expect.arrayContaining(['France EUR', 'Germany EUR', 'United Kingdom GBP']),
    );
    expect(priceBox('P-1', 'France').value).toBe('100.00');
    const row1 = matrix.querySelector('[data-product-number="P-1"]') as HTMLElement;
    // 100 - 10 commission - 5 shipping = 85 ≥ 80 cost; 90 in the UK leaves 76: below cost.
    const keeps = within(row1).getAllByTestId('keeps');
    expect(keeps[0]?.textContent).toBe('keeps €85.00');
    expect(keeps[0]?.className).not.toContain('keeps-below-cost');
    expect(keeps[2]?.textContent).toContain('£76.00');
    expect(keeps[2]?.className).toContain('keeps-below-cost');
  });

  it('raises the selected rows by a percentage and shows the new prices and amounts kept', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByRole('table', { name: 'Prices per country' });
    await user.click(screen.getByRole('checkbox', { name: 'Select P-1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select P-3' }));
    expect(screen.getByText('Applies to the 2 selected products.')).toBeTruthy();
    await user.type(screen.getByLabelText('Change by %'), '5');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(fake.callsOf('pricing:bulk')).toHaveLength(1));
    expect(fake.callsOf('pricing:bulk')[0]).toEqual({ action: 'percent', percent: 5, countries: ['fr-fr', 'de-de', 'en-gb'], target: { ids: [1, 3] } });
    expect(await screen.findByText('Prices of 2 products updated.')).toBeTruthy();
    await waitFor(() => expect(priceBox('P-1', 'France').value).toBe('105.00'));
    expect(priceBox('P-2', 'France').value).toBe('200.00');
    expect(priceBox('P-3', 'France').value).toBe('315.00');
    const row1 = screen.getByRole('table').querySelector('[data-product-number="P-1"]') as HTMLElement;
    expect(within(row1).getAllByTestId('keeps')[0]?.textContent).toBe('keeps €89.50');
  });

  it('fills every country from the catalogue price in three actions, converting pounds with the rate, previewed first', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByRole('table', { name: 'Prices per country' });
    await user.click(screen.getByRole('button', { name: 'Fill from the catalogue price' }));
    const panel = screen.getByRole('region', { name: 'Fill prices' });
    const preview = within(panel).getByRole('table', { name: 'Preview of the filled prices' });
    const ukRow = preview.querySelector('[data-country="en-gb"]') as HTMLElement;
    // No pound rate yet: the UK cannot be filled, so nothing can be applied, and the euro amount is not shown as pounds.
    expect(within(ukRow).getAllByTestId('price-fill-preview')[0]?.textContent).toBe('needs the GBP rate');
    expect(within(panel).getByText('Set the rate of GBP for 1 EUR first.')).toBeTruthy();
    const apply = within(panel).getByRole('button', { name: 'Fill the prices of 3 products' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);

    await user.type(within(panel).getByLabelText('GBP for 1 EUR'), '0,86');
    // 100 EUR catalogue price × 0.86 = £86.00, beside the £90.00 the product has now.
    expect(within(ukRow).getAllByTestId('price-fill-preview')[0]?.textContent).toBe('£90.00 → £86.00');
    const germany = preview.querySelector('[data-country="de-de"]') as HTMLElement;
    expect(within(germany).getAllByTestId('price-fill-preview')[0]?.textContent).toBe('€100.00 → €100.00');
    await user.click(apply);
    await waitFor(() => expect(fake.callsOf('pricing:fill')).toHaveLength(1));
    expect(fake.callsOf('pricing:fill')[0]).toEqual({
      from: 'base',
      to: [
        { country: 'fr-fr', percent: 0 },
        { country: 'de-de', percent: 0 },
        { country: 'en-gb', percent: 0 },
      ],
      ending: 'cent',
      rates: { GBP: 0.86 },
      target: { filter: {} },
    });
    expect(await within(panel).findByText('Prices of 3 products filled.')).toBeTruthy();
  });

  it('copies one country into the others with a percentage per country and the chosen ending, from the saved rate', async () => {
    const user = userEvent.setup();
    const fake = setup({ GBP: 0.85 });
    await screen.findByRole('table', { name: 'Prices per country' });
    await user.click(screen.getByRole('checkbox', { name: 'Select P-2' }));
    await user.click(screen.getByRole('button', { name: 'Fill from the catalogue price' }));
    const panel = screen.getByRole('region', { name: 'Fill prices' });
    await user.selectOptions(within(panel).getByLabelText('Fill from'), 'fr-fr');
    await user.selectOptions(within(panel).getByLabelText('Price ending'), '.99');
    await user.type(within(panel).getByLabelText('Change by % for Germany'), '5');
    await user.click(within(panel).getByRole('checkbox', { name: /United Kingdom/ }));
    const preview = within(panel).getByRole('table', { name: 'Preview of the filled prices' });
    // P-2 in France: 200 EUR; Germany +5% = 210 → 209.99; the UK is left as it is.
    expect(within(preview.querySelector('[data-country="de-de"]') as HTMLElement).getByTestId('price-fill-preview').textContent).toBe('€200.00 → €209.99');
    expect(within(preview.querySelector('[data-country="en-gb"]') as HTMLElement).getByTestId('price-fill-preview').textContent).toBe('unchanged');
    expect((within(panel).getByLabelText('GBP for 1 EUR') as HTMLInputElement).value).toBe('0.85');
    await user.click(within(panel).getByRole('button', { name: 'Fill the prices of 1 product' }));
    await waitFor(() =>
      expect(fake.callsOf('pricing:fill')[0]).toEqual({ from: 'fr-fr', to: [{ country: 'de-de', percent: 5 }], ending: '99', rates: { GBP: 0.85 }, target: { ids: [2] } }),
    );
  });

  it('saves a price edited in place, accepting a decimal comma, and refuses what is not a price', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByRole('table', { name: 'Prices per country' });
    const box = priceBox('P-2', 'Germany');
    await user.clear(box);
    await user.type(box, '189,90{Enter}');
    await waitFor(() => expect(fake.callsOf('pricing:setPrice')).toEqual([{ productId: 2, country: 'de-de', price: 189.9 }]));
    await user.clear(box);
    await user.type(box, 'cheap{Enter}');
    expect(screen.getByText('"cheap" is not a price. Type an amount above 0, such as 249,90.')).toBeTruthy();
    expect(fake.callsOf('pricing:setPrice')).toHaveLength(1);
  });

  it('opens at the product a link names (the account review’s "Go to the price for France"), its search box filled', async () => {
    window.location.hash = '#/pricing?search=P-2';
    try {
      const fake = setup();
      expect(((await screen.findByRole('searchbox', { name: 'Search prices' })) as HTMLInputElement).value).toBe('P-2');
      await waitFor(() => expect(fake.calls.filter((call) => call.name === 'pricing:matrix').map((call) => call.input)).toContainEqual({ search: 'P-2', offset: 0, limit: 50 }));
    } finally {
      window.location.hash = '';
    }
  });
});
