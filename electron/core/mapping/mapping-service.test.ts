import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import categoryTree from '../../../resources/sandbox/category-tree.json' with { type: 'json' };
import type { ProductInput } from '../../../shared/catalogue';
import { compileContext, problemsByCountry } from '../../../shared/validation';
import type { CountrySetting } from '../../../shared/connection';
import type { CategoryTree } from '../backmarket';
import type { Db } from '../db/connection';
import { pendingEntries } from '../db/outbox-repo';
import { listProducts, upsertProduct } from '../db/products-repo';
import { EventBus } from '../events';
import { tempDatabase } from '../test/temp-db';
import { shipperFor } from './carriers';
import { createMappingService, type MappingService } from './mapping-service';
import { mapPhoneLeaf } from './mapping-test-kit';
import { validationProduct } from './validation-products';

let db: Db;
let cleanup: () => void;
let events: EventBus;
let mapping: MappingService;
let countries: CountrySetting[];
let online: boolean;
let clock = Date.parse('2026-11-27T10:00:00Z');
const now = () => new Date((clock += 1000));

function addProduct(product: Partial<ProductInput> & { productNumber: string }, attributes: Record<string, string> = {}): number {
  const { attributes: _ignored, ...values } = product;
  return upsertProduct(db, values as never, attributes, now().toISOString());
}

beforeEach(async () => {
  ({ db, cleanup } = tempDatabase());
  events = new EventBus();
  countries = [
    { code: 'fr-fr', language: 'fr' },
    { code: 'de-de', language: 'de' },
  ];
  online = true;
  mapping = createMappingService({
    database: () => db,
    countries: () => countries,
    fetchCategoryTree: async () => {
      if (!online) throw new Error('getaddrinfo ENOTFOUND');
      return categoryTree as CategoryTree[];
    },
    events,
    now,
  });
  addProduct({ productNumber: 'IP13', title: 'iPhone 13', brand: 'Apple', category: 'Handys', condition: 'A', stock: 2, price: 500, weightGrams: 174, ean: '4006381333931', colour: 'Black', image1: 'https://x/1.jpg', description: 'd' }, { Model: 'iPhone 13', Screen: '6.1', MSRP: '909', Carrier: 'PostNL' });
  addProduct({ productNumber: 'IP12', title: 'iPhone 12', brand: 'Apple', category: 'Handys', condition: 'B', stock: 1, price: 400, weightGrams: 164, ean: '4006381333931', colour: 'Blue', image1: 'https://x/2.jpg', description: 'd' }, { Model: 'iPhone 12', Screen: '6.1', MSRP: '809' });
  addProduct({ productNumber: 'WM1', title: 'Lave-linge', brand: 'AEG', category: 'Waschmaschinen', condition: 'Shiny', stock: 1, price: 300, weightGrams: 60000, image1: 'https://x/3.jpg', description: 'd' });
  await mapping.categoryTree();
  db.exec('DELETE FROM outbox');
});
afterEach(() => cleanup());

describe('category tree', () => {
  it('is stored with its date and searchable offline, accent- and case-insensitive, and by its English gloss', async () => {
    online = false;
    const info = await mapping.categoryTree();
    expect(info.fetchedAt).toMatch(/^2026-11-27T/);
    expect(info.leafCount).toBe(14);
    expect(mapping.searchCategories('electromenager micro', 5, true).map((hit) => hit.path)).toEqual(['Électroménager > Cuisine > Micro-ondes']);
    expect(mapping.searchCategories('washing machines', 5, true)[0]).toMatchObject({ marketplaceCategoryId: 33, gloss: 'household appliances > home care > washing machine' });
    expect(mapping.searchCategories('bean-to-cup', 5, true)[0]?.name).toBe('Kaffeevollautomaten');
    expect(mapping.searchCategories('LAPTOPS', 5, true).map((hit) => hit.name)).toEqual(['MacBook', 'PC portables']);
    await expect(mapping.categoryTree(true)).rejects.toThrow(/could not be fetched.*still used/);
  });
});

