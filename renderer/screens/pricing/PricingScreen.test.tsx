import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PriceBulk } from '../../../shared/mapping';
import { createFakeApi } from '../../test/fake-api';
import { priceMatrix, priceRow } from '../../test/mapping';
import { renderWithApi } from '../../test/render';
import { PricingScreen } from './PricingScreen';

function setup() {
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

  it('copies one country to the others for every product found when none is selected', async () => {
    const user = userEvent.setup();
    const fake = setup();
    await screen.findByRole('table', { name: 'Prices per country' });
    expect(screen.getByText('Applies to all 3 products shown by the search (select rows to narrow it).')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Copy prices from'), 'de-de');
    await user.click(screen.getByRole('button', { name: 'Copy prices' }));
    await waitFor(() => expect(fake.callsOf('pricing:bulk')[0]).toEqual({ action: 'copy', from: 'de-de', to: ['fr-fr', 'en-gb'], target: { filter: {} } }));
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
});
