// Price to win as the merchant reads it: each offer's current price, price to win, floor, new price and what they keep,
// the offers left as they are with the reason, and Apply sending the same selection back to main.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PriceToWinPreview } from '../../../../shared/backbox';
import { createFakeApi } from '../../../test/fake-api';
import { renderWithApi } from '../../../test/render';
import { PriceToWinDialog } from './PriceToWinDialog';

const settings = { minMarginPercent: 10, minProfitCents: 1000, stepCents: 100, maxRaisePercent: 0, vatPercent: 20 };
const base = { grade: 'GOOD' as const, maxCents: 49_990, currency: 'EUR' };
const preview: PriceToWinPreview = {
  settings,
  lines: [
    { ...base, productId: 1, productNumber: 'IP13-1', country: 'fr-fr', currentCents: 49_990, priceToWinCents: 44_900, floorCents: 33_000, newCents: 44_800, keepsCents: 12_803, untouched: null },
    { ...base, productId: 2, productNumber: 'IP13-2', country: 'fr-fr', currentCents: 49_990, priceToWinCents: 15_000, floorCents: 33_000, newCents: null, keepsCents: 16_150, untouched: 'floor-reached' },
    { ...base, productId: 3, productNumber: 'IP13-3', country: 'fr-fr', currentCents: 49_990, priceToWinCents: 44_000, floorCents: null, newCents: null, keepsCents: null, untouched: 'cost-unknown' },
  ],
};

describe('Price to win', () => {
  it('previews new prices and the reasons others stay, then applies the same selection', async () => {
    const offers = [1, 2, 3].map((productId) => ({ productId, country: 'fr-fr' }));
    const fake = createFakeApi({ 'backbox:previewPriceToWin': () => preview, 'backbox:applyPriceToWin': () => ({ ...preview, applied: 1 }) });
    const onApplied = vi.fn();
    renderWithApi(<PriceToWinDialog offers={offers} onClose={() => undefined} onApplied={onApplied} />, fake.api);
    const table = await screen.findByTestId('price-to-win-table');
    const moved = within(table).getByText('IP13-1', { exact: false }).closest('tr') as HTMLElement;
    expect(moved.textContent).toContain('€499.90');
    expect(moved.textContent).toContain('€449.00');
    expect(moved.textContent).toContain('€330.00');
    expect(within(moved).getByTestId('new-price').textContent).toBe('€448.00');
    expect(moved.textContent).toContain('€128.03');
    const belowFloor = within(table).getByText('IP13-2', { exact: false }).closest('tr') as HTMLElement;
    expect(belowFloor.textContent).toContain('the price to win is below your floor');
    const noCost = within(table).getByText('IP13-3', { exact: false }).closest('tr') as HTMLElement;
    expect(noCost.textContent).toContain('cost price is not known');
    expect(noCost.textContent).toContain('Not known');

    await userEvent.click(screen.getByRole('button', { name: 'Apply 1 new prices' }));
    await waitFor(() => expect(onApplied).toHaveBeenCalledWith(1));
    expect(fake.callsOf('backbox:applyPriceToWin')).toEqual([{ offers }]);
    expect(fake.callsOf('backbox:previewPriceToWin')).toEqual([{ offers }]);
  });
});