describe('categorisation', () => {
  it('lists merchant categories with counts, maps them to leaves and reports what the unmapped hold back', () => {
    let result = mapping.merchantCategories();
    expect(result.categories.map((entry) => [entry.merchantCategory, entry.productCount, entry.marketplaceCategoryId])).toEqual([
      ['Handys', 2, null],
      ['Waschmaschinen', 1, null],
    ]);
    expect(result.categories[1]?.suggestion?.marketplaceCategoryId).toBe(33);
    expect(result.unmapped).toEqual({ categories: 2, products: 3 });
    expect(() => mapping.setCategory('Handys', -10001)).toThrow(/not a last-level category/);
    const mapped = mapping.setCategory('Handys', 2);
    expect(mapped).toMatchObject({ marketplaceCategoryId: 2, affectedProducts: 2, leaf: { path: 'Téléphones > Smartphones > iPhone' } });
    result = mapping.merchantCategories();
    expect(result.unmapped).toEqual({ categories: 1, products: 1 });
  });
});

describe('a mapping change', () => {
  it('marks the affected products pending with the Back Market field names', () => {
    mapping.setCategory('Handys', 2);
    expect(pendingEntries(db).map((entry) => [entry.productNumber, entry.fields])).toEqual([
      ['IP12', ['category_id']],
      ['IP13', ['category_id']],
    ]);
    db.exec('DELETE FROM outbox');
    mapping.setField('category:2:model', undefined, { kind: 'attribute', name: 'Model' });
    expect(pendingEntries(db).map((entry) => entry.productNumber)).toEqual(['IP12', 'IP13']);
    db.exec('DELETE FROM outbox');
    mapping.setField('grade', undefined, { kind: 'field', field: 'condition' });
    db.exec('DELETE FROM outbox');
    expect(mapping.setValue('condition', 'B', 'VERY_GOOD')).toEqual({ affectedProducts: 1 });
    expect(pendingEntries(db).map((entry) => [entry.productNumber, entry.fields])).toEqual([['IP12', ['grade']]]);
    expect(() => mapping.setValue('condition', 'B', 'MINT')).toThrow(/not a Back Market grade/);
  });
});

describe('readiness', () => {
  it('is cached per product and country and filters the catalogue with a join', () => {
    mapping.setCategory('Handys', 2);
    // Suggests colour for the leaf's "Couleur" and the "Carrier" attribute for shipper 1, among others.
    mapping.applySuggestions();
    mapping.setValue('carrier', 'PostNL', 'TNT');
    mapPhoneLeaf(mapping);
    mapping.setValue('attribute:2:color', 'Black', 'Noir');
    const ip13 = listProducts(db, { search: 'IP13' }).rows[0];
    const problems = mapping.problems(ip13?.id ?? 0);
    // Prices are stored per country; none is set yet.
    expect(problems.countries.map((country) => country.problems.map((problem) => problem.code))).toEqual([['required-missing'], ['required-missing']]);
    mapping.setPrice(ip13?.id ?? 0, 'fr-fr', 459.9);
    expect(mapping.problems(ip13?.id ?? 0).countries.map((country) => country.ready)).toEqual([true, false]);

    const readyFr = listProducts(db, { readiness: { country: 'fr-fr', ready: true } });
    expect(readyFr.rows.map((row) => row.productNumber)).toEqual(['IP13']);
    expect(listProducts(db, { readiness: { country: 'fr-fr', ready: false } }).total).toBe(2);
    expect(listProducts(db, { readiness: { country: 'de-de', ready: true } }).total).toBe(0);
    expect(mapping.readiness().countries).toEqual([
      { country: 'fr-fr', ready: 1, notReady: 2 },
      { country: 'de-de', ready: 0, notReady: 3 },
    ]);

    // Countries in another order keep their own bits: the verdicts follow the country, not its position.
    countries = [countries[1] as CountrySetting, countries[0] as CountrySetting, { code: 'en-gb', language: 'en' }];
    expect(mapping.readiness().countries).toEqual([
      { country: 'de-de', ready: 0, notReady: 3 },
      { country: 'fr-fr', ready: 1, notReady: 2 },
      { country: 'en-gb', ready: 0, notReady: 3 },
    ]);
    expect(listProducts(db, { readiness: { country: 'fr-fr', ready: true } }).rows.map((row) => row.productNumber)).toEqual(['IP13']);
    countries = [countries[1] as CountrySetting, countries[0] as CountrySetting];

    // A product edit is rechecked when the catalogue says it changed.
    db.prepare("UPDATE products SET brand = NULL, updated_at = '2999-01-01T00:00:00Z' WHERE product_number = 'IP13'").run();
    events.emit('catalogue:changed', { reason: 'edit' });
    expect(listProducts(db, { readiness: { country: 'fr-fr', ready: true } }).total).toBe(0);
  });

  it('gives completeness per country, more required where more countries are enabled', () => {
    mapping.applySuggestions();
    const before = mapping.completeness().countries;
    expect(before.map((country) => country.country)).toEqual(['fr-fr', 'de-de']);
    countries = [...countries, { code: 'en-gb', language: 'en' }];
    const after = mapping.completeness().countries;
    expect(after[2]).toMatchObject({ country: 'en-gb', currency: 'GBP' });
    // The UK needs its currency (GBP) set: one required field more than the euro countries.
    expect(after[2]?.missing.map((entry) => entry.field)).toEqual(['currency']);
    expect(after[2]?.required).toBe((after[0]?.required ?? 0) + 1);
  });
});

