// A price kept in the review ("keep mine", one by one or for all) or agreed by both sides goes where the mapping reads
// prices: with Price mapped to the price grid, into the market's empty box, whether Price was mapped there before the
// review or after it. The Prices screen, the Listings grid and the sync then say the same price, and the sync sends it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listingQuerySchema } from '../../../shared/sync';
import type { Language } from '../../../shared/connection';
import { setFieldMapping } from '../mapping/mapping-repo';
import { createMappingService } from '../mapping/mapping-service';
import { markPending } from '../db/outbox-repo';
import { listings } from '../sync/listings';
import { KIT_COUNTRIES, phone, type PlannerKit } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import type { AccountService } from './account-service';
import { accountOver, closeAccount, kitMarkets, otherToolsAccount } from './account-test-kit';

const at = () => new Date().toISOString();

describe('the price kept for a matched offer, with Price mapped to the price grid', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  beforeEach(async () => {
    // Another tool sells IP13-1 and IP13-2 at 499.90 (429.00 in the United Kingdom).
    const made = await otherToolsAccount(2);
    expect(made.elsewhere.outcome).toBe('finished');
    ({ kit, other } = made);
    account = accountOver(kit, kitMarkets);
    // The merchant's CSV: IP13-1 at the same price, IP13-2 at 459.
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2, { price: 459 }));
  });

  afterEach(async () => {
    await closeAccount(account, other, kit);
  });

  const db = () => kit.catalogue.db;
  /** The Prices screen's boxes, "product market" -> price. */
  const boxes = () =>
    Object.fromEntries(
      (db().prepare('SELECT x.product_number AS sku, p.country, p.price_cents AS cents FROM country_prices p JOIN products x ON x.id = p.product_id ORDER BY 1, 2').all() as { sku: string; country: string; cents: number }[]).map((row) => [
        `${row.sku} ${row.country}`,
        row.cents / 100,
      ]),
    );
  const gridPrice = (sku: string, country: string) => listings(db(), listingQuerySchema.parse({ search: sku, country, limit: 50 }), KIT_COUNTRIES).rows.find((row) => row.productNumber === sku)?.price;
  const onBackMarket = async (sku: string, country: string) => Number((await kit.client.forCountry(country).getListingDetail({ sku })).price);
  const priceRows = () => account.review({ undecidedOnly: false, limit: 500 }).rows.filter((row) => row.field === 'price').map((row) => [row.productNumber, row.country, row.backmarket, row.mine, row.decision]);
  async function readAccount(): Promise<void> {
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
  }
  /** "Map every suggested field": Price read from the price grid alone; every product marked as the mapping screen does. */
  function mapPriceToGrid(): void {
    setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
    for (const sku of ['IP13-1', 'IP13-2']) markPending(db(), sku, 'upsert', ['price'], at());
    kit.bus.emit('mapping:changed', { section: 'attributes' });
  }

  it('fills the boxes when Price is mapped to the grid after the review: "keep mine" and the agreed price are sent, not "no price"', async () => {
    // Price not mapped yet: the review compares the catalogue price.
    setFieldMapping(db(), 'price', '', null, at());
    await readAccount();
    expect(priceRows()).toEqual([
      ['IP13-2', 'de-de', '499.90', '459.00', null],
      ['IP13-2', 'fr-fr', '499.90', '459.00', null],
    ]);
    account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] });
    account.decide({ scope: 'all', decision: 'mine', field: 'price' });
    // Only the United Kingdom's boxes (the CSV's pounds) exist yet.
    expect(boxes()).toEqual({ 'IP13-1 en-gb': 429, 'IP13-2 en-gb': 429 });

    mapPriceToGrid();
    expect(boxes()).toEqual({
      'IP13-1 de-de': 499.9,
      'IP13-1 en-gb': 429,
      'IP13-1 fr-fr': 499.9,
      'IP13-2 de-de': 459,
      'IP13-2 en-gb': 429,
      'IP13-2 fr-fr': 459,
    });
    // The decisions stand (both values are still those they were made on): nothing went back to the review.
    expect(priceRows().map((row) => row[4])).toEqual(['mine', 'mine']);
    expect(gridPrice('IP13-2', 'fr-fr')).toBe(459);
    expect(gridPrice('IP13-1', 'de-de')).toBe(499.9);

    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-2', 'fr-fr')).toBe(459);
    expect(await onBackMarket('IP13-2', 'de-de')).toBe(459);
    expect(await onBackMarket('IP13-1', 'fr-fr')).toBe(499.9);
    expect(await onBackMarket('IP13-2', 'en-gb')).toBe(429);
  });

  it('fills the empty boxes as the review is decided when Price was mapped to the grid first, and never a box the merchant filled', async () => {
    setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
    // The merchant set Germany's box for IP13-2 already.
    kit.catalogue.setCountryPrice('IP13-2', 'de-de', 470);
    await readAccount();
    // IP13-1's price agrees (the catalogue's, the grid's box being empty): taken over, and its boxes filled at once.
    expect(boxes()).toMatchObject({ 'IP13-1 fr-fr': 499.9, 'IP13-1 de-de': 499.9 });
    expect(priceRows()).toEqual([
      ['IP13-2', 'de-de', '499.90', '470.00', null],
      ['IP13-2', 'fr-fr', '499.90', '459.00', null],
    ]);
    // Its box is empty until the take-over, but the grid shows the price the review holds back (the one "Keep mine" writes there).
    expect(gridPrice('IP13-2', 'fr-fr')).toBe(459);
    // "Keep mine for all".
    account.decide({ scope: 'all', decision: 'mine' });
    expect(boxes()).toMatchObject({ 'IP13-2 fr-fr': 459, 'IP13-2 de-de': 470 });
    expect(gridPrice('IP13-2', 'fr-fr')).toBe(459);

    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-2', 'fr-fr')).toBe(459);
    expect(await onBackMarket('IP13-2', 'de-de')).toBe(470);
    expect(await onBackMarket('IP13-1', 'fr-fr')).toBe(499.9);
  });

  it('leaves a box the merchant cleared empty when another section of the mapping changes: the clear is theirs, never refilled with Back Market’s price', async () => {
    setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
    await readAccount();
    // IP13-1 agrees with Back Market: taken over, never sent, its boxes filled with the price kept.
    expect(boxes()).toMatchObject({ 'IP13-1 fr-fr': 499.9, 'IP13-1 de-de': 499.9 });
    // The merchant empties France's box in the Prices screen.
    const mapping = createMappingService({
      database: db,
      countries: () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language })),
      fetchCategoryTree: async () => [],
      events: kit.bus,
      now: () => new Date(),
    });
    const id = db().prepare("SELECT id FROM products WHERE product_number = 'IP13-1'").pluck().get() as number;
    mapping.setPrice(id, 'fr-fr', null);
    expect(boxes()['IP13-1 fr-fr']).toBeUndefined();
    // The review records it as the merchant's own choice: "keep mine", no price.
    expect(priceRows().filter((row) => row[0] === 'IP13-1')).toEqual([['IP13-1', 'fr-fr', '499.90', '', 'mine']]);

    // Then a change of another section of the mapping (Attributes), which marks every product.
    for (const sku of ['IP13-1', 'IP13-2']) markPending(db(), sku, 'upsert', ['comment'], at());
    kit.bus.emit('mapping:changed', { section: 'attributes' });
    expect(boxes()['IP13-1 fr-fr']).toBeUndefined();
    expect(boxes()['IP13-1 de-de']).toBe(499.9);
    expect(priceRows().filter((row) => row[0] === 'IP13-1')).toEqual([['IP13-1', 'fr-fr', '499.90', '', 'mine']]);
    expect(gridPrice('IP13-1', 'fr-fr')).toBeNull();
    // The sync sends no price of its own for it: Back Market keeps the one it holds, and the grid says the box is empty.
    const plan = kit.catalogue.plan(new Date());
    expect(plan.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-1' && line.country === 'fr-fr')).toEqual([]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-1', 'fr-fr')).toBe(499.9);
    expect(boxes()['IP13-1 fr-fr']).toBeUndefined();
    // A price typed again is the merchant's too, and goes.
    mapping.setPrice(id, 'fr-fr', 489);
    kit.bus.emit('mapping:changed', { section: 'attributes' });
    expect(boxes()['IP13-1 fr-fr']).toBe(489);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-1', 'fr-fr')).toBe(489);
  });
});
