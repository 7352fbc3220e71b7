import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { field as mapped } from '../catalogue/csv/csv-test-kit';
import { importCsv } from '../catalogue/csv/import';
import type { Db } from './connection';
import { markPending, marketsOfAttributes, pendingCount, pendingEntries } from './outbox-repo';
import type { FieldValues } from './product-columns';
import { catalogueFacets, deleteProducts, getProduct, linkVariations, listProducts, setField, updateSearchIndex, upsertProduct } from './products-repo';
import { tempDatabase } from '../test/temp-db';
import fs from 'node:fs';
import path from 'node:path';

let db: Db;
let file: string;
let cleanup: () => void;
const NOW = '2026-11-27T10:00:00.000Z';

function add(values: FieldValues, attributes: Record<string, string> = {}): number {
  return upsertProduct(db, values, attributes, NOW);
}

beforeEach(() => {
  ({ db, file, cleanup } = tempDatabase());
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
    // One grade in two spellings (the merchant's and an account import's code) is one choice of the filter.
    expect(numbers(listProducts(db, { conditions: ['A', 'A+'] }).rows)).toEqual(['IP13-128', 'MBA-M1']);
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

  it('counts a descending price page like the general query: parents of matching variations once, nested ones left out', () => {
    // A parent that does not match (its category differs) but whose variation does; a parent whose variations all match.
    add({ productNumber: 'TAB', title: 'Tablet family', brand: 'Lenovo', category: 'Tablets' });
    add({ productNumber: 'TAB-PHONE', parentNumber: 'TAB', title: 'Tablet with a phone SIM', brand: 'Lenovo', category: 'Phones > Smartphones', price: 199 });
    // A variation of a variation: its parent is not top-level, so it adds no row to the top-level page.
    add({ productNumber: 'IP12-64-BLK-REF', parentNumber: 'IP12-64-BLK', title: 'iPhone 12 black, refurbished twice', brand: 'Apple', category: 'Laptops', price: 150 });
    linkVariations(db);
    const total = (query: Parameters<typeof listProducts>[1], direction: 'asc' | 'desc') => listProducts(db, { ...query, limit: 1, sort: { column: 'price', direction } }).total;
    for (const query of [{ category: 'Phones > Smartphones' }, { category: 'Laptops' }, { category: 'Tablets' }, { brand: 'Apple' }, { brand: 'Lenovo' }, { hasEan: true }, { condition: 'A' }]) {
      expect(total(query, 'desc'), JSON.stringify(query)).toBe(total(query, 'asc'));
    }
    expect(total({ category: 'Phones > Smartphones' }, 'desc')).toBe(4);
    expect(total({ category: 'Laptops' }, 'desc')).toBe(1);
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
      { productNumber: 'IP13-128', change: 'upsert', fields: ['price', 'stock'], countries: null, firstChangedAt: '2026-11-27T10:00:00.000Z', lastChangedAt: '2026-11-27T11:00:00.000Z' },
    ]);
    expect(getProduct(db, listProducts(db, { search: 'IP13' }).rows[0]?.id as number)?.pending).toBe(true);
  });

  it('records the markets a change concerns: the union of two markets, every market once any change is every market’s', () => {
    const countriesOf = (productNumber: string) => pendingEntries(db).find((entry) => entry.productNumber === productNumber)?.countries;
    markPending(db, 'IP13-128', 'upsert', ['price'], NOW, ['de-de']);
    expect(countriesOf('IP13-128')).toEqual(['de-de']);
    markPending(db, 'IP13-128', 'upsert', ['price'], NOW, ['fr-fr', 'de-de']);
    expect(countriesOf('IP13-128')).toEqual(['de-de', 'fr-fr']);
    // A title concerns every market: it wins over the markets, and stays every market's whatever comes after.
    markPending(db, 'IP13-128', 'upsert', ['title'], NOW);
    expect(countriesOf('IP13-128')).toBeNull();
    markPending(db, 'IP13-128', 'upsert', ['price'], NOW, ['en-gb']);
    expect(countriesOf('IP13-128')).toBeNull();
    // An empty list is no market named: every market, never none.
    markPending(db, 'GS21-128', 'upsert', ['price'], NOW, []);
    expect(countriesOf('GS21-128')).toBeNull();
    // A deletion takes the product offline everywhere.
    markPending(db, 'GS21-64', 'upsert', ['price'], NOW, ['de-de']);
    markPending(db, 'GS21-64', 'delete', [], NOW, ['de-de']);
    expect(countriesOf('GS21-64')).toBeNull();
  });

  it('reads a market’s own comment as that market’s change, any other attribute as every market’s', () => {
    expect(marketsOfAttributes({ Model: 'A2633' }, { Model: 'A2633', 'comment_fr-be': 'Boîte' })).toEqual(['fr-be']);
    expect(marketsOfAttributes({ 'comment_de-at': 'Alt' }, { 'comment_de-at': 'Neu', 'comment_fr-be': 'Boîte' })).toEqual(['de-at', 'fr-be']);
    expect(marketsOfAttributes({ Model: 'A2633' }, { Model: 'A2634', 'comment_fr-be': 'Boîte' })).toBeNull();
    // comment_de is the German comment, read by every German-speaking market.
    expect(marketsOfAttributes({}, { comment_de: 'Originalverpackung' })).toBeNull();
    expect(marketsOfAttributes({ Model: 'A' }, { Model: 'A' })).toBeNull();
  });

  it('keeps a deletion pending after the product row is gone', () => {
    const id = listProducts(db, { search: 'GS21' }).rows[0]?.id as number;
    deleteProducts(db, [id]);
    markPending(db, 'GS21-128', 'delete', [], NOW);
    expect(pendingCount(db)).toBe(1);
    expect(pendingEntries(db)[0]).toMatchObject({ productNumber: 'GS21-128', change: 'delete' });
  });
});

