// The listings Back Market holds that Refurb Desk does not manage, as rows of the Listings grid: one per listing and
// enabled market after the catalogue's offers, with Back Market's values and no status of the sync's; the filters show
// or hide them; and no count (summary bar, Home, header, headless exit code) nor plan ever includes them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { everyOfferSettled } from '../../../../shared/offer-status';
import { listingQuerySchema, type ListingQuery } from '../../../../shared/sync';
import { replaceMarket } from '../../account/account-repo';
import type { ListingPublic } from '../../backmarket';
import { KIT_COUNTRIES, phone, plannerKit, type PlannerKit } from '../plan/plan-test-kit';
import { listings, summary } from '.';

let kit: PlannerKit;
const READ_AT = '2026-11-27T09:00:00.000Z';

function backMarketListing(sku: string, values: Partial<ListingPublic> = {}): ListingPublic {
  const listing: Partial<ListingPublic> = {
    id: `uuid-${sku}`,
    listing_id: 9000 + sku.length,
    sku,
    product_id: `bm-product-${sku}`,
    title: `Back office listing ${sku}`,
    grade: 'GOOD',
    quantity: 4,
    price: '249.00',
    currency: 'EUR',
    comment: 'Sold with a charger',
    warranty_delay: 12,
    publication_state: 2,
    ...values,
  };
  return listing as ListingPublic;
}

beforeEach(() => {
  kit = plannerKit();
  kit.save(phone(1));
  kit.save(phone(2));
  kit.acceptAll(kit.plan());
  // The account holds IP13-1 (a catalogue product: matched, managed) and two listings made in the back office.
  replaceMarket(kit.db, 'fr-fr', [backMarketListing('IP13-1'), backMarketListing('BO-B', { publication_state: 3, quantity: 0 }), backMarketListing('BO-A')], READ_AT);
  replaceMarket(kit.db, 'de-de', [backMarketListing('BO-A', { price: '239.00' })], READ_AT);
  // A market Refurb Desk does not sell in: never shown.
  replaceMarket(kit.db, 'it-it', [backMarketListing('BO-C')], READ_AT);
});
afterEach(() => kit.cleanup());

const page = (query: ListingQuery = {}) => listings(kit.db, listingQuerySchema.parse(query), KIT_COUNTRIES);
const keys = (query: ListingQuery = {}) => page({ limit: 1000, ...query }).rows.map((row) => `${row.sku} ${row.country} ${row.unmanaged ? 'unmanaged' : row.status}`);

describe('listings not managed by Refurb Desk in the Listings grid', () => {
  it('are rows after the catalogue offers, one per listing and enabled market, with Back Market’s values and no status of ours', () => {
    const all = page({ limit: 1000 });
    expect(all.total).toBe(2 * 3 + 3);
    expect(keys().slice(-4)).toEqual(['IP13-2 en-gb published', 'BO-A fr-fr unmanaged', 'BO-A de-de unmanaged', 'BO-B fr-fr unmanaged']);
    const boA = all.rows.find((row) => row.sku === 'BO-A' && row.country === 'de-de');
    expect(boA).toMatchObject({ productId: 0, status: null, truth: null, price: 239, currency: 'EUR', quantity: 4, grade: 'GOOD', backMarketProductId: 'bm-product-BO-A' });
    expect(boA?.unmanaged).toEqual({ listingId: 9004, price: '239.00', currency: 'EUR', quantity: 4, grade: 'GOOD', comment: 'Sold with a charger', warrantyDelay: 12, publicationState: 2, readAt: READ_AT });
    expect(all.rows.find((row) => row.sku === 'BO-B')?.unmanaged?.publicationState).toBe(3);
    // The matched SKU is a catalogue offer, never an unmanaged row.
    expect(all.rows.filter((row) => row.sku === 'IP13-1').every((row) => row.unmanaged === null)).toBe(true);
  });

  it('treat a listing whose SKU differs from a catalogue product only in case as that product’s offer, never as unmanaged', () => {
    // Back Market holds the catalogue's IP13-2 as 'ip13-2' (the merchant's CSV spelled it another way): the same offer.
    replaceMarket(kit.db, 'fr-fr', [backMarketListing('ip13-2'), backMarketListing('BO-A')], READ_AT);
    expect(keys({ management: 'unmanaged' })).toEqual(['BO-A fr-fr unmanaged', 'BO-A de-de unmanaged']);
    expect(page({ management: 'unmanaged' }).total).toBe(2);
    expect(keys({ search: 'ip13-2' })).toEqual(['IP13-2 fr-fr published', 'IP13-2 de-de published', 'IP13-2 en-gb published']);
  });

  it('pages across the catalogue offers and the unmanaged rows without losing or repeating one', () => {
    const whole = keys();
    const paged: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 4) paged.push(...page({ offset, limit: 4 }).rows.map((row) => `${row.sku} ${row.country} ${row.unmanaged ? 'unmanaged' : row.status}`));
    expect(paged).toEqual(whole);
    expect(page({ offset: 4, limit: 4 }).total).toBe(9);
  });

  it('are shown, hidden or shown alone by the management filter, and filtered by search, country and grade', () => {
    expect(keys({ management: 'unmanaged' })).toEqual(['BO-A fr-fr unmanaged', 'BO-A de-de unmanaged', 'BO-B fr-fr unmanaged']);
    expect(page({ management: 'unmanaged' }).total).toBe(3);
    expect(keys({ management: 'managed' }).some((key) => key.endsWith('unmanaged'))).toBe(false);
    expect(page({ management: 'managed' }).total).toBe(6);
    expect(keys({ search: 'bo-b' })).toEqual(['BO-B fr-fr unmanaged']);
    expect(keys({ country: 'de-de', management: 'unmanaged' })).toEqual(['BO-A de-de unmanaged']);
    expect(keys({ grade: 'GOOD', management: 'unmanaged' })).toHaveLength(3);
    expect(keys({ grade: 'EXCELLENT', management: 'unmanaged' })).toEqual([]);
    // They have no status, reason or category of ours: a filter on one of those leaves them out.
    for (const query of [{ status: 'published' }, { standing: 'on-sale' }, { error: 'price' }, { category: 'Phones' }, { backbox: 'not-read' }] as const) {
      expect(page({ ...query, limit: 1000 }).rows.some((row) => row.unmanaged !== null), JSON.stringify(query)).toBe(false);
    }
  });

  it('are never counted: the summary bar, Home, the header and the headless exit code read the same counts as without them', () => {
    const counted = summary(kit.db, KIT_COUNTRIES);
    kit.db.prepare('DELETE FROM account_listings').run();
    expect(summary(kit.db, KIT_COUNTRIES)).toEqual(counted);
    expect(counted.standings.map((entry) => entry.onSale)).toEqual([2, 2, 2]);
    expect(everyOfferSettled(counted.standings)).toBe(true);
  });

  it('are never planned: a sync sends nothing for them', () => {
    const plan = kit.plan();
    const sent = [...plan.tasks.flatMap((task) => task.lines.map((line) => line.sku)), ...plan.realtime.map((line) => line.sku)];
    expect(sent.filter((sku) => sku.startsWith('BO-'))).toEqual([]);
  });
});
