// The Listings grid says what Back Market holds for offers taken over from an existing account: its price before the
// merchant maps Price (and why the sync sends none), what it holds beside a change waiting for the next sync (the rows
// the header and the dry run count), a market the merchant kept the product off, and each market's own title — never
// the catalogue's French title presented as the German one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingQuerySchema, type ListingRow } from '../../../../shared/sync';
import { closeAccount, accountOver, kitMarkets, syncElsewhere } from '../../account/account-test-kit';
import type { AccountService } from '../../account/account-service';
import { said, storeMessage } from '../../../../shared/messages/merchant-message';
import { markPending } from '../../db/outbox-repo';
import { upsertProduct } from '../../db/products-repo';
import { applySeen } from '../run/listing-state-repo';
import { setFieldMapping, setValueMapping } from '../../mapping/mapping-repo';
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

  it('shows the quantity and the grade Back Market holds for a matched SKU held for the review, never the catalogue’s as Back Market’s', async () => {
    // The other tool sells IP13-4 with 14 in stock and IP13-5 as Stallone (its condition table maps it).
    setValueMapping(other.db, 'condition', 'Stallone', 'STALLONE', new Date().toISOString());
    other.save(phone(4, { stock: 14 }));
    other.save(phone(5, { condition: 'Stallone' }));
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    // The merchant's own CSV holds IP13-4 with 2 in stock, and IP13-5 in a condition its condition table does not map.
    mapPrice();
    kit.catalogue.save(phone(4, { stock: 2 }));
    kit.catalogue.save(phone(5, { condition: 'Stallone' }));
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    const undecided = account.review({ undecidedOnly: true, limit: 500 }).rows.map((review) => `${review.productNumber} ${review.country} ${review.field}: ${review.backmarket} / ${review.mine}`);
    // IP13-4's quantity waits for the review; IP13-5 agrees (« Stallone » is STALLONE's name) and is taken over, though
    // the grid's condition table gives the catalogue's « Stallone » no grade yet.
    expect(undecided).toEqual(CODES.map((country) => `IP13-4 ${country} quantity: 14 / 2`).sort());

    // Held for the review, nothing accepted: Back Market's 14 beside the catalogue's 2 in every market, not the catalogue's 2.
    for (const country of CODES) {
      expect(row('IP13-4', country)).toMatchObject({ quantity: 2, backMarketQuantity: 14, grade: 'EXCELLENT', backMarketGrade: 'EXCELLENT' });
      // No grade in the catalogue yet: the one Back Market holds (as taken over) is there to show as its own.
      expect(row('IP13-5', country)).toMatchObject({ grade: '', backMarketGrade: 'STALLONE', backMarketQuantity: 3 });
    }
    // The sync records IP13-4 as Back Market holds it, its change held back for the review, and sends nothing of it:
    // the grid still reads Back Market's 14 (the review's « 2 » on Back Market was the bug).
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.catalogue.db.prepare("SELECT count(*) FROM sync_task_lines WHERE product_number = 'IP13-4'").pluck().get()).toBe(0);
    for (const country of CODES) {
      expect(row('IP13-4', country)).toMatchObject({ quantity: 2, backMarketQuantity: 14, backMarketGrade: 'EXCELLENT' });
      // Published as Back Market holds it, nothing accepted yet, the catalogue's change held back for the review.
      expect(row('IP13-4', country).truth).toMatchObject({ word: 'published', standing: 'on-sale', changeHeld: true });
    }
    // A product of the merchant's own, never on Back Market: Back Market holds nothing of it.
    upsertProduct(kit.catalogue.db, phone(7, { productNumber: 'ATELIER-7', condition: 'Stallone' }), PHONE_ATTRIBUTES, new Date().toISOString());
    expect(row('ATELIER-7', 'fr-fr')).toMatchObject({ quantity: 3, backMarketQuantity: null, grade: '', backMarketGrade: null });

    // The merchant keeps Back Market's quantity and maps Stallone: taken over, the grid reads what was accepted.
    account.decide({ scope: 'all', decision: 'backmarket', field: 'quantity' });
    setValueMapping(kit.catalogue.db, 'condition', 'Stallone', 'STALLONE', new Date().toISOString());
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    expect(account.review({ undecidedOnly: true, limit: 500 }).rows).toEqual([]);
    expect(row('IP13-4', 'de-de')).toMatchObject({ backMarketQuantity: 14 });
    expect(row('IP13-5', 'de-de')).toMatchObject({ grade: 'STALLONE', backMarketGrade: 'STALLONE' });
    const accepted = kit.catalogue.db.prepare("SELECT json_extract(accepted_values, '$.quantity') FROM listing_states WHERE product_number = 'IP13-4' AND country = 'de-de'").pluck().get();
    expect(accepted).toBe('14');
  });

  it('shows the price and the grade a CSV row changed on a taken-over offer held for the review beside what Back Market holds', async () => {
    // IP13-1 is taken over from the account (Back Market's 499.90, Excellent, 3 in stock).
    expect(account.import({ scope: 'skus', skus: ['IP13-1'] })).toMatchObject({ imported: 1 });
    // A row of the merchant's CSV over it: 459.00, « Stallone » (a grade's name, its condition table maps no such condition), 2 in stock.
    // Its boxes in the price grid are empty (as an account imported before the price grid existed left them).
    kit.catalogue.db.prepare("DELETE FROM country_prices WHERE product_id = (SELECT id FROM products WHERE product_number = 'IP13-1') AND country <> 'en-gb'").run();
    const imported = new Date().toISOString();
    upsertProduct(kit.catalogue.db, phone(1, { price: 459, condition: 'Stallone', stock: 2 }), PHONE_ATTRIBUTES, imported);
    markPending(kit.catalogue.db, 'IP13-1', 'upsert', ['price', 'condition', 'stock'], imported);
    kit.bus.emit('catalogue:changed', { reason: 'import' });
    // Then "Map every suggested field": Price read from the price grid alone. The offer is held: no box is filled for it.
    setFieldMapping(kit.catalogue.db, 'price', '', { kind: 'price-matrix' }, new Date().toISOString());
    kit.bus.emit('mapping:changed', { section: 'attributes' });
    expect(kit.catalogue.db.prepare("SELECT country FROM country_prices WHERE product_id = (SELECT id FROM products WHERE product_number = 'IP13-1')").pluck().all()).toEqual(['en-gb']);
    const undecided = account.review({ undecidedOnly: true, limit: 500 }).rows.filter((review) => review.country === 'fr-fr');
    expect(undecided.map((review) => `${review.field}: ${review.backmarket} / ${review.mine}`)).toEqual(
      expect.arrayContaining(['price: 499.90 / 459.00', 'grade: EXCELLENT / STALLONE', 'quantity: 3 / 2']),
    );

    // Held for the review: Back Market's values beside the catalogue's held back — the price "Keep mine" writes into the
    // empty box and the grade the review reads, as the quantity — never « 499.90 on Back Market » as if nothing changed.
    const shown = { price: 459, noPriceCause: null, backMarketPrice: 499.9, grade: 'STALLONE', backMarketGrade: 'EXCELLENT', quantity: 2, backMarketQuantity: 3 };
    expect(row('IP13-1', 'fr-fr')).toMatchObject(shown);
    expect(row('IP13-1', 'de-de')).toMatchObject(shown);
    // The sync sends nothing of it and records the change held back for the review: the grid still shows both sides.
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.catalogue.db.prepare("SELECT count(*) FROM sync_task_lines WHERE product_number = 'IP13-1'").pluck().get()).toBe(0);
    expect(row('IP13-1', 'fr-fr')).toMatchObject(shown);
    expect(row('IP13-1', 'fr-fr').truth).toMatchObject({ word: 'published', changeHeld: true });
    // "Keep mine" for the price writes that very price into the box: the grid's price stays the one it showed.
    account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-1', country: 'fr-fr', field: 'price' }] });
    expect(row('IP13-1', 'fr-fr')).toMatchObject({ price: 459 });
    // "Keep Back Market's" in Germany: no price of the catalogue's is held there any more.
    account.decide({ scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-1', country: 'de-de', field: 'price' }] });
    expect(row('IP13-1', 'de-de').price).not.toBe(459);
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
