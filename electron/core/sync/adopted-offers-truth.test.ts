// Offers Back Market already holds (matched by SKU, also in another case, or imported from the account) after a sync: their
// status is what Back Market holds, they are never held for product-creation fields an update does not need, a change
// to one goes with Back Market's own SKU spelling and is confirmed from its listings, and the next plan sends nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/connection';
import { listingQuerySchema } from '../../../shared/sync';
import { DEFAULT_PROFILES } from '../../sandbox';
import type { AccountService } from '../account/account-service';
import { accountOver, syncElsewhere } from '../account/account-test-kit';
import { listings, waitingOffers } from './listings/listings-query';
import { markPending } from '../db/outbox-repo';
import { findProductId, listProducts } from '../db/products-repo';
import { mappingServiceOver } from '../mapping/mapping-test-kit';
import type { Db } from '../db/connection';
import { KIT_COUNTRIES, phone, plannerKit, type PlannerKit } from './plan/plan-test-kit';
import { listingOf } from './run/read-back';
import { startSyncKit, type SyncKit } from './run/run-test-kit';
import type { ListingPublic } from '../backmarket';

/** What a mapping change does to the outbox: every product marked. */
const markAllPending = (db: Db) => {
  for (const productNumber of db.prepare('SELECT product_number FROM products').pluck().all() as string[]) markPending(db, productNumber, 'upsert', ['mapping'], new Date().toISOString());
};

const countries = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));

