import { describe, expect, it } from 'vitest';
import { convertAmount, filledPrice, missingRates, priceFillSchema, rateOf, roundToEnding } from './price-conversion';

const rates = { GBP: 0.86, SEK: 11.5 };

describe('converting a price between currencies', () => {
  it('converts with the rate the merchant set, to the cent', () => {
    expect(convertAmount(101.9, 'EUR', 'GBP', rates)).toBe(87.63);
    expect(convertAmount(100, 'EUR', 'SEK', rates)).toBe(1150);
    // Back through the euro: 86 GBP is 100 EUR, 1,150 SEK.
    expect(convertAmount(86, 'GBP', 'SEK', rates)).toBe(1150);
    expect(convertAmount(1150, 'SEK', 'EUR', rates)).toBe(100);
  });

  it('never puts the same number into another currency without a rate', () => {
    expect(convertAmount(101.9, 'EUR', 'GBP', {})).toBeNull();
    expect(convertAmount(101.9, 'EUR', 'EUR', {})).toBe(101.9);
    expect(rateOf('EUR', {})).toBe(1);
    expect(rateOf('GBP', { GBP: 0 })).toBeNull();
    expect(missingRates('EUR', ['EUR', 'GBP', 'SEK'], { SEK: 11 })).toEqual(['GBP']);
    expect(missingRates('GBP', ['EUR'], {})).toEqual(['GBP']);
    expect(missingRates('EUR', ['EUR'], {})).toEqual([]);
  });
});

describe('rounding to the ending the merchant picks', () => {
  it('goes to the nearest price with that ending', () => {
    expect(roundToEnding(118.37, '90')).toBe(117.9);
    expect(roundToEnding(118.41, '90')).toBe(118.9);
    expect(roundToEnding(118.37, '99')).toBe(117.99);
    expect(roundToEnding(118.6, '99')).toBe(118.99);
    expect(roundToEnding(118.37, '00')).toBe(118);
    expect(roundToEnding(118.5, '00')).toBe(119);
    expect(roundToEnding(118.374, 'cent')).toBe(118.37);
    // Already on the ending: unchanged.
    expect(roundToEnding(99.9, '90')).toBe(99.9);
    expect(roundToEnding(99.99, '99')).toBe(99.99);
  });

  it('never goes below the ending itself', () => {
    expect(roundToEnding(0.2, '90')).toBe(0.9);
    expect(roundToEnding(0.2, '00')).toBe(1);
    expect(roundToEnding(0.001, 'cent')).toBe(0.01);
  });
});

describe('a filled price', () => {
  it('converts, applies the percentage, then rounds', () => {
    // 101.90 EUR → 87.63 GBP, +5% = 92.01 → .99 ending: 91.99.
    expect(filledPrice(101.9, 'EUR', 'GBP', 5, '99', rates)).toBe(91.99);
    // Same currency, -10%: 101.90 → 91.71 → 91.90.
    expect(filledPrice(101.9, 'EUR', 'EUR', -10, '90', rates)).toBe(91.9);
    expect(filledPrice(101.9, 'EUR', 'SEK', 0, '00', rates)).toBe(1172);
    expect(filledPrice(101.9, 'EUR', 'GBP', 0, 'cent', {})).toBeNull();
  });

  it('accepts a fill action only with positive rates and a known ending', () => {
    const base = { from: 'base', to: [{ country: 'en-gb', percent: 0 }], ending: '90', target: { ids: [1] } };
    expect(priceFillSchema.safeParse({ ...base, rates: { GBP: 0.86 } }).success).toBe(true);
    expect(priceFillSchema.safeParse({ ...base, rates: { GBP: 0 } }).success).toBe(false);
    expect(priceFillSchema.safeParse({ ...base, rates: { gbp: 0.86 } }).success).toBe(false);
    expect(priceFillSchema.safeParse({ ...base, ending: '95', rates: {} }).success).toBe(false);
  });
});
