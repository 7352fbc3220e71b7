// The sandbox marketplace's copy of the sample catalogue's products stays in step with resources/sample-catalogue.csv.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import derived from '../../../resources/sandbox/sample-products.json' with { type: 'json' };
import { sampleProductsFromCsv, sandboxPriceNew } from './sample-products';

describe('resources/sandbox/sample-products.json', () => {
  it('lists every product of the sample catalogue that has an EAN (regenerate with npx tsx scripts/derive-sandbox-sample.ts)', async () => {
    const fromCsv = await sampleProductsFromCsv(path.resolve(import.meta.dirname, '../../../resources/sample-catalogue.csv'));
    expect(fromCsv.length).toBeGreaterThan(100);
    expect(derived).toEqual(fromCsv);
  });

  it('gives each product a new price above the sample price, so Back Market’s max_price never refuses a sample offer', () => {
    expect(sandboxPriceNew('429,90')).toBe('779.00');
    expect(sandboxPriceNew('1199')).toBe('2159.00');
    expect(sandboxPriceNew('')).toBeUndefined();
    expect(derived.every((product) => product.priceNew !== undefined)).toBe(true);
  });
});
