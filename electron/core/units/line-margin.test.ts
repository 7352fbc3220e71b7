// One line's margin when it sold several devices: Back Market's price is per unit and its fee is for the line, the
// fee and the parcel are shared between the devices, and each device pays the VAT of its own regime. A line whose
// devices are not all recorded with a cost in the sale's currency has no margin, rather than a wrong one.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VAT_BASIS_POINTS, type MarginSettings } from '../../../shared/margin';
import { lineMargin, type SaleRow } from './margin-report';

const settings: MarginSettings = { vatBasisPoints: { ...DEFAULT_VAT_BASIS_POINTS }, shippingCents: { EUR: 801 }, minimumMarginCents: null };
const row = (device: Partial<SaleRow>): SaleRow => ({
  id: 1,
  country_code: 'fr-fr',
  currency: 'EUR',
  price: '300.00',
  orderline_fee: '60.01',
  quantity: 2,
  purchase_cost_cents: 15_000,
  repair_cost_cents: 0,
  vat_regime: 'margin',
  unit_currency: 'EUR',
  ...device,
});

describe('the margin of a line of two devices', () => {
  it('shares the fee and parcel, and charges each device its own VAT', () => {
    const margin = lineMargin([row({}), row({ purchase_cost_cents: 20_000, repair_cost_cents: 1000, vat_regime: 'regular' })], settings);
    // Device 1: 300.00 − 30.00 fee − 4.00 parcel − 150.00 − VAT on 150.00 (25.00) = 91.00.
    // Device 2: 300.00 − 30.01 − 4.01 − 200.00 − 10.00 − VAT on 300.00 (50.00) = 5.98.
    expect(margin).toEqual({ revenueCents: 60_000, commissionCents: 6001, shippingCents: 801, costCents: 36_000, vatCents: 7500, marginCents: 9698 });
  });

  it('is not known with one device missing, or costed in another currency', () => {
    expect(lineMargin([row({})], settings)).toBeUndefined();
    expect(lineMargin([row({}), row({ unit_currency: 'GBP' })], settings)).toBeUndefined();
    expect(lineMargin([row({}), row({ purchase_cost_cents: null })], settings)).toBeUndefined();
  });
});
