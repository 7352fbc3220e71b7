// The account's summary where another tool wrote one SKU in two cases (« ip13-3 » in France, « IP13-3 » in Germany, both
// in the United Kingdom): Back Market matches SKUs whatever their case, and so do the import and the review, so the
// summary counts that SKU once — "K are not in the catalogue" every market together and per market — and the list of
// listings not in the catalogue shows it once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import type { ListingPublic } from '../backmarket';
import { EventBus } from '../events';
import { KIT_COUNTRIES, phone, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import { replaceMarket } from './account-repo';
import { createAccountService, type AccountService } from './account-service';

const READ_AT = '2026-11-27T09:00:00.000Z';

function backMarketListing(sku: string, country: string, listingId: number): ListingPublic {
  const listing: Partial<ListingPublic> = {
    id: `uuid-${country}-${sku}`,
    listing_id: listingId,
    sku,
    product_id: `bm-product-${listingId}`,
    title: `iPhone 13 #${listingId}`,
    grade: 'EXCELLENT',
    quantity: 2,
    price: country === 'en-gb' ? '429.00' : '499.90',
    currency: country === 'en-gb' ? 'GBP' : 'EUR',
    comment: 'Boîte d’origine',
    warranty_delay: 12,
    publication_state: 2,
  };
  return listing as ListingPublic;
}

/** Per market, the SKUs as the other tool wrote them there. */
const ACCOUNT: Record<string, string[]> = {
  'fr-fr': ['IP13-1', 'ip13-3', 'IP13-4'],
  'de-de': ['IP13-1', 'IP13-3'],
  'en-gb': ['IP13-1', 'IP13-3', 'ip13-3'],
};

let kit: PlannerKit;
let account: AccountService;

beforeEach(() => {
  kit = plannerKit();
  // The merchant's catalogue has IP13-1, spelled « ip13-1 » (matched whatever the case).
  kit.save(phone(1, { productNumber: 'ip13-1' }));
  for (const { code } of KIT_COUNTRIES) replaceMarket(kit.db, code, (ACCOUNT[code] ?? []).map((sku, index) => backMarketListing(sku, code, 100 + index)), READ_AT);
  const countries = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));
  account = createAccountService({ database: () => kit.db, run: () => Promise.reject(new Error('The summary reads no page')), countries, events: new EventBus(), now: () => new Date(READ_AT) });
});

afterEach(() => {
  account.close();
  kit.cleanup();
});

describe('the account summary of SKUs written in several cases', () => {
  it('counts each SKU once whatever its case, every market together and per market', () => {
    const summary = account.summary();
    // IP13-3 (three spellings) and IP13-4: two SKUs not in the catalogue, not three.
    expect(summary.unmanagedSkus).toBe(2);
    expect(summary.markets.map(({ country, onBackMarket, matched, notInCatalogue }) => ({ country, onBackMarket, matched, notInCatalogue }))).toEqual([
      { country: 'fr-fr', onBackMarket: 3, matched: 1, notInCatalogue: 2 },
      { country: 'de-de', onBackMarket: 2, matched: 1, notInCatalogue: 1 },
      // « IP13-3 » and « ip13-3 » are one listing of one SKU for Back Market.
      { country: 'en-gb', onBackMarket: 2, matched: 1, notInCatalogue: 1 },
    ]);
  });

  it('lists each SKU not in the catalogue once, with the listings of every case, in every market and in one', () => {
    const page = account.unmanaged({});
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.sku)).toEqual(['IP13-3', 'IP13-4']);
    expect(page.rows[0]?.markets.map((market) => market.country).sort()).toEqual(['de-de', 'en-gb', 'en-gb', 'fr-fr']);
    const france = account.unmanaged({ country: 'fr-fr' });
    expect(france.total).toBe(2);
    const germany = account.unmanaged({ country: 'de-de' });
    expect([germany.total, germany.rows.map((row) => row.sku)]).toEqual([1, ['IP13-3']]);
    // "Import all" makes the products the summary counted: the two SKUs, nothing left outside the catalogue.
    expect(account.import({ scope: 'all' })).toMatchObject({ imported: 2 });
    expect(account.summary().unmanagedSkus).toBe(0);
  });
});
