// The Categories screen's count of products without a category: only those Back Market does not hold yet need one (a
// category and a brand serve to create a product there); the imported ones already on sale are counted apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection';
import { upsertProduct } from '../db/products-repo';
import { EventBus } from '../events';
import { tempDatabase } from '../test/temp-db';
import { createMappingService, type MappingService } from './mapping-service';

let db: Db;
let cleanup: () => void;
let mapping: MappingService;
const NOW = '2026-12-06T10:00:00.000Z';

const add = (productNumber: string, category: string | null) => upsertProduct(db, { productNumber, title: productNumber, category, stock: 1, price: 200 } as never, {}, NOW);

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  mapping = createMappingService({ database: () => db, countries: () => [{ code: 'fr-fr', language: 'fr' }], fetchCategoryTree: async () => [], events: new EventBus(), now: () => new Date(NOW) });
  add('OWN-1', 'Smartphones');
  // The merchant's own products without a category: Back Market has never seen them.
  add('OWN-2', null);
  add('OWN-3', '');
  // Imported from the account: Back Market holds their listings (adopted: listing id, or accepted values).
  add('BM-EXIST-00001', null);
  add('BM-EXIST-00002', null);
  db.prepare("INSERT INTO listing_states (product_number, country, sku, status, listing_id, listing_uuid, updated_at) VALUES ('BM-EXIST-00001', 'fr-fr', 'BM-EXIST-00001', 'published', 101, 'u-101', ?)").run(NOW);
  db.prepare("INSERT INTO listing_states (product_number, country, sku, status, content_hash, updated_at) VALUES ('BM-EXIST-00002', 'fr-be', 'BM-EXIST-00002', 'published', 'h', ?)").run(NOW);
  // Matched by SKU in another spelling on the last account read, not adopted yet: Back Market holds it all the same.
  add('ip11-64gb-blac', null);
  db.prepare("INSERT INTO account_listings (country, sku, listing_uuid, quantity, price, read_at) VALUES ('fr-fr', 'IP11-64GB-BLAC', 'u-11', 2, '289.00', ?)").run(NOW);
  // A product whose offer was only ever refused or held: Back Market does not hold it.
  add('HELD-1', null);
  db.prepare("INSERT INTO listing_states (product_number, country, sku, status, none_source, updated_at) VALUES ('HELD-1', 'fr-fr', 'HELD-1', 'none', 'preflight', ?)").run(NOW);
});
afterEach(() => cleanup());

describe('products without a category on the Categories screen', () => {
  it('counts as needing one only those Back Market does not hold yet, and the others apart', () => {
    const categories = mapping.merchantCategories();
    expect(categories.uncategorisedProducts).toBe(3);
    expect(categories.uncategorisedOnBackMarket).toBe(3);
  });

  it('counts an imported product as needing a category once Back Market no longer holds any listing of it', () => {
    db.prepare("DELETE FROM listing_states WHERE product_number = 'BM-EXIST-00001'").run();
    expect(mapping.merchantCategories()).toMatchObject({ uncategorisedProducts: 4, uncategorisedOnBackMarket: 2 });
  });
});
