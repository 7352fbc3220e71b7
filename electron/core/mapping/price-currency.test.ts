// The catalogue price (EUR) never feeds a market in another currency as the same number: mapping it as the UK price is
// refused with what to do instead, and a UK offer reading it through the all-countries mapping is held back until the
// price matrix holds its pounds (filled with the merchant's rate).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CountrySetting } from '../../../shared/connection';
import type { Db } from '../db/connection';
import { upsertProduct } from '../db/products-repo';
import { tempDatabase } from '../test/temp-db';
import type { MappingService } from './mapping-service';
import { mappingServiceOver } from './mapping-test-kit';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;
let phone: number;
const countries: CountrySetting[] = [
  { code: 'fr-fr', language: 'fr' },
  { code: 'en-gb', language: 'en' },
  { code: 'sv-se', language: 'sv' },
];
const at = '2026-12-06T10:00:00Z';

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  mapping = mappingServiceOver(db, at, { countries: () => countries });
  phone = upsertProduct(db, { productNumber: 'IP13', title: 'iPhone 13', price: 101.9 } as never, { 'Prix UK': '89.90' }, at);
});
afterEach(() => cleanup());

const priceProblems = (country: string) =>
  mapping
    .problems(phone)
    .countries.find((entry) => entry.country === country)
    ?.problems.filter((problem) => problem.field === 'price')
    .map((problem) => problem.code) ?? [];

describe('the catalogue price and a market in another currency', () => {
  it('refuses the catalogue price as the UK or Swedish price, naming the currencies and the fill', () => {
    expect(() => mapping.setField('price', 'en-gb', { kind: 'field', field: 'price' })).toThrow(
      /catalogue price, which is in EUR, sent as the same number in GBP\. Use "Fill from the catalogue price" in the price matrix with a EUR→GBP rate/,
    );
    expect(() => mapping.setField('price', 'sv-se', { kind: 'field', field: 'price' })).toThrow(/EUR→SEK rate/);
    expect(() => mapping.setField('price_new', 'en-gb', { kind: 'field', field: 'price' })).toThrow(/"Price new \(MSRP\)" for the United Kingdom/);
    expect(mapping.fields().fields.find((row) => row.field === 'price')?.countrySources?.['en-gb']).toBeUndefined();
  });

  it('takes it for a market in euros, and a column of pounds for the UK', () => {
    expect(mapping.setField('price', 'fr-fr', { kind: 'field', field: 'price' })).toEqual({ affectedProducts: 1 });
    expect(mapping.setField('price', 'en-gb', { kind: 'attribute', name: 'Prix UK' })).toEqual({ affectedProducts: 1 });
    expect(priceProblems('fr-fr')).toEqual([]);
    expect(priceProblems('en-gb')).toEqual([]);
  });

  it('holds back a UK offer that would read the catalogue price through the all-countries mapping, until its pounds are filled', () => {
    mapping.setField('price', undefined, { kind: 'field', field: 'price' });
    expect(priceProblems('fr-fr')).toEqual([]);
    expect(priceProblems('en-gb')).toEqual(['price-currency']);
    expect(priceProblems('sv-se')).toEqual(['price-currency']);
    const problem = mapping.problems(phone).countries.find((entry) => entry.country === 'en-gb')?.problems.find((entry) => entry.code === 'price-currency');
    expect(problem?.fix).toEqual({ kind: 'product-field', field: 'price:en-gb' });

    mapping.fillPrices({ from: 'base', to: [{ country: 'en-gb', percent: 0 }], ending: '90', rates: { GBP: 0.86 }, target: { ids: [phone] } });
    expect(priceProblems('en-gb')).toEqual([]);
    expect(priceProblems('sv-se')).toEqual(['price-currency']);
  });
});

describe('the price matrix of a market in another currency', () => {
  const cell = (country: string) => mapping.priceMatrix({ search: 'IP13', offset: 0, limit: 5 }).rows[0]?.prices[country];

  it('shows no UK price read from the catalogue price, says why, and neither raises nor copies it', () => {
    mapping.setField('price', undefined, { kind: 'field', field: 'price' });
    expect(cell('fr-fr')).toMatchObject({ price: 101.9, origin: 'mapped', problem: null });
    expect(cell('en-gb')).toMatchObject({ price: null, origin: 'none' });
    expect(mapping.priceMatrix({ offset: 0, limit: 5 }).catalogueCurrencyCountries).toEqual(['en-gb', 'sv-se']);
    expect(mapping.bulkPrices({ action: 'percent', percent: 10, countries: ['en-gb'], target: { ids: [phone] } })).toEqual({ updated: 0 });
    expect(cell('en-gb')?.price).toBeNull();
    // Filled with the rate, the UK has its own price in pounds.
    mapping.fillPrices({ from: 'base', to: [{ country: 'en-gb', percent: 0 }], ending: '99', rates: { GBP: 0.86 }, target: { ids: [phone] } });
    expect(cell('en-gb')).toMatchObject({ price: 87.99, origin: 'stored', problem: null });
    mapping.setField('price', undefined, { kind: 'price-matrix' });
    expect(mapping.priceMatrix({ offset: 0, limit: 5 }).catalogueCurrencyCountries).toEqual([]);
  });
});
