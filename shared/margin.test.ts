// Golden figures for the margin of one sale, worked by hand, in the three currencies of the EU platform and both VAT
// regimes: regular VAT on the whole price, margin-scheme VAT on the price minus the purchase cost, never below 0.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VAT_BASIS_POINTS, includedVat, marginOf, vatDue } from './margin';
import { MARKET_CODES } from './connection';

describe('VAT included in a price', () => {
  it('takes rate / (1 + rate) of the amount, to the cent', () => {
    // 399.00 at 20 %: 399 × 20 / 120 = 66.50.
    expect(includedVat(39_900, 2000)).toBe(6650);
    // 250.00 at 19 %: 250 × 19 / 119 = 39.915… → 39.92.
    expect(includedVat(25_000, 1900)).toBe(3992);
    expect(includedVat(0, 2000)).toBe(0);
  });

  it('under the margin scheme, is never due on a device sold below its purchase cost', () => {
    expect(vatDue('margin', 19_900, 23_000, 2000)).toBe(0);
    expect(vatDue('regular', 19_900, 23_000, 2000)).toBe(3317);
  });

  it('has a default rate for each of the 13 markets', () => {
    expect(Object.keys(DEFAULT_VAT_BASIS_POINTS).sort()).toEqual([...MARKET_CODES].sort());
  });
});

describe('the margin of a sale, golden figures', () => {
  it('EUR, France 20 %: iPhone sold 399.00, commission 39.90, parcel 6.50, bought 220.00, repaired 35.00', () => {
    const sale = { priceCents: 39_900, commissionCents: 3990, shippingCents: 650, purchaseCostCents: 22_000, repairCostCents: 3500, vatBasisPoints: DEFAULT_VAT_BASIS_POINTS['fr-fr'] ?? 0 };
    // Margin scheme: VAT on 179.00 = 29.83; 399.00 − 39.90 − 6.50 − 220.00 − 35.00 − 29.83 = 67.77.
    expect(marginOf({ ...sale, vatRegime: 'margin' })).toEqual({ vatCents: 2983, marginCents: 6777 });
    // Regular: VAT on 399.00 = 66.50; 97.60 − 66.50 = 31.10.
    expect(marginOf({ ...sale, vatRegime: 'regular' })).toEqual({ vatCents: 6650, marginCents: 3110 });
  });

  it('GBP, United Kingdom 20 %: sold 289.00, commission 28.90, parcel 4.20, bought 250.00, repaired 12.00 — a loss', () => {
    const sale = { priceCents: 28_900, commissionCents: 2890, shippingCents: 420, purchaseCostCents: 25_000, repairCostCents: 1200, vatBasisPoints: DEFAULT_VAT_BASIS_POINTS['en-gb'] ?? 0 };
    // Margin scheme: VAT on 39.00 = 6.50; −6.10 − 6.50 = −12.60.
    expect(marginOf({ ...sale, vatRegime: 'margin' })).toEqual({ vatCents: 650, marginCents: -1260 });
    // Regular: VAT on 289.00 = 48.17; −6.10 − 48.17 = −54.27.
    expect(marginOf({ ...sale, vatRegime: 'regular' })).toEqual({ vatCents: 4817, marginCents: -5427 });
  });

  it('SEK, Sweden 25 %: sold 3 499.00 kr, commission 349.90, parcel 59.00, bought 2 100.00, repaired 150.00', () => {
    const sale = { priceCents: 349_900, commissionCents: 34_990, shippingCents: 5900, purchaseCostCents: 210_000, repairCostCents: 15_000, vatBasisPoints: DEFAULT_VAT_BASIS_POINTS['sv-se'] ?? 0 };
    // Margin scheme: VAT on 1 399.00 = 279.80; 840.10 − 279.80 = 560.30.
    expect(marginOf({ ...sale, vatRegime: 'margin' })).toEqual({ vatCents: 27_980, marginCents: 56_030 });
    // Regular: VAT on 3 499.00 = 699.80; 840.10 − 699.80 = 140.30.
    expect(marginOf({ ...sale, vatRegime: 'regular' })).toEqual({ vatCents: 69_980, marginCents: 14_030 });
  });
});
