import { describe, expect, it } from 'vitest';
import { compileContext, problemsByCountry, validateProduct, mappingCompleteness, resolveSource } from './index';
import { completeSnapshot, readyProduct } from './test-fixture';
import type { MappingSnapshot, ValidationProduct } from './types';

const contextOf = (change?: (snapshot: MappingSnapshot) => void) => {
  const snapshot = completeSnapshot();
  change?.(snapshot);
  return compileContext(snapshot);
};
const problemsOf = (product: ValidationProduct, change?: (snapshot: MappingSnapshot) => void) => problemsByCountry(product, contextOf(change));
const codes = (product: ValidationProduct, change?: (snapshot: MappingSnapshot) => void) => [
  ...new Set(problemsOf(product, change).flatMap((country) => country.problems.map((problem) => problem.code))),
];
const withoutField = (field: string, country = '') => (snapshot: MappingSnapshot) => {
  snapshot.fields = snapshot.fields.filter((entry) => !(entry.backMarketField === field && entry.country === country));
};

describe('mapping resolution', () => {
  it('reads core fields, free attributes, fixed values and stored prices, with per-country sources winning', () => {
    const product = readyProduct();
    expect(resolveSource(product, { kind: 'field', field: 'brand' }, '')).toBe('Apple');
    expect(resolveSource(product, { kind: 'attribute', name: 'MSRP' }, '')).toBe('909');
    expect(resolveSource(product, { kind: 'fixed', value: ' 12 ' }, '')).toBe('12');
    expect(resolveSource(product, { kind: 'price-matrix' }, 'de-de')).toBe(469);
    expect(resolveSource(product, { kind: 'attribute', name: 'Missing' }, '')).toBeNull();
    const context = contextOf();
    const german = context.countries.find((country) => country.country.code === 'de-de');
    expect(german?.fields.find((mapped) => mapped.spec.field === 'title')?.source).toEqual({ kind: 'attribute', name: 'Titel' });
    const french = context.countries.find((country) => country.country.code === 'fr-fr');
    expect(french?.fields.find((mapped) => mapped.spec.field === 'title')?.source).toEqual({ kind: 'field', field: 'title' });
  });

  it('finds a fully mapped, correct product ready for every country', () => {
    const result = problemsOf(readyProduct());
    expect(result.map((country) => [country.country, country.ready, country.problems])).toEqual([
      ['fr-fr', true, []],
      ['de-de', true, []],
      ['en-gb', true, []],
    ]);
  });

  it('computes the same verdict without collecting problems', () => {
    const context = contextOf();
    expect(validateProduct(readyProduct(), context)).toBe(0);
    expect(validateProduct(readyProduct({ brand: null }), context)).toBe(0b111);
    expect(validateProduct(readyProduct({ attributes: { ...readyProduct().attributes, Titel: '' } }), context)).toBe(0b010);
  });
});

