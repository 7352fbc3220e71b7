// Brand rules and products' own leaves through the mapping service: the branches the mapping screen shows with their
// counts, the products marked pending when their leaf changes, and readiness read with each product's own leaf.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { pendingEntries } from '../db/outbox-repo';
import { upsertProduct } from '../db/products-repo';
import { tempDatabase } from '../test/temp-db';
import type { MappingService } from './mapping-service';
import { mappingServiceOver, sandboxCategoryTree } from './mapping-test-kit';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;
const at = '2026-12-06T10:00:00Z';
const ids: Record<string, number> = {};

beforeEach(async () => {
  ({ db, cleanup } = tempDatabase());
  mapping = mappingServiceOver(db, at, { fetchCategoryTree: sandboxCategoryTree });
  await mapping.categoryTree();
  for (const [productNumber, brand] of [
    ['IP13', 'Apple'],
    ['IP12', 'apple'],
    ['S21', 'Samsung'],
    ['P30', 'Huawei'],
    ['N3310', 'Nokia'],
  ] as const) {
    ids[productNumber] = upsertProduct(db, { productNumber, title: productNumber, brand, category: 'Phones > Smartphones' }, {}, at);
  }
  mapping.setCategory('Phones > Smartphones', 3);
  db.exec('DELETE FROM outbox');
});
afterEach(() => cleanup());

const leafProblem = (productNumber: string) =>
  mapping
    .problems(ids[productNumber] as number)
    .countries[0]?.problems.filter((problem) => problem.field === 'category_id' || problem.field === 'model')
    .map((problem) => problem.message)
    .join(' ') ?? '';
const pending = () => pendingEntries(db).map((entry) => entry.productNumber).sort();

describe('brand rules', () => {
  it('lists every brand with its count, and what the other brands follow', () => {
    const branches = mapping.categoryBranches('Phones > Smartphones');
    expect(branches.brands.map((entry) => [entry.brand, entry.productCount, entry.marketplaceCategoryId])).toEqual([
      ['Apple', 2, null],
      ['Huawei', 1, null],
      ['Nokia', 1, null],
      ['Samsung', 1, null],
    ]);
    expect(branches.others).toMatchObject({ marketplaceCategoryId: 3, productCount: 5, leaf: { name: 'Smartphones Android' } });
  });

  it('sends one brand to its leaf, marks only the products whose leaf changed, and counts each branch', () => {
    expect(mapping.setBrandRule('Phones > Smartphones', 'APPLE', 2)).toEqual({ affectedProducts: 2 });
    expect(pending()).toEqual(['IP12', 'IP13']);
    mapping.setBrandRule('Phones > Smartphones', 'Nokia', 4);
    const branches = mapping.categoryBranches('Phones > Smartphones');
    expect(branches.brands.map((entry) => [entry.brand, entry.productCount, entry.leaf?.name ?? null])).toEqual([
      ['Apple', 2, 'iPhone'],
      ['Nokia', 1, 'Téléphones à touches'],
      ['Huawei', 1, null],
      ['Samsung', 1, null],
    ]);
    expect(branches.others.productCount).toBe(2);
    // Readiness reads each product's own leaf: the iPhone leaf's attributes for Apple, the keypad phones' for Nokia.
    expect(leafProblem('IP13')).toContain('Téléphones > Smartphones > iPhone');
    expect(leafProblem('N3310')).toContain('Téléphones > Téléphones portables classiques > Téléphones à touches');
    expect(leafProblem('S21')).toContain('Téléphones > Smartphones > Smartphones Android');
    // The leaf's attribute screen counts the products that go there, whichever rule sends them.
    expect(mapping.categoryAttributes(2).productCount).toBe(2);
    expect(mapping.categoryAttributes(3).productCount).toBe(2);
  });

  it('lets the brand follow the category again when its rule is removed', () => {
    mapping.setBrandRule('Phones > Smartphones', 'Apple', 2);
    db.exec('DELETE FROM outbox');
    expect(mapping.setBrandRule('Phones > Smartphones', 'apple', null)).toEqual({ affectedProducts: 2 });
    expect(mapping.categoryBranches('Phones > Smartphones').brands.every((entry) => entry.marketplaceCategoryId === null)).toBe(true);
    expect(leafProblem('IP13')).toContain('Smartphones Android');
  });

  it('refuses a category that is not a last-level one, or not in the stored tree, saying what to do', () => {
    expect(() => mapping.setBrandRule('Phones > Smartphones', 'Apple', -10001)).toThrow(/not a last-level category.*Choose one of its sub-categories/);
    expect(() => mapping.setBrandRule('Phones > Smartphones', 'Apple', 999)).toThrow(/not in the stored category tree\. Refresh the tree/);
    expect(pending()).toEqual([]);
  });
});

