import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './connection';
import { markPending, pendingCount, pendingEntries } from './outbox-repo';
import type { FieldValues } from './product-columns';
import { catalogueFacets, deleteProducts, getProduct, linkVariations, listProducts, setField, upsertProduct } from './products-repo';
import { tempDatabase } from '../test/temp-db';

let db: Db;
let cleanup: () => void;
const NOW = '2026-11-27T10:00:00.000Z';

function add(values: FieldValues, attributes: Record<string, string> = {}): number {
  return upsertProduct(db, values, attributes, NOW);
}

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  add({ productNumber: 'IP13-128', title: 'iPhone 13 128 GB', brand: 'Apple', category: 'Phones > Smartphones', condition: 'A', price: 429.9, stock: 3, ean: '0194252707333' });
  add({ productNumber: 'GS21-128', title: 'Galaxy S21', brand: 'Samsung', category: 'Phones > Smartphones', condition: 'B', price: 299.5, stock: 0 });
  add({ productNumber: 'MBA-M1', title: 'MacBook Air M1', brand: 'Apple', category: 'Laptops', condition: 'A+', price: 649, stock: 2 }, { Keyboard: 'AZERTY' });
  add({ productNumber: 'IP12', title: 'iPhone 12 (parent)', brand: 'Apple', category: 'Phones > Smartphones' });
  add({ productNumber: 'IP12-64-BLK', parentNumber: 'IP12', title: 'iPhone 12 64 GB black', brand: 'Apple', category: 'Phones > Smartphones', storage: '64 GB', colour: 'Black', ean: '0194252030455', price: 319 });
  add({ productNumber: 'IP12-128-WHT', parentNumber: 'IP12', title: 'iPhone 12 128 GB white', brand: 'Apple', category: 'Phones > Smartphones', storage: '128 GB', colour: 'White', price: 349 });
  linkVariations(db);
});
afterEach(() => cleanup());

const numbers = (rows: { productNumber: string }[]) => rows.map((row) => row.productNumber);

