// Filling the price matrix from the catalogue price: every country at once, each with its percentage, converted into
// pounds with the merchant's rate and rounded to the ending; never the euro number in pounds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CountrySetting } from '../../../shared/connection';
import type { Db } from '../db/connection';
import { pendingEntries } from '../db/outbox-repo';
import { upsertProduct } from '../db/products-repo';
import { tempDatabase } from '../test/temp-db';
import type { MappingService } from './mapping-service';
import { mappingServiceOver } from './mapping-test-kit';
import { CURRENCY_RATES_SETTING, memoryRatesSettings, type CurrencyRatesSettings } from './price-fill';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;
let rateSettings: CurrencyRatesSettings;
const countries: CountrySetting[] = [
  { code: 'fr-fr', language: 'fr' },
  { code: 'de-de', language: 'de' },
  { code: 'en-gb', language: 'en' },
];
const at = '2026-12-01T10:00:00Z';
let ids: Record<string, number>;

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  rateSettings = memoryRatesSettings();
  mapping = mappingServiceOver(db, at, { countries: () => countries, rateSettings });
  mapping.setField('price', undefined, { kind: 'price-matrix' });
  ids = {
    A: upsertProduct(db, { productNumber: 'A', title: 'A', price: 101.9 } as never, {}, at),
    B: upsertProduct(db, { productNumber: 'B', title: 'B', price: 250 } as never, {}, at),
    C: upsertProduct(db, { productNumber: 'C', title: 'C' } as never, {}, at),
  };
  db.exec('DELETE FROM outbox');
});
afterEach(() => cleanup());

const pricesOf = (productNumber: string) => mapping.priceMatrix({ search: productNumber, offset: 0, limit: 5 }).rows[0]?.prices ?? {};
const everyCountry = (percent: Record<string, number> = {}) => countries.map((country) => ({ country: country.code, percent: percent[country.code] ?? 0 }));

describe('filling prices from the catalogue price', () => {
  it('fills every country, converting into pounds with the rate and rounding to the ending', () => {
    const result = mapping.fillPrices({ from: 'base', to: everyCountry({ 'de-de': 5 }), ending: '90', rates: { GBP: 0.86 }, target: { filter: {} } });
    // C has no catalogue price: left alone.
    expect(result).toEqual({ updated: 2 });
    const a = pricesOf('A');
    expect(a['fr-fr']?.price).toBe(101.9);
    // 101.90 + 5% = 107.00 → 106.90.
    expect(a['de-de']?.price).toBe(106.9);
    // 101.90 EUR × 0.86 = 87.63 GBP → 87.90, never £101.90.
    expect(a['en-gb']?.price).toBe(87.9);
    expect(pricesOf('B')['en-gb']?.price).toBe(214.9);
    expect(pricesOf('C')['fr-fr']?.price).toBeNull();
    expect(pendingEntries(db).map((entry) => entry.productNumber).sort()).toEqual(['A', 'B']);
    // The rate is kept for the next fill.
    expect(mapping.currencyRates()).toEqual({ GBP: 0.86 });
    expect(rateSettings.get(CURRENCY_RATES_SETTING)).toEqual({ GBP: 0.86 });
  });

  it('refuses to fill a currency without a rate, storing nothing', () => {
    expect(() => mapping.fillPrices({ from: 'base', to: everyCountry(), ending: 'cent', rates: {}, target: { ids: [ids.A as number] } })).toThrow(/Set the rate of GBP/);
    expect(pricesOf('A')['fr-fr']?.price).toBeNull();
  });

  it('copies from one country into another currency converted, and refuses the plain copy across currencies', () => {
    mapping.setPrice(ids.A as number, 'fr-fr', 100);
    expect(() => mapping.bulkPrices({ action: 'copy', from: 'fr-fr', to: ['en-gb'], target: { ids: [ids.A as number] } })).toThrow(/cannot be copied unchanged into en-gb/);
    expect(mapping.bulkPrices({ action: 'copy', from: 'fr-fr', to: ['de-de'], target: { ids: [ids.A as number] } })).toEqual({ updated: 1 });
    mapping.fillPrices({ from: 'fr-fr', to: [{ country: 'en-gb', percent: 0 }], ending: '99', rates: { GBP: 0.85 }, target: { ids: [ids.A as number] } });
    expect(pricesOf('A')['en-gb']?.price).toBe(84.99);
  });

  it('refuses a country the merchant does not sell in', () => {
    expect(() => mapping.fillPrices({ from: 'base', to: [{ country: 'sv-se', percent: 0 }], ending: 'cent', rates: { SEK: 11 }, target: { filter: {} } })).toThrow(/do not sell in sv-se/);
  });
});