describe('mapping snapshot', () => {
  it('fed to the shared engine gives the same problems as mapping:problems', () => {
    const ids = () => listProducts(db, {}).rows.map((row) => row.id);
    const same = () => {
      // Cloned as it crosses IPC to the renderer.
      const context = compileContext(structuredClone(mapping.snapshot()));
      for (const id of ids()) {
        const product = validationProduct(db, id);
        if (!product) throw new Error('missing product');
        expect(problemsByCountry(product, context)).toEqual(mapping.problems(id).countries);
      }
    };
    same();
    mapping.setCategory('Handys', 2);
    mapping.applySuggestions();
    mapping.setValue('condition', 'A', 'EXCELLENT');
    mapping.setField('category:2:model', undefined, { kind: 'attribute', name: 'Model' });
    same();
    countries = [{ code: 'en-gb', language: 'en' }, ...countries];
    const snapshot = mapping.snapshot();
    expect(snapshot.countries.map((country) => [country.code, country.currency])).toEqual([
      ['en-gb', 'GBP'],
      ['fr-fr', 'EUR'],
      ['de-de', 'EUR'],
    ]);
    expect(Object.keys(snapshot.leaves)).toEqual(['2']);
    same();
  });
});

describe('pricing', () => {
  it('keeps per-country prices, copies between countries, adjusts by percent and shows what the merchant keeps', () => {
    mapping.setField('price', undefined, { kind: 'price-matrix' });
    mapping.setField('cost_price', undefined, { kind: 'fixed', value: '420' });
    const id = listProducts(db, { search: 'IP13' }).rows[0]?.id ?? 0;
    const row = mapping.setPrice(id, 'fr-fr', 500);
    expect(row.prices['fr-fr']).toMatchObject({ price: 500, origin: 'stored', breakdown: { commission: 50, keeps: 450 }, belowCost: false });
    expect(mapping.bulkPrices({ action: 'copy', from: 'fr-fr', to: ['de-de'], target: { ids: [id] } })).toEqual({ updated: 1 });
    expect(mapping.bulkPrices({ action: 'percent', percent: -10, countries: ['de-de'], target: { filter: { category: 'Handys' } } })).toEqual({ updated: 1 });
    const matrix = mapping.priceMatrix({ search: 'IP13', offset: 0, limit: 10 });
    expect(matrix.rows[0]?.prices['de-de']).toMatchObject({ price: 450, breakdown: { keeps: 405 }, belowCost: true });
    expect(matrix.rows[0]?.basePrice).toBe(500);
    expect(() => mapping.setPrice(id, 'en-gb', 1)).toThrow(/do not sell in en-gb/);
    expect(() => mapping.setPrice(id, 'fr-fr', 19.999)).toThrow(/more than 2 decimals/);
  });
});

describe('carriers', () => {
  it('maps merchant carriers to shippers for the orders side', () => {
    expect(shipperFor(db, 'PostNL')).toBeUndefined();
    expect(shipperFor(db, 'Colissimo')).toBe('Colissimo');
    mapping.setValue('carrier', 'PostNL', 'TNT');
    expect(shipperFor(db, ' PostNL ')).toBe('TNT');
    expect(() => mapping.setValue('carrier', 'Pigeon', 'Pigeon Express')).toThrow(/not a Back Market shipper/);
    mapping.setField('shipper_1', undefined, { kind: 'attribute', name: 'Carrier' });
    expect(mapping.valueMap('carrier').entries).toEqual([{ merchantValue: 'PostNL', count: 1, target: 'TNT', suggestion: 'TNT' }]);
  });
});