describe('catalogue search', () => {
  const search = (term: string, query: Omit<Parameters<typeof listProducts>[1], 'search'> = {}) => listProducts(db, { ...query, search: term });

  it('finds a one- or two-character term anywhere in the search text, whatever its case', () => {
    expect(numbers(search('k').rows)).toEqual(['IP12', 'MBA-M1']);
    expect(numbers(search('K').rows)).toEqual(['IP12', 'MBA-M1']);
    expect(numbers(search('m1').rows)).toEqual(['MBA-M1']);
    expect(numbers(search('S2').rows)).toEqual(['GS21-128']);
    expect(search('zz').total).toBe(0);
  });

  it('finds a term of three characters or more as a substring, spaces included, whatever its case', () => {
    expect(numbers(search('phone').rows)).toEqual(['GS21-128', 'IP12', 'IP13-128']);
    expect(numbers(search('IPHONE 13').rows)).toEqual(['IP13-128']);
    expect(numbers(search('  macbook  ').rows)).toEqual(['MBA-M1']);
    expect(numbers(search('p13-1').rows)).toEqual(['IP13-128']);
    expect(numbers(search('acboo').rows)).toEqual(['MBA-M1']);
    expect(search('iphone  13').total).toBe(0);
    expect(search('macbook pro').total).toBe(0);
  });

  it('keeps accents as typed: an accented letter matches in any case, never its bare letter', () => {
    add({ productNumber: 'DL-1', title: 'Machine à Café Édition Spéciale', brand: "De'Longhi", category: 'Home > Coffee machines' });
    expect(numbers(search('CAFÉ').rows)).toEqual(['DL-1']);
    expect(numbers(search('édition').rows)).toEqual(['DL-1']);
    expect(numbers(search('É').rows)).toEqual(['DL-1']);
    expect(numbers(search('à c').rows)).toEqual(['DL-1']);
    expect(numbers(search("de'longhi").rows)).toEqual(['DL-1']);
    expect(search('cafe').total).toBe(0);
    expect(search('edition').total).toBe(0);
  });

  it('shows the parent when only a variation matches, once however many of its variations match', () => {
    expect(numbers(search('white').rows)).toEqual(['IP12']);
    expect(numbers(search('iphone 12 64').rows)).toEqual(['IP12']);
    const page = search('ip12-');
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ productNumber: 'IP12', childCount: 2 });
    // The other filters apply to the variation that matched.
    expect(numbers(search('white', { category: 'Phones > Smartphones' }).rows)).toEqual(['IP12']);
    expect(search('white', { category: 'Laptops' }).total).toBe(0);
    expect(search('black', { hasEan: true }).total).toBe(1);
    expect(search('white', { hasEan: true }).total).toBe(0);
    expect(search('128 gb', { hasEan: false }).total).toBe(1);
  });

  it('searches the variations of one parent', () => {
    const parentId = search('parent').rows[0]?.id;
    expect(numbers(search('white', { parentId }).rows)).toEqual(['IP12-128-WHT']);
    expect(numbers(search('gb', { parentId }).rows)).toEqual(['IP12-128-WHT', 'IP12-64-BLK']);
  });

  it('counts every match and pages and sorts them like any other filter', () => {
    const first = search('apple', { limit: 2, sort: { column: 'price', direction: 'desc' } });
    expect(first.total).toBe(3);
    expect(numbers(first.rows)).toEqual(['MBA-M1', 'IP13-128']);
    const second = search('apple', { limit: 2, offset: 2, sort: { column: 'price', direction: 'desc' } });
    expect(second.total).toBe(3);
    expect(numbers(second.rows)).toEqual(['IP12']);
    const past = search('apple', { limit: 2, offset: 10 });
    expect(past).toEqual({ rows: [], total: 3 });
    expect(search('a', { limit: 1, offset: 1 }).total).toBe(4);
  });

  it('treats quotes and search operators as plain text', () => {
    expect(search('"').total).toBe(0);
    expect(search('iphone "13').total).toBe(0);
    expect(search('gb*').total).toBe(0);
    expect(search('apple OR samsung').total).toBe(0);
    expect(search('NEAR(').total).toBe(0);
    add({ productNumber: 'Q-1', title: 'Cable "USB-C" 2 m (braided)* OR NOT' });
    expect(numbers(search('"usb-c"').rows)).toEqual(['Q-1']);
    expect(numbers(search('(braided)*').rows)).toEqual(['Q-1']);
    expect(numbers(search('or not').rows)).toEqual(['Q-1']);
    expect(numbers(search('%').rows)).toEqual([]);
  });
});