describe('each validation rule', () => {
  it('a required field not mapped points at the mapping; mapped but empty points at the product field', () => {
    const unmapped = problemsOf(readyProduct(), withoutField('brand'))[0]?.problems[0];
    expect(unmapped).toMatchObject({ code: 'required-missing', country: null, field: 'brand', fix: { kind: 'mapping', section: 'attributes', key: 'brand' } });
    const empty = problemsOf(readyProduct({ brand: null }))[0]?.problems[0];
    expect(empty).toMatchObject({ code: 'required-missing', field: 'brand', fix: { kind: 'product-field', field: 'brand' } });
    expect(empty?.message).toMatch(/Brand.*empty.*Fill it in/);
  });

  it('a per-country field missing only makes that country not ready', () => {
    const result = problemsOf(readyProduct({ attributes: { ...readyProduct().attributes, Titel: '' } }));
    expect(result.map((country) => country.ready)).toEqual([true, false, true]);
    expect(result[1]?.problems[0]).toMatchObject({ code: 'required-missing', country: 'de-de', field: 'title', fix: { kind: 'product-field', field: 'Titel' } });
  });

  it('an EAN with a wrong check digit, or of the wrong length', () => {
    expect(codes(readyProduct({ ean: '4006381333932' }))).toEqual(['ean-check-digit']);
    expect(codes(readyProduct({ ean: '12345' }))).toEqual(['ean-format']);
  });

  it('neither an EAN nor a Back Market product id', () => {
    expect(codes(readyProduct({ ean: null, backmarketId: null }))).toEqual(['no-ean-or-product-id']);
    expect(codes(readyProduct({ ean: null, backmarketId: '8f2e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }))).toEqual([]);
    const unmapped = problemsOf(readyProduct(), (snapshot) => {
      withoutField('ean')(snapshot);
      withoutField('product_id')(snapshot);
    })[0]?.problems;
    expect(unmapped?.[0]).toMatchObject({ code: 'no-ean-or-product-id', fix: { kind: 'mapping', section: 'attributes', key: 'ean' } });
  });

  it('a value outside the allowed values, after the value map', () => {
    expect(codes(readyProduct({ colour: 'Noir' }))).toEqual([]);
    const problem = problemsOf(readyProduct({ colour: 'Midnight' }))[0]?.problems[0];
    expect(problem).toMatchObject({ code: 'value-not-allowed', field: 'color', fix: { kind: 'mapping', section: 'category-attributes', key: 'attribute:2:color' } });
    expect(problem?.message).toMatch(/Noir, Blanc, Bleu/);
  });

  it('decimal and integer attributes', () => {
    expect(codes(readyProduct({ attributes: { ...readyProduct().attributes, Screen: 'six' } }))).toEqual(['not-a-number']);
    expect(codes(readyProduct({ attributes: { ...readyProduct().attributes, RAM: '4.5' } }))).toEqual(['not-an-integer']);
  });

  it('a warranty under the platform minimum, naming the rule', () => {
    const problem = problemsOf(readyProduct(), (snapshot) => {
      snapshot.fields = snapshot.fields.map((entry) => (entry.backMarketField === 'warranty_delay' ? { ...entry, source: { kind: 'fixed', value: '6' } } : entry));
    })[0]?.problems[0];
    expect(problem).toMatchObject({ code: 'warranty-too-short', field: 'warranty_delay', country: 'fr-fr' });
    expect(problem?.message).toMatch(/at least 12 months.*older 6-month minimum/);
  });

  it('weight not a positive whole number of grams', () => {
    expect(codes(readyProduct({ weightGrams: 174.5 }))).toEqual(['weight-invalid']);
    expect(codes(readyProduct({ weightGrams: 0 }))).toEqual(['weight-invalid']);
  });

  it('a price not positive or with more than 2 decimals', () => {
    expect(codes(readyProduct({ countryPrices: { 'fr-fr': 459.999, 'de-de': 469, 'en-gb': 399 } }))).toEqual(['price-invalid']);
    const result = problemsOf(readyProduct({ countryPrices: { 'fr-fr': 0, 'de-de': 469, 'en-gb': 399 } }));
    expect(result.map((country) => country.ready)).toEqual([false, true, true]);
    expect(result[0]?.problems[0]?.fix).toEqual({ kind: 'product-field', field: 'price:fr-fr' });
  });

  it('a title over 200 characters and a comment over 500', () => {
    expect(codes(readyProduct({ title: 'x'.repeat(201) }))).toEqual(['title-too-long']);
    expect(codes(readyProduct({ attributes: { ...readyProduct().attributes, Comment: 'y'.repeat(501) } }))).toEqual(['comment-too-long']);
  });

  it('the category or the condition value unmapped', () => {
    const category = problemsOf(readyProduct({ category: 'Toasters' }))[0]?.problems[0];
    expect(category).toMatchObject({ code: 'category-unmapped', fix: { kind: 'mapping', section: 'categories', key: 'Toasters' } });
    const condition = problemsOf(readyProduct({ condition: 'Refurb-B' }))[0]?.problems[0];
    expect(condition).toMatchObject({ code: 'condition-unmapped', field: 'grade', fix: { kind: 'mapping', section: 'conditions', key: 'Refurb-B' } });
    expect(codes(readyProduct({ condition: 'GOOD' }))).toEqual([]);
  });

  it('a category mapped to a leaf the stored tree no longer has', () => {
    expect(codes(readyProduct(), (snapshot) => (snapshot.leaves = {}))).toEqual(['category-stale']);
  });

  it("each country's currency: GBP for en-gb must be set, EUR elsewhere", () => {
    const result = problemsOf(readyProduct(), withoutField('currency', 'en-gb'));
    expect(result.map((country) => country.ready)).toEqual([true, true, false]);
    expect(result[2]?.problems[0]).toMatchObject({ code: 'currency-mismatch', country: 'en-gb', field: 'currency' });
    expect(result[2]?.problems[0]?.message).toMatch(/GBP/);
  });

  it('a carrier not mapped to a shipper', () => {
    const change = (snapshot: MappingSnapshot) => {
      snapshot.fields = [...snapshot.fields, { backMarketField: 'shipper_1', country: '', source: { kind: 'attribute', name: 'Carrier' } }];
    };
    const product = readyProduct({ attributes: { ...readyProduct().attributes, Carrier: 'PostNL' } });
    expect(codes(product, change)).toEqual(['shipper-unmapped']);
    expect(
      codes(product, (snapshot) => {
        change(snapshot);
        snapshot.values = [...snapshot.values, { map: 'carrier', merchantValue: 'PostNL', target: 'TNT' }];
      }),
    ).toEqual([]);
  });
});

describe('completeness per country', () => {
  it('counts required fields mapped per country, more where the currency must be set', () => {
    const full = mappingCompleteness(contextOf());
    expect(full.countries.map((country) => [country.country, country.mapped === country.required])).toEqual([
      ['fr-fr', true],
      ['de-de', true],
      ['en-gb', true],
    ]);
    const fr = full.countries[0];
    const gb = full.countries[2];
    expect((gb?.required ?? 0) - (fr?.required ?? 0)).toBe(1);
    const partial = mappingCompleteness(contextOf(withoutField('title')));
    const deTitle = partial.countries[1];
    expect(partial.countries[0]?.missing.map((entry) => entry.field)).toEqual(['title']);
    expect(deTitle?.missing).toEqual([]);
    expect(partial.countries[0]?.ratio).toBeLessThan(1);
  });

  it('counts the required attributes of the mapped leaves', () => {
    const result = mappingCompleteness(contextOf(withoutField('category:2:model')));
    expect(result.countries[0]?.missing).toEqual([{ field: 'category:2:model', label: 'Modèle (Téléphones > Smartphones > iPhone)', section: 'category-attributes' }]);
  });
});