describe('products repository', () => {
  it('stores money in cents and reads it back as euros, with free attributes', () => {
    const page = listProducts(db, { search: 'macbook' });
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ productNumber: 'MBA-M1', price: 649, attributes: { Keyboard: 'AZERTY' }, childCount: 0 });
    expect(db.prepare("SELECT price_cents FROM products WHERE product_number = 'IP13-128'").pluck().get()).toBe(42990);
  });

  it('lists top-level products with their variation count, and variations by parent', () => {
    const top = listProducts(db, {});
    expect(numbers(top.rows)).toEqual(['GS21-128', 'IP12', 'IP13-128', 'MBA-M1']);
    const parent = top.rows.find((row) => row.productNumber === 'IP12');
    expect(parent?.childCount).toBe(2);
    const children = listProducts(db, { parentId: parent?.id });
    expect(numbers(children.rows)).toEqual(['IP12-128-WHT', 'IP12-64-BLK']);
  });

  it('shows a parent when only one of its variations matches the filter', () => {
    const page = listProducts(db, { search: '0194252030455' });
    expect(numbers(page.rows)).toEqual(['IP12']);
  });

  it('filters by category, brand, condition and EAN presence, and pages', () => {
    expect(numbers(listProducts(db, { category: 'Laptops' }).rows)).toEqual(['MBA-M1']);
    expect(numbers(listProducts(db, { brand: 'Samsung' }).rows)).toEqual(['GS21-128']);
    expect(numbers(listProducts(db, { condition: 'A' }).rows)).toEqual(['IP13-128']);
    expect(numbers(listProducts(db, { hasEan: true }).rows)).toEqual(['IP12', 'IP13-128']);
    expect(numbers(listProducts(db, { hasEan: false }).rows)).toEqual(['GS21-128', 'IP12', 'MBA-M1']);
    const second = listProducts(db, { limit: 2, offset: 2 });
    expect(second.total).toBe(4);
    expect(numbers(second.rows)).toEqual(['IP13-128', 'MBA-M1']);
  });

  it('sorts on any column, empty values last in both directions', () => {
    expect(numbers(listProducts(db, { sort: { column: 'price', direction: 'desc' } }).rows)).toEqual(['MBA-M1', 'IP13-128', 'GS21-128', 'IP12']);
    expect(numbers(listProducts(db, { sort: { column: 'price', direction: 'asc' } }).rows)).toEqual(['GS21-128', 'IP13-128', 'MBA-M1', 'IP12']);
  });

  it('walks the price index for a descending price sort and gives what the general query gives', () => {
    const byPriceDesc = (query: Parameters<typeof listProducts>[1]) => numbers(listProducts(db, { ...query, sort: { column: 'price', direction: 'desc' } }).rows);
    // The general query sorted the other way, reversed (the parent without a price stays last).
    const reversed = (query: Parameters<typeof listProducts>[1]) => {
      const rows = numbers(listProducts(db, { ...query, sort: { column: 'price', direction: 'asc' } }).rows);
      const priced = rows.filter((number) => number !== 'IP12').reverse();
      return rows.includes('IP12') ? [...priced, 'IP12'] : priced;
    };
    expect(byPriceDesc({ brand: 'Apple' })).toEqual(reversed({ brand: 'Apple' }));
    expect(byPriceDesc({ hasEan: true })).toEqual(['IP13-128', 'IP12']);
    expect(byPriceDesc({ category: 'Phones > Smartphones', limit: 1, offset: 1 })).toEqual(['GS21-128']);
    expect(listProducts(db, { category: 'Phones > Smartphones', limit: 1, sort: { column: 'price', direction: 'desc' } }).total).toBe(3);
  });

  it('treats search wildcards as plain text', () => {
    expect(listProducts(db, { search: '%' }).total).toBe(0);
    expect(listProducts(db, { search: '_' }).total).toBe(0);
  });

  it('updates a field on a selection and keeps the search text in step', () => {
    const ids = listProducts(db, { brand: 'Apple' }).rows.map((row) => row.id);
    const changed = setField(db, ids, 'brand', 'Apple Inc.', NOW);
    expect(changed).toHaveLength(3);
    expect(listProducts(db, { search: 'apple inc.' }).total).toBe(3);
  });

  it('re-links a variation when its parent is deleted and comes back', () => {
    const parentId = listProducts(db, { search: 'parent' }).rows[0]?.id as number;
    expect(deleteProducts(db, [parentId])).toEqual(['IP12']);
    expect(listProducts(db, {}).total).toBe(5);
    add({ productNumber: 'IP12', title: 'iPhone 12 again' });
    linkVariations(db);
    expect(listProducts(db, {}).rows.find((row) => row.productNumber === 'IP12')?.childCount).toBe(2);
  });

  it('gives the facets for the filters', () => {
    const facets = catalogueFacets(db);
    expect(facets.brands).toEqual(['Apple', 'Samsung']);
    expect(facets.categories).toEqual(['Laptops', 'Phones > Smartphones']);
    expect(facets.conditions).toEqual(['A', 'A+', 'B']);
    expect(facets.total).toBe(6);
  });

  it('uses an index for the parent and category lookups', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM products WHERE category = 'Laptops'").all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING (COVERING )?INDEX products_category/);
    const children = db.prepare('EXPLAIN QUERY PLAN SELECT id FROM products WHERE parent_id = 4').all() as { detail: string }[];
    expect(children.map((step) => step.detail).join(' ')).toMatch(/INDEX products_parent/);
  });
});

describe('outbox repository', () => {
  it('merges the changed fields of one product and keeps the first change time', () => {
    markPending(db, 'IP13-128', 'upsert', ['price'], '2026-11-27T10:00:00.000Z');
    markPending(db, 'IP13-128', 'upsert', ['stock', 'price'], '2026-11-27T11:00:00.000Z');
    expect(pendingEntries(db)).toEqual([
      { productNumber: 'IP13-128', change: 'upsert', fields: ['price', 'stock'], firstChangedAt: '2026-11-27T10:00:00.000Z', lastChangedAt: '2026-11-27T11:00:00.000Z' },
    ]);
    expect(getProduct(db, listProducts(db, { search: 'IP13' }).rows[0]?.id as number)?.pending).toBe(true);
  });

  it('keeps a deletion pending after the product row is gone', () => {
    const id = listProducts(db, { search: 'GS21' }).rows[0]?.id as number;
    deleteProducts(db, [id]);
    markPending(db, 'GS21-128', 'delete', [], NOW);
    expect(pendingCount(db)).toBe(1);
    expect(pendingEntries(db)[0]).toMatchObject({ productNumber: 'GS21-128', change: 'delete' });
  });
});