describe('export and import', () => {
  it('round-trips every mapping and rejects a bad file without changing anything', () => {
    mapping.setCategory('Handys', 2);
    mapping.setField('title', 'de-de', { kind: 'attribute', name: 'Titel' });
    mapping.setValue('condition', 'A', 'EXCELLENT');
    const exported = mapping.exportMappings();
    expect(exported.fileName).toMatch(/^refurb-desk-mapping-\d{4}-\d{2}-\d{2}\.json$/);
    mapping.setCategory('Handys', null);
    mapping.setValue('condition', 'A', null);
    db.exec('DELETE FROM outbox');
    const report = mapping.importMappings(exported.content);
    expect(report).toMatchObject({ categories: 1, fields: 1, values: 1, affectedProducts: 3 });
    expect(mapping.exportMappings().content.replace(/"exportedAt": "[^"]+"/, '')).toBe(exported.content.replace(/"exportedAt": "[^"]+"/, ''));
    expect(pendingEntries(db)).toHaveLength(3);

    const broken = JSON.parse(exported.content) as { values: { target: string }[] };
    broken.values[0] = { ...broken.values[0], target: 'MINT' } as never;
    expect(() => mapping.importMappings(JSON.stringify(broken))).toThrow(/cannot be imported; nothing was changed.*values\.0\.target.*not a Back Market grade/);
    expect(() => mapping.importMappings('{ not json')).toThrow(/not readable JSON/);
    expect(() => mapping.importMappings('{"format":"other"}')).toThrow(/not a Refurb Desk mapping file/);
    expect(mapping.valueMap('condition').entries.find((entry) => entry.merchantValue === 'A')?.target).toBe('EXCELLENT');
  });
});


describe('suggestions', () => {
  it("maps each country's price to its own attribute when the catalogue has one, as the guide advises", () => {
    addProduct({ productNumber: 'PX', category: 'Handys' }, { 'Price FR': '459.90', 'Preis_de-de': '469' });
    mapping.applySuggestions();
    const price = mapping.fields().fields.find((row) => row.field === 'price');
    expect(price?.source).toEqual({ kind: 'price-matrix' });
    expect(price?.countrySources).toEqual({ 'fr-fr': { kind: 'attribute', name: 'Price FR' }, 'de-de': { kind: 'attribute', name: 'Preis_de-de' } });
    const grade = mapping.fields().fields.find((row) => row.field === 'grade');
    expect(grade?.source).toEqual({ kind: 'field', field: 'condition' });
  });

  it('marks the comment as needed to be on sale and proposes one per market, in its language, until the merchant applies it', () => {
    addProduct({ productNumber: 'PX', category: 'Handys' }, {});
    const before = mapping.fields().fields.find((row) => row.field === 'comment');
    expect(before?.requirement).toBe('for-sale');
    expect(before?.source).toBeNull();
    expect(before?.countrySources).toEqual({});
    expect(before?.countrySuggestions).toEqual({ 'fr-fr': { kind: 'fixed', value: 'Reconditionné, testé et garanti.' }, 'de-de': { kind: 'fixed', value: 'Generalüberholt, geprüft und mit Garantie.' } });
    mapping.applySuggestions();
    expect(mapping.fields().fields.find((row) => row.field === 'comment')?.countrySources).toEqual(before?.countrySuggestions);
    // The merchant's own comment for every country then replaces the suggested ones (which would win per country);
    // a comment the merchant typed for one country stays.
    mapping.setField('comment', 'de-de', { kind: 'fixed', value: 'Akku neu' });
    mapping.setField('comment', undefined, { kind: 'fixed', value: 'Testé sur 30 points.' });
    const after = mapping.fields().fields.find((row) => row.field === 'comment');
    expect(after?.source).toEqual({ kind: 'fixed', value: 'Testé sur 30 points.' });
    expect(after?.countrySources).toEqual({ 'de-de': { kind: 'fixed', value: 'Akku neu' } });
  });

  it("prefers the catalogue's own comment attribute to the proposed text", () => {
    addProduct({ productNumber: 'PY', category: 'Handys' }, { Commentaire: 'Batterie neuve' });
    mapping.applySuggestions();
    const comment = mapping.fields().fields.find((row) => row.field === 'comment');
    expect(comment?.source).toEqual({ kind: 'attribute', name: 'Commentaire' });
    expect(comment?.countrySources).toEqual({});
  });
});