describe("a product's own leaf", () => {
  it('wins over its brand rule and its category, and is listed apart from the brand counts', () => {
    mapping.setBrandRule('Phones > Smartphones', 'Apple', 2);
    db.exec('DELETE FROM outbox');
    expect(mapping.setProductLeaf('IP12', 4)).toEqual({ affectedProducts: 1, marketplaceCategoryId: 4 });
    expect(pending()).toEqual(['IP12']);
    expect(leafProblem('IP12')).toContain('Téléphones à touches');
    const branches = mapping.categoryBranches('Phones > Smartphones');
    expect(branches.brands.find((entry) => entry.brand === 'Apple')?.productCount).toBe(1);
    expect(branches.products).toEqual([expect.objectContaining({ productNumber: 'IP12', brand: 'apple', marketplaceCategoryId: 4 })]);
    mapping.setProductLeaf('IP12', null);
    expect(leafProblem('IP12')).toContain('Téléphones > Smartphones > iPhone');
  });

  it('refuses a product number the catalogue does not have', () => {
    expect(() => mapping.setProductLeaf('NOPE', 2)).toThrow(/This product was not found/);
  });
});

describe('the mapping file', () => {
  it('carries the brand rules and products’ own leaves, and an older file without them leaves none', () => {
    mapping.setBrandRule('Phones > Smartphones', 'Apple', 2);
    mapping.setProductLeaf('N3310', 4);
    const exported = mapping.exportMappings();
    mapping.setBrandRule('Phones > Smartphones', 'Apple', null);
    mapping.setProductLeaf('N3310', null);
    mapping.importMappings(exported.content);
    expect(mapping.categoryBranches('Phones > Smartphones').brands.find((entry) => entry.brand === 'Apple')?.marketplaceCategoryId).toBe(2);
    expect(mapping.categoryBranches('Phones > Smartphones').products.map((entry) => entry.productNumber)).toEqual(['N3310']);

    const older = JSON.parse(exported.content) as Record<string, unknown>;
    delete older.brandRules;
    delete older.productLeaves;
    mapping.importMappings(JSON.stringify(older));
    const branches = mapping.categoryBranches('Phones > Smartphones');
    expect(branches.brands.every((entry) => entry.marketplaceCategoryId === null)).toBe(true);
    expect(branches.products).toEqual([]);
    expect(branches.others.productCount).toBe(5);
  });
});

describe('what an unmapped category holds back', () => {
  it('does not count the products a brand rule or their own leaf already send somewhere', () => {
    mapping.setCategory('Phones > Smartphones', null);
    expect(mapping.merchantCategories().unmapped).toEqual({ categories: 1, products: 5 });
    mapping.setBrandRule('Phones > Smartphones', 'Apple', 2);
    mapping.setProductLeaf('N3310', 4);
    expect(mapping.merchantCategories().unmapped).toEqual({ categories: 1, products: 2 });
    expect(mapping.merchantCategories().categories[0]?.branches).toEqual({ brandRules: 1, ownLeaves: 1, leafIds: [2, 4] });
  });
});

describe('the leaf of one product, as the drawer shows it', () => {
  it('says which leaf and what chose it', () => {
    mapping.setBrandRule('Phones > Smartphones', 'Apple', 2);
    mapping.setProductLeaf('N3310', 4);
    expect(mapping.productLeaf('IP12')).toMatchObject({ via: 'brand', marketplaceCategoryId: 2, leaf: { name: 'iPhone' }, brand: 'apple' });
    expect(mapping.productLeaf('N3310')).toMatchObject({ via: 'product', marketplaceCategoryId: 4 });
    expect(mapping.productLeaf('S21')).toMatchObject({ via: 'category', marketplaceCategoryId: 3, category: 'Phones > Smartphones' });
    mapping.setCategory('Phones > Smartphones', null);
    expect(mapping.productLeaf('S21')).toMatchObject({ via: null, marketplaceCategoryId: null, leaf: null });
  });
});
