// The Listings grid says what Back Market holds for offers taken over from an existing account: its price before the
// merchant maps Price (and why the sync sends none), what it holds beside a change waiting for the next sync (the rows
// the header and the dry run count), a market the merchant kept the product off, and each market's own title — never
// the catalogue's French title presented as the German one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingQuerySchema, type ListingRow } from '../../../../shared/sync';
import { closeAccount, accountOver, kitMarkets, syncElsewhere } from '../../account/account-test-kit';
import type { AccountService } from '../../account/account-service';
import { said, storeMessage } from '../../../../shared/messages/merchant-message';
import { upsertProduct } from '../../db/products-repo';
import { applySeen } from '../run/listing-state-repo';
import { setFieldMapping } from '../../mapping/mapping-repo';
import { KIT_COUNTRIES, PHONE_ATTRIBUTES, phone, plannerKit, type PlannerKit } from '../plan/plan-test-kit';
import { startSyncKit, type SyncKit } from '../run/run-test-kit';
import { listings, waitingOffers } from './listings-query';

const CODES = KIT_COUNTRIES.map((country) => country.code);

describe('the Listings grid over an existing account', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  beforeEach(async () => {
    kit = await startSyncKit();
    // Another tool sells IP13-1 and IP13-2 in every market, IP13-2 at 519.00 in Germany; IP13-3 in France and Germany only.
    other = plannerKit();
    other.save(phone(1));
    other.save(phone(2));
    other.setCountryPrice('IP13-2', 'de-de', 519);
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    const elsewhere = plannerKit();
    elsewhere.save(phone(3));
    expect((await syncElsewhere(kit, elsewhere, () => kitMarkets().filter((market) => market.code !== 'en-gb'))).outcome).toBe('finished');
    elsewhere.cleanup();
    // The merchant's own CSV: Price is not mapped yet.
    setFieldMapping(kit.catalogue.db, 'price', '', null, new Date().toISOString());
    account = accountOver(kit, kitMarkets);
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
  });

  afterEach(() => closeAccount(account, other, kit));

  const rows = (): ListingRow[] => listings(kit.catalogue.db, listingQuerySchema.parse({ management: 'managed', limit: 100 }), KIT_COUNTRIES).rows;
  const row = (productNumber: string, country: string): ListingRow => {
    const found = rows().find((candidate) => candidate.productNumber === productNumber && candidate.country === country);
    if (!found) throw new Error(`no row ${productNumber} ${country}`);
    return found;
  };
  const mapPrice = () => setFieldMapping(kit.catalogue.db, 'price', '', { kind: 'field', field: 'price' }, new Date().toISOString());

  it('shows the price Back Market holds before Price is mapped, and says the sync sends none because Price is not mapped', () => {
    expect(account.import({ scope: 'skus', skus: ['IP13-1', 'IP13-2'] })).toMatchObject({ imported: 2 });
    const germany = row('IP13-2', 'de-de');
    expect(germany.truth).toMatchObject({ word: 'published', standing: 'on-sale', changeWaiting: false });
    // The sync sends no price (Price is not mapped): Back Market keeps 519.00, and the row says both.
    expect(germany).toMatchObject({ price: null, noPriceCause: 'unmapped', backMarketPrice: 519, currency: 'EUR' });
    expect(row('IP13-1', 'fr-fr')).toMatchObject({ price: null, noPriceCause: 'unmapped', backMarketPrice: 499.9 });
    expect(row('IP13-1', 'en-gb')).toMatchObject({ price: null, noPriceCause: 'unmapped', backMarketPrice: 429, currency: 'GBP' });
    // Nothing is sent for them: the price Back Market holds stays.
    expect(kit.catalogue.plan(new Date()).tasks.flatMap((task) => task.lines)).toEqual([]);

    // A product of the merchant's own, never on Back Market: no price on either side, and the cause.
    upsertProduct(kit.catalogue.db, phone(7, { productNumber: 'ATELIER-7' }), PHONE_ATTRIBUTES, new Date().toISOString());
    expect(row('ATELIER-7', 'fr-fr')).toMatchObject({ price: null, noPriceCause: 'unmapped', backMarketPrice: null });
    mapPrice();
    expect(row('ATELIER-7', 'fr-fr')).toMatchObject({ price: 499.9, noPriceCause: null, backMarketPrice: null });
  });

  it('shows what Back Market holds beside the change waiting, on exactly the rows the header and the dry run count', async () => {
    account.import({ scope: 'skus', skus: ['IP13-1', 'IP13-2'] });
    mapPrice();
    expect(rows().filter((candidate) => candidate.truth?.changeWaiting)).toEqual([]);
    expect(waitingOffers(kit.catalogue.db, CODES)).toBe(0);
    kit.catalogue.setCountryPrice('IP13-1', 'fr-fr', 479);

    const france = row('IP13-1', 'fr-fr');
    expect(france).toMatchObject({ price: 479, backMarketPrice: 499.9 });
    expect(france.truth).toMatchObject({ word: 'published', standing: 'on-sale', changeWaiting: true });
    // Germany's offer of the same product is not concerned by France's price: nothing waits there.
    expect(row('IP13-1', 'de-de').truth?.changeWaiting).toBe(false);
    const waiting = rows().filter((candidate) => candidate.truth?.changeWaiting || candidate.truth?.standing === 'pending');
    expect(waiting.map((candidate) => `${candidate.productNumber} ${candidate.country}`)).toEqual(['IP13-1 fr-fr']);
    expect(waitingOffers(kit.catalogue.db, CODES)).toBe(waiting.length);
    const lines = kit.catalogue.plan(new Date()).tasks.flatMap((task) => task.lines);
    expect(lines.map((line) => `${line.productNumber} ${line.country} ${line.changes.map((change) => `${change.field}: ${change.before} → ${change.after}`).join()}`)).toEqual([
      'IP13-1 fr-fr price: 499.90 → 479.00',
    ]);

    // The stock is one for every market of the listing: Back Market's 3 beside the catalogue's 5, in each.
    kit.catalogue.edit('IP13-2', 'stock', 5);
    for (const country of CODES) {
      expect(row('IP13-2', country)).toMatchObject({ quantity: 5, backMarketQuantity: 3 });
      expect(row('IP13-2', country).truth?.changeWaiting).toBe(true);
    }
    expect(waitingOffers(kit.catalogue.db, CODES)).toBe(1 + CODES.length);
    expect(kit.catalogue.plan(new Date()).realtime.map((update) => `${update.productNumber} ${update.quantity} ${update.countries.join()}`)).toEqual([`IP13-2 5 ${CODES.join()}`]);

    expect((await kit.sync()).outcome).toBe('finished');
    expect(row('IP13-2', 'de-de')).toMatchObject({ quantity: 5, backMarketQuantity: 5 });
    expect(row('IP13-1', 'fr-fr')).toMatchObject({ price: 479, backMarketPrice: 479 });
    expect(row('IP13-1', 'fr-fr').truth?.changeWaiting).toBe(false);
    expect(waitingOffers(kit.catalogue.db, CODES)).toBe(0);
  });

  it('shows the price Back Market’s listings showed when it was changed in the back office, beside the catalogue’s to restore', () => {
    account.import({ scope: 'skus', skus: ['IP13-1'] });
    mapPrice();
    // The read-back found 459.00 on Back Market where it had accepted 499.90, and recorded it as the reconcile does.
    const state = kit.catalogue.db.prepare("SELECT listing_id AS listingId, listing_uuid AS listingUuid, bm_product_id AS productId FROM listing_states WHERE product_number = 'IP13-1' AND country = 'fr-fr'").get() as { listingId: number; listingUuid: string; productId: string };
    applySeen(kit.catalogue.db, 'IP13-1', 'fr-fr', {
      listingId: state.listingId,
      listingUuid: state.listingUuid,
      backMarketProductId: state.productId,
      publicationState: 2,
      changedElsewhere: storeMessage(said('changedElsewhere.price', { price: '459.00', currency: 'EUR', sentPrice: '499.90' })),
      clearStockHash: false,
      clearPriceHash: true,
      quantity: '',
      price: '459.00',
    }, new Date().toISOString());
    expect(row('IP13-1', 'fr-fr')).toMatchObject({ price: 499.9, backMarketPrice: 459 });
    expect(row('IP13-1', 'de-de')).toMatchObject({ price: 499.9, backMarketPrice: 499.9 });
  });

  it('says a market the merchant kept the product off is kept off by choice, not merely not sent', () => {
    expect(account.import({ scope: 'skus', skus: ['IP13-3'] })).toMatchObject({ imported: 1 });
    // Back Market holds no en-gb listing of IP13-3: the review asks whether to publish it there; the merchant keeps it off.
    const review = kit.catalogue.db.prepare("SELECT country, field FROM account_reviews WHERE product_number = 'IP13-3' AND decision IS NULL").all();
    expect(review).toEqual([{ country: 'en-gb', field: 'market' }]);
    account.decide({ scope: 'all', decision: 'backmarket', field: 'market' });
    expect(row('IP13-3', 'en-gb').truth).toMatchObject({ word: 'not-sent', standing: 'not-sent', reason: 'kept-off' });
    expect(row('IP13-3', 'fr-fr').truth).toMatchObject({ word: 'published', reason: null });
  });

  it('shows a market’s own title, else the one Back Market holds there, else the catalogue’s marked with its language', () => {
    // Back Market answers each market in its language (the sandbox gives all one title): as it would have.
    const titled = kit.catalogue.db.prepare("UPDATE account_listings SET title = ? WHERE sku = 'IP13-1' AND country = ?");
    titled.run('iPhone 13 128 GB Schwarz', 'de-de');
    titled.run('iPhone 13 128 GB Midnight', 'en-gb');
    // The import keeps Germany's title where the kit's mapping reads it (Titel); England reads title_en, which it leaves empty.
    account.import({ scope: 'skus', skus: ['IP13-1'] });
    const now = new Date().toISOString();
    upsertProduct(kit.catalogue.db, phone(8, { productNumber: 'ATELIER-8', title: 'iPhone 13 128 Go Minuit' }), { ...PHONE_ATTRIBUTES, Titel: '' }, now);
    expect(row('IP13-1', 'de-de')).toMatchObject({ title: 'iPhone 13 128 GB Schwarz', titleLanguage: null });
    expect(row('IP13-1', 'en-gb')).toMatchObject({ title: 'iPhone 13 128 GB Midnight', titleLanguage: null });
    expect(row('IP13-1', 'fr-fr')).toMatchObject({ title: 'iPhone 13 128 Go Noir #1', titleLanguage: null });
    // Never on Back Market, no German or English title: the French one, said to be French.
    expect(row('ATELIER-8', 'de-de')).toMatchObject({ title: 'iPhone 13 128 Go Minuit', titleLanguage: 'fr' });
    expect(row('ATELIER-8', 'en-gb')).toMatchObject({ title: 'iPhone 13 128 Go Minuit', titleLanguage: 'fr' });
    expect(row('ATELIER-8', 'fr-fr')).toMatchObject({ title: 'iPhone 13 128 Go Minuit', titleLanguage: null });
  });
});