describe('the search index', () => {
  /** What today's LIKE search finds: top-level products whose text, or one of whose variations' text, holds the term. */
  const likeSearch = (term: string) =>
    db
      .prepare(
        `SELECT p.product_number FROM products p WHERE p.parent_id IS NULL AND (p.search_text LIKE @like ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM products c WHERE c.parent_id = p.id AND c.search_text LIKE @like ESCAPE '\\'))
          ORDER BY p.product_number`,
      )
      .pluck()
      .all({ like: `%${term.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as string[];
  const found = (term: string) => numbers(listProducts(db, { search: term, limit: 500 }).rows);
  /** Every piece of 3 to 5 characters of every product's text, plus pieces found nowhere: the index must agree with LIKE on each. */
  function agreesWithLike(): void {
    const texts = db.prepare('SELECT search_text FROM products').pluck().all() as string[];
    const terms = new Set(['zzz', 'iphone 14', 'gb  ', ' 12 ']);
    for (const text of texts) for (let length = 3; length <= 5; length += 1) for (let at = 0; at + length <= text.length; at += 1) terms.add(text.slice(at, at + length));
    for (const term of terms) expect([term, found(term)]).toEqual([term, likeSearch(term)]);
  }

  it('finds exactly what LIKE finds, for every piece of every product text', () => {
    add({ productNumber: 'DL-1', title: 'Machine à Café Édition "Spéciale" 100% (µ-filtre)', colour: 'Crème' });
    agreesWithLike();
  });

  it('stays in step with products added, edited, changed in bulk and deleted', () => {
    add({ productNumber: 'PX7', title: 'Pixel 7 obsidian' });
    expect(found('obsidian')).toEqual(['PX7']);
    add({ productNumber: 'PX7', title: 'Pixel 7 hazel' });
    expect(found('obsidian')).toEqual([]);
    expect(found('hazel')).toEqual(['PX7']);

    const ids = listProducts(db, { search: 'iphone' }).rows.map((row) => row.id);
    setField(db, ids, 'colour', 'Sierra Blue', NOW);
    expect(found('sierra blue')).toEqual(['IP12', 'IP13-128']);
    setField(db, ids, 'colour', null, NOW);
    expect(found('sierra')).toEqual([]);

    const pixel = listProducts(db, { search: 'hazel' }).rows[0]?.id as number;
    deleteProducts(db, [pixel]);
    expect(found('hazel')).toEqual([]);
    // SQLite gives the next product the deleted one's id: the old text must not find it.
    const reused = add({ productNumber: 'PX8', title: 'Pixel 8 rose' });
    expect(reused).toBe(pixel);
    expect(found('hazel')).toEqual([]);
    expect(found('pixel 8')).toEqual(['PX8']);
    agreesWithLike();
  });

  it('indexes rows written by plain SQL elsewhere (a stock move, a test kit) before the next search', () => {
    db.prepare("INSERT INTO products (product_number, title, search_text, created_at, updated_at) VALUES ('RAW-1', 'Kindle', 'raw-1 kindle paperwhite', 'now', 'now')").run();
    db.prepare("UPDATE products SET stock = 9, updated_at = 'later' WHERE product_number = 'MBA-M1'").run();
    expect(found('paperwhite')).toEqual(['RAW-1']);
    expect(found('macbook')).toEqual(['MBA-M1']);
  });

  it('is brought up to date once, by the first search after the writes', () => {
    const macbook = listProducts(db, { search: 'macbook' }).rows[0]?.id as number;
    add({ productNumber: 'PX7', title: 'Pixel 7' });
    setField(db, [macbook], 'title', 'MacBook Air M1 2020', NOW);
    expect(updateSearchIndex(db)).toBe(2);
    expect(updateSearchIndex(db)).toBe(0);
    // Fields outside the search text leave the index alone.
    setField(db, [listProducts(db, { search: 'pixel' }).rows[0]?.id as number], 'stock', 4, NOW);
    setField(db, [macbook], 'title', 'MacBook Air M1 2020', NOW);
    add({ productNumber: 'PX7', title: 'Pixel 7', stock: 5 });
    expect(updateSearchIndex(db)).toBe(0);
    expect(() => db.prepare("INSERT INTO products_search (products_search) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('stays in step with a CSV import, new products and re-imported ones', async () => {
    const csv = (name: string, content: string) => {
      const target = path.join(path.dirname(file), name);
      fs.writeFileSync(target, content);
      return target;
    };
    const mapping = [mapped('productNumber'), mapped('parentNumber'), mapped('title')];
    await importCsv(db, csv('a.csv', 'SKU;Parent;Title\nTV-1;;Bravia 55\nTV-1-B;TV-1;Bravia 55 noir mat\nIP12-64-BLK;IP12;iPhone 12 64 GB minuit\n'), { options: {}, mapping, now: NOW });
    expect(found('noir mat')).toEqual(['TV-1']);
    expect(found('minuit')).toEqual(['IP12']);
    expect(found('64 gb black')).toEqual([]);
    await importCsv(db, csv('b.csv', 'SKU;Parent;Title\nTV-1-B;TV-1;Bravia 55 blanc\n'), { options: {}, mapping, now: NOW });
    expect(found('noir')).toEqual([]);
    expect(found('blanc')).toEqual(['TV-1']);
    agreesWithLike();
  });

  it('is searched without being updated on a file opened read-only, with the same results', () => {
    add({ productNumber: 'PX7', title: 'Pixel 7 obsidian' });
    const readOnly = new Database(file, { readonly: true });
    try {
      expect(numbers(listProducts(readOnly, { search: 'obsidian' }).rows)).toEqual(['PX7']);
      expect(numbers(listProducts(readOnly, { search: 'iphone 12' }).rows)).toEqual(['IP12']);
    } finally {
      readOnly.close();
    }
    expect(found('obsidian')).toEqual(['PX7']);
  });
});
