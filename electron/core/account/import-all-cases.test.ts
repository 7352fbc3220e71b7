// "Import all" over an account of more SKUs than one read of the listings holds, where another tool wrote one SKU in two
// cases (MBP-0001 in France, mbp-0001 in Germany): Back Market matches SKUs whatever their case, so the import makes one
// product of it, spelled as its first listing in SKU order, with both markets' listings adopted, and the first sync
// sends nothing for any of them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import type { ListingPublic } from '../backmarket';
import { EventBus } from '../events';
import { KIT_COUNTRIES, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import { replaceMarket } from './account-repo';
import { createAccountService, type AccountService } from './account-service';

const READ_AT = '2026-11-27T09:00:00.000Z';
/** More than the SKUs the import reads the listings of at once. */
const SKUS = 1200;

const skuOf = (index: number) => `MBP-${String(index).padStart(4, '0')}`;

function backMarketListing(sku: string, country: string, index: number): ListingPublic {
  const listing: Partial<ListingPublic> = {
    id: `uuid-${country}-${sku}`,
    listing_id: 5000 + index,
    sku,
    product_id: `bm-product-${index}`,
    title: `MacBook Pro 14 #${index}`,
    grade: 'EXCELLENT',
    quantity: 2,
    price: country === 'en-gb' ? '899.00' : '999.00',
    currency: country === 'en-gb' ? 'GBP' : 'EUR',
    comment: 'Boîte d’origine',
    warranty_delay: 12,
    publication_state: 2,
  };
  return listing as ListingPublic;
}

let kit: PlannerKit;
let account: AccountService;

beforeEach(() => {
  kit = plannerKit();
  for (const { code } of KIT_COUNTRIES) {
    const listings = Array.from({ length: SKUS }, (_, at) => {
      const index = at + 1;
      // Germany's listing of the first SKU was written in lower case by the other tool.
      return backMarketListing(index === 1 && code === 'de-de' ? skuOf(index).toLowerCase() : skuOf(index), code, index);
    });
    replaceMarket(kit.db, code, listings, READ_AT);
  }
  const countries = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));
  account = createAccountService({ database: () => kit.db, run: () => Promise.reject(new Error('The import reads no page')), countries, events: new EventBus(), now: () => new Date(READ_AT) });
});

afterEach(() => {
  account.close();
  kit.cleanup();
});

describe('importing every listing of an account', () => {
  it('makes one product per SKU whatever its case, adopts every market’s listing, and the first sync sends nothing', () => {
    const report = account.import({ scope: 'all' });
    expect(report).toMatchObject({ imported: SKUS, adopted: SKUS * 3, skipped: [] });
    expect(kit.db.prepare('SELECT count(*) FROM products').pluck().get()).toBe(SKUS);
    expect(kit.db.prepare("SELECT product_number FROM products WHERE product_number COLLATE NOCASE = 'mbp-0001'").pluck().all()).toEqual(['MBP-0001']);
    // Germany's listing is adopted as Back Market holds it (its own SKU spelling, its listing id).
    const states = kit.db.prepare("SELECT country, sku, listing_id, listing_uuid, content_hash <> '' AS adopted FROM listing_states WHERE product_number = 'MBP-0001' ORDER BY country").all();
    expect(states).toEqual([
      { country: 'de-de', sku: 'mbp-0001', listing_id: 5001, listing_uuid: 'uuid-de-de-mbp-0001', adopted: 1 },
      { country: 'en-gb', sku: 'MBP-0001', listing_id: 5001, listing_uuid: 'uuid-en-gb-MBP-0001', adopted: 1 },
      { country: 'fr-fr', sku: 'MBP-0001', listing_id: 5001, listing_uuid: 'uuid-fr-fr-MBP-0001', adopted: 1 },
    ]);
    // The last SKU, read apart from the first: imported and adopted in every market too.
    expect(kit.db.prepare("SELECT count(*) FROM listing_states WHERE product_number = ? AND content_hash <> ''").pluck().get(skuOf(SKUS))).toBe(3);
    expect(account.summary().unmanagedSkus).toBe(0);
    const plan = kit.plan(new Date(READ_AT));
    expect(plan.tasks.flatMap((task) => task.lines)).toEqual([]);
    expect(plan.realtime).toEqual([]);
  });

  it('gives every imported product its own id and prices, numbered after the catalogue’s products in SKU order', () => {
    // The catalogue already holds products, the last one deleted: new ids follow the largest one left.
    for (const number of ['KEPT-1', 'KEPT-2', 'KEPT-3']) {
      kit.db.prepare("INSERT INTO products (product_number, title, attributes, search_text, created_at, updated_at) VALUES (?, 'Kept', '{}', '', ?, ?)").run(number, READ_AT, READ_AT);
    }
    kit.db.prepare("DELETE FROM products WHERE product_number = 'KEPT-3'").run();
    const report = account.import({ scope: 'all' });
    expect(report).toMatchObject({ imported: SKUS, adopted: SKUS * 3, skipped: [] });
    const ids = kit.db.prepare("SELECT id FROM products WHERE product_number NOT LIKE 'KEPT-%' ORDER BY product_number COLLATE NOCASE").pluck().all();
    expect(ids).toEqual(Array.from({ length: SKUS }, (_, at) => 3 + at));
    const prices = kit.db
      .prepare('SELECT p.product_number, c.country, c.price_cents FROM country_prices c JOIN products p ON p.id = c.product_id WHERE p.product_number IN (?, ?) ORDER BY 1, 2')
      .raw()
      .all(skuOf(2), skuOf(SKUS));
    expect(prices).toEqual([
      [skuOf(2), 'de-de', 99900],
      [skuOf(2), 'en-gb', 89900],
      [skuOf(2), 'fr-fr', 99900],
      [skuOf(SKUS), 'de-de', 99900],
      [skuOf(SKUS), 'en-gb', 89900],
      [skuOf(SKUS), 'fr-fr', 99900],
    ]);
    // Every imported product holds its three markets' prices, none another's.
    expect(kit.db.prepare('SELECT count(*) FROM (SELECT product_id FROM country_prices GROUP BY product_id HAVING count(*) = 3)').pluck().get()).toBe(SKUS);
  });
});
