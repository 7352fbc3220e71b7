// An account taken over before the mapping was complete (review 21, A6/A7): the quantity not mapped yet, a condition the
// condition map did not know yet, a SKU in another case than Back Market's. Once the merchant completes the mapping, the
// plan sends nothing for the offers Back Market holds as the catalogue has them; an edit of one market's price sends that
// one price, under Back Market's spelling of the SKU, shown before → after as Back Market holds it; after the sync the
// next plan is empty.
import { describe, expect, it } from 'vitest';
import { otherToolsAccountInEachTest } from '../account/account-test-kit';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { setFieldMapping, setValueMapping } from '../mapping/mapping-repo';
import { phone } from './plan/plan-test-kit';
import type { SyncKit } from './run/run-test-kit';


/** What a mapping change does to the outbox: every product marked. */
const markAllPending = (db: Db) => {
  for (const productNumber of db.prepare('SELECT product_number FROM products').pluck().all() as string[]) markPending(db, productNumber, 'upsert', ['mapping'], new Date().toISOString());
};

describe('an account taken over before the mapping was complete', () => {
  let kit: SyncKit;
  /** Back Market's product id of a SKU's listing (its listing returns no EAN). */
  const productIdOf = (sku: string): string | undefined => kit.market.sandbox.state.listings.find((listing) => listing.sku.toLowerCase() === sku.toLowerCase())?.product_id;

  // Another tool put three phones on the account, in every market.
  otherToolsAccountInEachTest(3, async (made) => {
    expect(made.elsewhere.outcome).toBe('finished');
    ({ kit } = made);
    const { account } = made;
    // The merchant's own file: IP13-1 with the condition in their words, IP13-2 spelled in lower case; IP13-3 is imported.
    kit.catalogue.save(phone(1, { condition: 'Excellent' }));
    kit.catalogue.save(phone(2, { productNumber: 'ip13-2' }));
    kit.catalogue.db.prepare('DELETE FROM outbox').run();
    // The quantity and the title are not mapped yet when the account is read and taken over (the catalogue's own stock
    // is compared; Back Market's title is not one the review compares).
    setFieldMapping(kit.catalogue.db, 'quantity', '', null, new Date().toISOString());
    setFieldMapping(kit.catalogue.db, 'title', '', null, new Date().toISOString());
    account.read();
    expect(await account.settled()).toMatchObject({ outcome: 'finished' });
    expect(account.import({ scope: 'skus', skus: ['IP13-3'] })).toMatchObject({ imported: 1, toReview: 0 });
    expect(account.summary()).toMatchObject({ offersToReview: 0 });
    // Then the merchant completes the mapping: the quantity column, and the condition map for their word.
    const at = new Date().toISOString();
    setFieldMapping(kit.catalogue.db, 'quantity', '', { kind: 'field', field: 'stock' }, at);
    setFieldMapping(kit.catalogue.db, 'title', '', { kind: 'field', field: 'title' }, at);
    setValueMapping(kit.catalogue.db, 'condition', 'Excellent', 'EXCELLENT', at);
    markAllPending(kit.catalogue.db);
    kit.market.seen.length = 0;
  });

  it('sends nothing once the quantity and the condition map are mapped to what Back Market holds', () => {
    const plan = kit.catalogue.plan(new Date());
    expect(plan.tasks.flatMap((task) => task.lines).map((line) => `${line.sku} ${line.country} ${JSON.stringify(line.changes)}`)).toEqual([]);
    expect(plan.realtime.map((update) => `${update.sku} ${JSON.stringify(update.changes)}`)).toEqual([]);
    expect(plan.blocked).toEqual([]);
    expect(plan.summary.unchanged).toBe(9);
    // Nothing waits any more: the mapping change concerned no offer.
    expect([...(plan.quiet ?? [])].sort()).toEqual(['IP13-1', 'IP13-3', 'ip13-2']);
  });

  it("sends one market's new price alone, then nothing", async () => {
    kit.catalogue.setCountryPrice('IP13-1', 'fr-fr', 489.9);
    const view = kit.service.plan(50);
    expect(view.summary.send).toEqual({ stock: 0, price: 1, new: 0, content: 0 });
    expect(view.summary.realtime).toBe(0);
    expect(view.offers.map((offer) => ({ sku: offer.sku, country: offer.country, kind: offer.kind, changes: offer.changes }))).toEqual([
      { sku: 'IP13-1', country: 'fr-fr', kind: 'price', changes: [{ field: 'price', before: '499.90', after: '489.90' }] },
    ]);

    expect((await kit.sync()).outcome).toBe('finished');
    // Named by Back Market's product id, as its listing holds it (the listing returned no EAN).
    expect(kit.sentLines()).toEqual([`fr-fr|"IP13-1";"${productIdOf('IP13-1')}";"489.90";"EUR"`]);
    expect(kit.listingWrites().realtime).toBe(0);
    expect(Number((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-1' })).price)).toBe(489.9);
    const next = kit.catalogue.plan(new Date());
    expect(next.tasks).toEqual([]);
    expect(next.realtime).toEqual([]);
    expect(kit.service.state()).toMatchObject({ pendingChanges: 0 });
  });

  it("sends a change of the SKU Back Market spells in capitals under its spelling, shows no SKU change, and keeps that spelling while it is held back", async () => {
    // Held back (a condition with no grade): the record keeps Back Market's spelling, not the catalogue's.
    kit.catalogue.edit('ip13-2', 'condition', 'Z');
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.state('ip13-2', 'fr-fr')).toMatchObject({ sku: 'IP13-2' });
    expect(kit.sentLines()).toEqual([]);

    kit.catalogue.edit('ip13-2', 'condition', 'A');
    kit.catalogue.setCountryPrice('ip13-2', 'de-de', 479.9);
    const view = kit.service.plan(50);
    expect(view.offers.map((offer) => ({ sku: offer.sku, country: offer.country, changes: offer.changes }))).toEqual([
      { sku: 'IP13-2', country: 'de-de', changes: [{ field: 'price', before: '499.90', after: '479.90' }] },
    ]);
    const plan = kit.catalogue.plan(new Date());
    expect(plan.tasks.flatMap((task) => task.csvLines)).toEqual([`"IP13-2";"${productIdOf('IP13-2')}";"479.90";"EUR"`]);

    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.sentLines()).toEqual([`de-de|"IP13-2";"${productIdOf('IP13-2')}";"479.90";"EUR"`]);
    expect(kit.market.sandbox.state.listings.map((listing) => listing.sku).filter((sku) => sku.toLowerCase() === 'ip13-2')).toEqual(['IP13-2']);
    expect(kit.state('ip13-2', 'de-de')).toMatchObject({ sku: 'IP13-2', status: 'published' });
    const next = kit.catalogue.plan(new Date());
    expect(next.tasks).toEqual([]);
    expect(next.realtime).toEqual([]);
  });

  it('sends no title change to an offer taken over: its product sheet is Back Market’s, and the dry run shows nothing', async () => {
    kit.catalogue.edit('IP13-1', 'title', 'iPhone 13 128 Go Minuit #1');
    const view = kit.service.plan(50);
    expect(view.offers).toEqual([]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.sentLines()).toEqual([]);
    const next = kit.catalogue.plan(new Date());
    expect(next.tasks).toEqual([]);
    expect(next.realtime).toEqual([]);
  });

  it('still sends a real stock change, by the listing, with the quantity Back Market holds before it', async () => {
    kit.catalogue.edit('IP13-3', 'stock', 5);
    const plan = kit.catalogue.plan(new Date());
    expect(plan.tasks).toEqual([]);
    expect(plan.realtime.map((update) => ({ sku: update.sku, countries: update.countries, changes: update.changes }))).toEqual([
      { sku: 'IP13-3', countries: ['fr-fr', 'de-de', 'en-gb'], changes: [{ field: 'quantity', before: '3', after: '5' }] },
    ]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect((await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-3' })).quantity).toBe(5);
    const next = kit.catalogue.plan(new Date());
    expect(next.tasks).toEqual([]);
    expect(next.realtime).toEqual([]);
  });
});
