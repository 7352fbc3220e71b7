// A change made on Back Market (its back office, another tool) after Refurb Desk took the account over: reading the
// account again, or the sync's own read of the listings, makes what the app knows Back Market holds follow it. An offer
// taken over and never sent is not overwritten: the review asks, saying it was taken over at the old value. An offer
// Refurb Desk sent is restored by the next sync, and the dry run says from what Back Market holds: « 5 → 3 ».
import { describe, expect, it } from 'vitest';
import type { PlannedOffer } from '../../../shared/sync';
import { setFieldMapping } from '../mapping/mapping-repo';
import { phone } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import { otherToolsAccountInEachTest, readAndImport, type AccountOnOtherTools } from './account-test-kit';
import { ACCOUNT_REVIEW_HOLD } from './hold';

const NAMES = { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' };
const MARKETS = ['de-de', 'en-gb', 'fr-fr'];

/** What Back Market holds of a SKU: its quantity and France's price. */
function onBackMarket(kit: SyncKit, sku: string): { quantity: number | undefined; price: string | undefined } {
  const listing = kit.market.sandbox.state.listings.find((entry) => entry.sku === sku);
  return { quantity: listing?.quantity, price: listing?.markets['fr-fr']?.price ?? undefined };
}

/** The back office: France's price and the listing's quantity changed on Back Market, as the seller API lets any tool. */
async function changeOnBackMarket(kit: SyncKit, sku: string, update: { quantity: number; price: number }): Promise<void> {
  const listing = kit.market.sandbox.state.listings.find((entry) => entry.sku === sku);
  if (!listing) throw new Error(`Back Market holds no listing ${sku}.`);
  await kit.client.forCountry('fr-fr').updateListing(listing.id, update);
}

/** The dry run's lines of one SKU, as the dialog lists them: market, field, before → after. */
function dryRun(kit: SyncKit, sku: string): string[] {
  const offers: PlannedOffer[] = kit.service.plan(500).offers;
  return offers.filter((offer) => offer.sku === sku).flatMap((offer) => offer.changes.map((change) => `${offer.country} ${change.field}: ${change.before} → ${change.after}`));
}

const accepted = (kit: SyncKit, sku: string, country: string): Record<string, string> =>
  JSON.parse(kit.catalogue.db.prepare('SELECT accepted_values FROM listing_states WHERE product_number = ? AND country = ?').pluck().get(sku, country) as string) as Record<string, string>;

describe('an offer taken over from the account and never sent, changed on Back Market afterwards', () => {
  let made: AccountOnOtherTools;
  otherToolsAccountInEachTest(2, async (current) => {
    made = current;
    expect(current.elsewhere.outcome).toBe('finished');
    current.account.close();
    const taken = await readAndImport(current.kit, ['IP13-1'], NAMES);
    made = { ...current, account: taken.account };
    expect(taken.imported).toMatchObject({ imported: 1, adopted: 3, toReview: 0 });
    // "Map every suggested field": the comment and the warranty are read from the columns the import wrote them in.
    taken.mapping.setField('comment', undefined, { kind: 'attribute', name: NAMES.comment });
    taken.mapping.setField('warranty_delay', undefined, { kind: 'attribute', name: NAMES.warranty_delay });
    expect(dryRun(current.kit, 'IP13-1')).toEqual([]);
  });

  it('is known as Back Market holds it after a new read of the account, asked about again, and never overwritten', async () => {
    const { kit, account } = made;
    await changeOnBackMarket(kit, 'IP13-1', { quantity: 5, price: 459 });
    account.read();
    expect((await account.settled()).outcome).toBe('finished');

    // What the app knows Back Market holds is what it read: the shared quantity everywhere, France's price.
    expect(MARKETS.map((code) => accepted(kit, 'IP13-1', code).quantity)).toEqual(['5', '5', '5']);
    expect(Number(accepted(kit, 'IP13-1', 'fr-fr').price)).toBe(459);
    // The catalogue still holds the values taken over (3, 499.90): nothing was chosen since, so the review asks, saying so.
    const rows = account.review({}).rows.map((row) => [row.country, row.field, row.backmarket, row.mine, row.previous]);
    expect(rows).toEqual([
      ['de-de', 'quantity', '5', '3', { backmarket: '3', mine: '3', decision: 'backmarket', takenOver: true }],
      ['en-gb', 'quantity', '5', '3', { backmarket: '3', mine: '3', decision: 'backmarket', takenOver: true }],
      ['fr-fr', 'price', '459.00', '499.90', { backmarket: '499.90', mine: '499.90', decision: 'backmarket', takenOver: true }],
      ['fr-fr', 'quantity', '5', '3', { backmarket: '3', mine: '3', decision: 'backmarket', takenOver: true }],
    ]);
    // Held until the merchant decides: the dry run sends nothing, and a sync leaves Back Market's values as they are.
    const plan = kit.catalogue.plan(new Date());
    expect(plan.realtime).toEqual([]);
    expect(plan.tasks.flatMap((task) => task.lines)).toEqual([]);
    expect(plan.blocked.filter((offer) => offer.productNumber === 'IP13-1').map((offer) => [offer.country, offer.problems]).sort()).toEqual(MARKETS.map((code) => [code, [ACCOUNT_REVIEW_HOLD]]).sort());
    expect((await kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(kit, 'IP13-1')).toEqual({ quantity: 5, price: '459.00' });

    // "Keep mine" for the quantity: the dry run says from what Back Market holds, « 5 → 3 », never « 3 → 3 ».
    account.decide({ scope: 'all', decision: 'mine', field: 'quantity' });
    account.decide({ scope: 'all', decision: 'backmarket', field: 'price' });
    expect(dryRun(kit, 'IP13-1')).toEqual(['fr-fr quantity: 5 → 3', 'de-de quantity: 5 → 3', 'en-gb quantity: 5 → 3']);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(kit, 'IP13-1')).toEqual({ quantity: 3, price: '459.00' });
  });

  it('is asked about after the sync reads it back, and the grid never says Refurb Desk sent a value it never sent', async () => {
    const { kit, account } = made;
    await changeOnBackMarket(kit, 'IP13-1', { quantity: 5, price: 459 });
    // A sync with nothing to send still reads the listings back (the kit reads them at every sync).
    expect((await kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(kit, 'IP13-1')).toEqual({ quantity: 5, price: '459.00' });
    expect(kit.catalogue.db.prepare("SELECT changed_elsewhere FROM listing_states WHERE product_number = 'IP13-1'").pluck().all()).toEqual(['', '', '']);
    expect(account.review({}).rows.map((row) => [row.country, row.field, row.backmarket, row.mine, row.previous?.takenOver])).toEqual([
      ['de-de', 'quantity', '5', '3', true],
      ['en-gb', 'quantity', '5', '3', true],
      ['fr-fr', 'price', '459.00', '499.90', true],
      ['fr-fr', 'quantity', '5', '3', true],
    ]);
    // The next sync does not restore the values taken over either.
    expect(dryRun(kit, 'IP13-1')).toEqual([]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(kit, 'IP13-1')).toEqual({ quantity: 5, price: '459.00' });
  });
});

describe('an offer Refurb Desk sent, changed on Back Market afterwards', () => {
  let made: AccountOnOtherTools;
  otherToolsAccountInEachTest(1, async (current) => {
    made = current;
    expect(current.elsewhere.outcome).toBe('finished');
    // The merchant's own catalogue sends IP13-5 (3 units at 499.90) before the account is read.
    current.kit.catalogue.save(phone(5));
    expect((await current.kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(current.kit, 'IP13-5')).toEqual({ quantity: 3, price: '499.90' });
  });

  it('is restored by the next sync, the dry run and the grid saying what Back Market holds and what Refurb Desk sent', async () => {
    const { kit, account } = made;
    await changeOnBackMarket(kit, 'IP13-5', { quantity: 5, price: 459 });
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    expect(account.review({}).rows).toEqual([]);
    expect(dryRun(kit, 'IP13-5')).toEqual(['fr-fr quantity: 5 → 3', 'de-de quantity: 5 → 3', 'en-gb quantity: 5 → 3', 'fr-fr price: 459.00 → 499.90']);
    const note = kit.catalogue.db.prepare("SELECT changed_elsewhere FROM listing_states WHERE product_number = 'IP13-5' AND country = 'fr-fr'").pluck().get() as string;
    expect(JSON.parse(note)).toEqual({ code: 'changedElsewhere.quantityAndPrice', params: { quantity: '5', sentQuantity: '3', price: '459.00', currency: 'EUR', sentPrice: '499.90' } });
    expect((await kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(kit, 'IP13-5')).toEqual({ quantity: 3, price: '499.90' });
    expect(kit.catalogue.db.prepare("SELECT changed_elsewhere FROM listing_states WHERE product_number = 'IP13-5'").pluck().all()).toEqual(['', '', '']);
  });
});

describe('a value the import took over, changed afterwards by the catalogue', () => {
  let made: AccountOnOtherTools;
  otherToolsAccountInEachTest(1, (current) => {
    made = current;
    expect(current.elsewhere.outcome).toBe('finished');
  });

  it('is asked about as taken over from Back Market, not as a choice the merchant made', async () => {
    const { kit } = made;
    made.account.close();
    // The mapping sends 7 units whatever the product holds: the import takes Back Market's 3 over by itself.
    setFieldMapping(kit.catalogue.db, 'quantity', '', { kind: 'fixed', value: '7' }, new Date().toISOString());
    const taken = await readAndImport(kit, ['IP13-1'], NAMES);
    made = { ...made, account: taken.account };
    expect(taken.imported).toMatchObject({ imported: 1, toReview: 0 });
    taken.mapping.setField('quantity', undefined, { kind: 'fixed', value: '1' });
    const previous = taken.account.review({}).rows.filter((row) => row.field === 'quantity').map((row) => [row.country, row.backmarket, row.mine, row.previous]);
    expect(previous).toEqual(MARKETS.map((code) => [code, '3', '1', { backmarket: '3', mine: '7', decision: 'backmarket', takenOver: true }]));
    // Decided by the merchant, then asked again: that is their choice.
    taken.account.decide({ scope: 'all', decision: 'backmarket' });
    taken.mapping.setField('quantity', undefined, { kind: 'fixed', value: '2' });
    expect(taken.account.review({}).rows.filter((row) => row.field === 'quantity').map((row) => row.previous)).toEqual(MARKETS.map(() => ({ backmarket: '3', mine: '1', decision: 'backmarket' })));
  });
});

describe('a matched offer taken over as Back Market holds it, then changed by the merchant', () => {
  let made: AccountOnOtherTools;
  otherToolsAccountInEachTest(1, async (current) => {
    made = current;
    expect(current.elsewhere.outcome).toBe('finished');
    // The merchant's catalogue has the same phone, with its EAN; Back Market's listing returns none.
    current.kit.catalogue.save(phone(1));
    current.account.read();
    expect((await current.account.settled()).outcome).toBe('finished');
    expect(current.account.review({}).rows).toEqual([]);
    expect(dryRun(current.kit, 'IP13-1')).toEqual([]);
  });

  it('lists and sends only what changed: no unchanged value, and not the EAN Back Market never returned', async () => {
    const { kit } = made;
    kit.catalogue.edit('IP13-1', 'price', 479.9);
    const plan = kit.catalogue.plan(new Date());
    const lines = plan.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-1');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.flatMap((line) => line.changes.map((change) => change.field))).toEqual(lines.map(() => 'price'));
    expect(lines.flatMap((line) => line.changes).filter((change) => change.before === change.after)).toEqual([]);
    // The line names the product by Back Market's own product id, as its listing holds it.
    expect(plan.tasks.map((task) => task.header.includes('ean'))).toEqual(plan.tasks.map(() => false));
    expect(plan.tasks.map((task) => task.header.includes('product_id'))).toEqual(plan.tasks.map(() => true));
    expect((await kit.sync()).outcome).toBe('finished');
    expect(onBackMarket(kit, 'IP13-1').price).toBe('479.90');
  });
});

describe('a comment kept as the catalogue’s where Back Market holds none', () => {
  let made: AccountOnOtherTools;
  otherToolsAccountInEachTest(1, (current) => {
    made = current;
    expect(current.elsewhere.outcome).toBe('finished');
  });

  it('is sent, the dry run saying it goes where Back Market holds none', async () => {
    const { kit, account } = made;
    const uk = kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-1')?.markets['en-gb'];
    if (!uk) throw new Error('The other tool did not list IP13-1 in en-gb.');
    uk.comment = null;
    // The merchant's catalogue has the same phone, with its comment everywhere.
    kit.catalogue.save(phone(1));
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    expect(account.review({}).rows.map((row) => [row.country, row.field, row.backmarket, row.mine])).toEqual([['en-gb', 'comment', '', 'Boîte d’origine']]);
    account.decide({ scope: 'all', decision: 'mine' });
    expect(dryRun(kit, 'IP13-1')).toEqual(['en-gb comment:  → Boîte d’origine']);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-1')?.markets['en-gb']?.comment).toBe('Boîte d’origine');
    expect(dryRun(kit, 'IP13-1')).toEqual([]);
  });
});