describe.each(['lines', 'empty'] as const)('an existing account synced, with a %s task report', (taskReport) => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  beforeEach(async () => {
    kit = await startSyncKit({ profiles: { ...DEFAULT_PROFILES, statuses: 'simple', taskReport } });
    // Another tool put four phones on the account, in every market.
    other = plannerKit();
    for (let index = 1; index <= 4; index += 1) other.save(phone(index));
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    // The catalogue: IP13-1 as Back Market holds it; IP13-2 spelled in lower case at another price; IP13-3 without any
    // product-creation field (no brand, image, category, EAN); IP13-4 is imported from the account.
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2, { productNumber: 'ip13-2', price: 459 }));
    kit.catalogue.save(phone(3, { brand: null, image1: null, category: null, ean: null, weightGrams: null }));
    kit.catalogue.db.prepare('DELETE FROM outbox').run();
    account = accountOver(kit, countries);
    account.read();
    expect(await account.settled()).toMatchObject({ outcome: 'finished' });
    expect(account.import({ scope: 'skus', skus: ['IP13-4'] })).toMatchObject({ imported: 1 });
    // The merchant keeps the catalogue's price for ip13-2.
    account.decide({ scope: 'all', decision: 'mine' });
    kit.market.seen.length = 0;
  });

  afterEach(async () => {
    account.close();
    other.cleanup();
    await kit.close();
  });

  const rows = () => listings(kit.catalogue.db, listingQuerySchema.parse({ limit: 100 }), KIT_COUNTRIES).rows.filter((row) => row.unmanaged === null);

  it('keeps every adopted offer Published · on sale, sends only the chosen change with the SKU as Back Market spells it, then nothing', async () => {
    const before = kit.catalogue.plan(new Date());
    expect(before.blocked.map((offer) => `${offer.productNumber} ${offer.country}`)).toEqual([]);
    expect(before.tasks.flatMap((task) => task.lines).map((line) => `${line.country} ${line.sku} ${line.kind}`)).toEqual(['fr-fr IP13-2 price', 'de-de IP13-2 price']);

    const report = await kit.sync();
    expect(report.outcome).toBe('finished');
    // Only the chosen price, to the listing Back Market holds, under its own spelling (and its product id, not an EAN
    // its listing never returned): no second offer.
    const productId = kit.market.sandbox.state.listings.find((listing) => listing.sku.toLowerCase() === 'ip13-2')?.product_id;
    expect(kit.sentLines()).toEqual([`fr-fr|"IP13-2";"${productId}";"459.00";"EUR"`, `de-de|"IP13-2";"${productId}";"459.00";"EUR"`]);
    const skus = kit.market.sandbox.state.listings.map((listing) => listing.sku);
    expect(skus.filter((sku) => sku.toLowerCase() === 'ip13-2')).toEqual(['IP13-2']);
    expect(Number((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-2' })).price)).toBe(459);

    // Read back (or reported) and accepted: every offer of the four stands as Back Market holds it.
    const standings = rows().map((row) => `${row.productNumber} ${row.country} ${row.truth?.word} ${row.truth?.standing}`);
    expect(standings).toHaveLength(12);
    expect(standings.filter((line) => !line.endsWith('published on-sale'))).toEqual([]);
    expect(kit.state('ip13-2', 'fr-fr')).toMatchObject({ status: 'published', sku: 'IP13-2', error: '', task: null });

    const next = kit.catalogue.plan(new Date());
    expect(next.tasks).toEqual([]);
    expect(next.realtime).toEqual([]);
    expect(next.blocked).toEqual([]);
    expect(next.summary.unchanged).toBe(12);
    const again = await kit.sync();
    expect(again.outcome).toBe('finished');
    expect(kit.sentLines()).toHaveLength(2);
    expect(kit.service.state()).toMatchObject({ pendingChanges: 0 });
    // The catalogue grid says "Synced" only for a product Back Market holds: never for one that was never sent.
    kit.catalogue.save({ ...phone(9), productNumber: 'MON-PROPRE-01', condition: 'Z' });
    kit.catalogue.db.prepare('DELETE FROM outbox').run();
    const grid = listProducts(kit.catalogue.db, { limit: 50 }).rows.map((row) => `${row.productNumber} ${String(row.pending)} ${String(row.onBackMarket)}`);
    expect(grid.sort()).toEqual(['IP13-1 false true', 'IP13-3 false true', 'IP13-4 false true', 'MON-PROPRE-01 false false', 'ip13-2 false true']);
  });

  it('counts the same offers waiting in the header, Home and the Listings filter, and a mapping change that changes nothing raises none', async () => {
    const pendingRows = () => listings(kit.catalogue.db, listingQuerySchema.parse({ status: 'pending', management: 'managed', limit: 100 }), KIT_COUNTRIES);
    const waitingNow = () => waitingOffers(kit.catalogue.db, KIT_COUNTRIES.map((country) => country.code));
    // ip13-2 waits with the catalogue's price in the two markets where it differs from Back Market's (en-gb reads its
    // own price from the price matrix, the one Back Market holds): as many offers as the dry run sends lines.
    expect(pendingRows().rows.map((row) => `${row.productNumber} ${row.country}`)).toEqual(['ip13-2 fr-fr', 'ip13-2 de-de']);
    expect(kit.service.state().truth.pendingChanges).toBe(pendingRows().total);
    expect(kit.service.state().pendingChanges).toBe(pendingRows().total);
    expect(waitingNow()).toBe(2);
    // Unchanged adopted offers count as unchanged in the dry run, none held back.
    const view = kit.service.plan(50);
    expect(view.summary.blocked).toEqual([]);
    expect(view.summary.unchanged).toBe(10);

    expect(view.offers.map((offer) => `${offer.sku.toLowerCase()} ${offer.country}`)).toEqual(pendingRows().rows.map((row) => `${row.productNumber} ${row.country}`));

    // A mapping change marks every product in every market; those whose next sync sends nothing are settled, and ip13-2's
    // change is cut down to the markets it sends in, so nothing more waits.
    markAllPending(kit.catalogue.db);
    expect(waitingNow()).toBe(12);
    kit.bus.emit('mapping:changed', { section: 'attributes' });
    await expect.poll(() => waitingNow(), { timeout: 3_000 }).toBe(2);
    expect(kit.service.state().truth.pendingChanges).toBe(pendingRows().total);

    await kit.sync();
    expect(waitingNow()).toBe(0);
    expect(pendingRows().total).toBe(0);
    expect(kit.service.state().truth).toMatchObject({ pendingChanges: 0, heldBack: 0, refused: 0, unanswered: 0 });

    // An offer held back (None) whose fix the merchant saved: the fix waits for the next sync, which checks it again.
    kit.catalogue.db.prepare("UPDATE listing_states SET status = 'none', none_source = 'preflight' WHERE product_number = 'IP13-3' AND country = 'fr-fr'").run();
    expect(waitingNow()).toBe(0);
    markPending(kit.catalogue.db, 'IP13-3', 'upsert', ['weight'], new Date().toISOString());
    expect(pendingRows().rows.map((row) => `${row.productNumber} ${row.country} ${row.status}`)).toContain('IP13-3 fr-fr none');
    expect(waitingNow()).toBe(pendingRows().total);
  });

  it('restores an offer an earlier version held back for product-creation fields to what Back Market holds', async () => {
    // As an earlier version recorded it: IP13-3 None · held back for its missing brand, image and category.
    kit.catalogue.db
      .prepare("UPDATE listing_states SET status = 'none', none_source = 'preflight', error = 'This product has no category.', error_said = '[]' WHERE product_number = 'IP13-3'")
      .run();
    expect(rows().filter((row) => row.productNumber === 'IP13-3').map((row) => row.truth?.standing)).toEqual(['held-back', 'held-back', 'held-back']);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(rows().filter((row) => row.productNumber === 'IP13-3').map((row) => `${row.truth?.word} ${row.truth?.standing} ${row.error}`)).toEqual([
      'published on-sale ',
      'published on-sale ',
      'published on-sale ',
    ]);
    expect(kit.sentLines().filter((line) => line.includes('IP13-3'))).toEqual([]);
  });

  it('the product drawer lists no product-creation problem in the markets where Back Market holds the listing, as the sync', () => {
    const mapping = mappingServiceOver(kit.catalogue.db, new Date().toISOString(), { countries });
    const held = mapping.problems(findProductId(kit.catalogue.db, 'IP13-3') as number);
    expect(held.listingHeldIn).toEqual(['de-de', 'en-gb', 'fr-fr']);
    expect(held.countries.map((country) => `${country.country} ${country.ready} ${country.problems.length}`)).toEqual(['fr-fr true 0', 'de-de true 0', 'en-gb true 0']);
    // The same fields missing on a product Back Market holds nothing of: creating it needs them, in every market.
    kit.catalogue.save(phone(5, { brand: null, image1: null, category: null, ean: null, weightGrams: null }));
    const fresh = mapping.problems(findProductId(kit.catalogue.db, 'IP13-5') as number);
    expect(fresh.listingHeldIn).toEqual([]);
    expect(fresh.countries.every((country) => !country.ready && country.problems.length > 0)).toBe(true);
  });

  it('still holds an adopted offer back for what its update does need (a condition with no grade)', async () => {
    kit.catalogue.edit('IP13-3', 'condition', 'Z');
    const plan = kit.catalogue.plan(new Date());
    expect(plan.blocked.map((offer) => `${offer.productNumber} ${offer.country}`)).toEqual(['IP13-3 fr-fr', 'IP13-3 de-de', 'IP13-3 en-gb']);
    plan.resolveProblems?.(plan.blocked);
    // Only the update's own problem, none about the product's creation fields.
    expect(plan.blocked[0]?.reasons.map((reason) => reason.code)).toEqual(['problem.conditionUnmapped']);
  });
});

it("finds a listing in a read whatever the SKU's case, its own spelling first", () => {
  const listing = (sku: string) => ({ sku, id: sku }) as unknown as ListingPublic;
  const read = new Map([
    ['IP11-64GB-BLAC', listing('IP11-64GB-BLAC')],
    ['ip13-2', listing('ip13-2')],
    ['IP13-2', listing('IP13-2')],
  ]);
  expect(listingOf(read, 'ip11-64gb-blac')?.sku).toBe('IP11-64GB-BLAC');
  expect(listingOf(read, 'IP13-2')?.sku).toBe('IP13-2');
  expect(listingOf(read, 'ip13-2')?.sku).toBe('ip13-2');
  expect(listingOf(read, 'IP13-9')).toBeUndefined();
});
