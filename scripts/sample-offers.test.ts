// The sandbox's copy of the sample catalogue's offers stays in step with resources/sample-catalogue.csv.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import derived from '../resources/sandbox/sample-offers.json' with { type: 'json' };
import products from '../resources/sandbox/sample-products.json' with { type: 'json' };
import { sampleOffersFromCsv } from './sample-offers';

describe('resources/sandbox/sample-offers.json', () => {
  it('lists every variant of the sample catalogue with its SKU, EAN, grade, stock and price (regenerate with npx tsx scripts/derive-sandbox-sample.ts)', async () => {
    const fromCsv = await sampleOffersFromCsv(path.resolve(import.meta.dirname, '../resources/sample-catalogue.csv'));
    expect(fromCsv.length).toBeGreaterThan(100);
    expect(derived).toEqual(fromCsv);
  });

  it('names only products the sandbox knows from sample-products.json, each SKU once', () => {
    const eans = new Set(products.map((product) => product.ean));
    expect(derived.filter((offer) => !eans.has(offer.ean))).toEqual([]);
    expect(new Set(derived.map((offer) => offer.sku)).size).toBe(derived.length);
    expect(derived.find((offer) => offer.sku === 'IP11-64GB-BLAC')).toEqual({ sku: 'IP11-64GB-BLAC', ean: '3764010000012', grade: 'EXCELLENT', quantity: 7, price: '279.00' });
  });
});
