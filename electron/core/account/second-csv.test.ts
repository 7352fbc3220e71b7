// A second CSV of the merchant's stock after the first sync (review 24 #3). Its new price and stock are the merchant's
// edit: for a listing Refurb Desk has sent to, they go with the next sync, in every market, without a review (a price
// sent in France and a stock held in Germany "before the first sync" was the bug); the price-grid boxes Refurb Desk filled
// with a kept price take the file's price, and a box the merchant set in the Prices screen keeps its own, named in the
// import report. A listing taken over and never sent still goes back to the review.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/catalogue';
import { listingQuerySchema } from '../../../shared/sync';
import { createCatalogueService, type CatalogueService } from '../catalogue/catalogue-service';
import { createFileStaging, type FileStaging } from '../files/staging';
import { setFieldMapping } from '../mapping/mapping-repo';
import { createMappingService, type MappingService } from '../mapping/mapping-service';
import { listings } from '../sync/listings';
import { KIT_COUNTRIES, phone, type PlannerKit } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import { tempDir } from '../test/temp-db';
import type { AccountService } from './account-service';
import { accountOver, closeAccount, kitMarkets, otherToolsAccount } from './account-test-kit';
import { ACCOUNT_REVIEW_HOLD } from './hold';

const at = () => new Date().toISOString();

describe('a second CSV over offers already synced', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;
  let catalogue: CatalogueService;
  let mapping: MappingService;
  let staging: { dir: string; cleanup: () => void };
  let files: FileStaging;

  beforeEach(async () => {
    // Another tool sells IP13-1 and IP13-2 at 499.90 (429.00 in the United Kingdom), 3 in stock.
    const made = await otherToolsAccount(2);
    expect(made.elsewhere.outcome).toBe('finished');
    ({ kit, other } = made);
    account = accountOver(kit, kitMarkets);
    staging = tempDir();
    files = createFileStaging(path.join(staging.dir, 'staging'));
    catalogue = createCatalogueService({ db: kit.catalogue.db, events: kit.bus, files, now: () => new Date() });
    mapping = createMappingService({ database: () => kit.catalogue.db, countries: kitMarkets, fetchCategoryTree: async () => [], events: kit.bus, now: () => new Date() });
    // Price read from the price grid alone ("Map every suggested field"); the merchant's first CSV: IP13-1 at Back
    // Market's price, IP13-2 at 459.
    setFieldMapping(db(), 'price', '', { kind: 'price-matrix' }, at());
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2, { price: 459 }));
    account.read();
    expect((await account.settled()).outcome).toBe('finished');
    // IP13-1 agrees: taken over. IP13-2: keep mine in France, Back Market's in Germany; then the first sync.
    expect(undecided()).toEqual([
      ['IP13-2', 'de-de', 'price', '499.90', '459.00'],
      ['IP13-2', 'fr-fr', 'price', '499.90', '459.00'],
    ]);
    account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] });
    account.decide({ scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-2', country: 'de-de', field: 'price' }] });
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-2')).toEqual({ price: { 'fr-fr': 459, 'de-de': 499.9, 'en-gb': 429 }, quantity: 3 });
    // Only France's price went (Germany kept Back Market's; the quantity and IP13-1 agreed).
    expect(sentLines()).toEqual([['IP13-2', 'fr-fr']]);
  });

  afterEach(async () => {
    await closeAccount(account, other, kit);
    staging.cleanup();
  });

  const db = () => kit.catalogue.db;
  const idOf = (sku: string) => db().prepare('SELECT id FROM products WHERE product_number = ?').pluck().get(sku) as number;
  const undecided = () => account.review({ undecidedOnly: true, limit: 500 }).rows.map((row) => [row.productNumber, row.country, row.field, row.backmarket, row.mine]);
  const sentLines = () => db().prepare('SELECT DISTINCT product_number, country FROM sync_task_lines ORDER BY 1, 2').raw().all();
  /** The Prices screen's boxes of a product, market -> price. */
  const boxes = (sku: string) =>
    Object.fromEntries((db().prepare('SELECT country, price_cents FROM country_prices WHERE product_id = ? ORDER BY country').raw().all(idOf(sku)) as [string, number][]).map(([country, cents]) => [country, cents / 100]));
  const gridPrice = (sku: string, country: string) => listings(db(), listingQuerySchema.parse({ search: sku, country, limit: 50 }), KIT_COUNTRIES).rows.find((row) => row.productNumber === sku)?.price;
  async function onBackMarket(sku: string): Promise<{ price: Record<string, number>; quantity: number }> {
    const price: Record<string, number> = {};
    let quantity = -1;
    for (const { code } of KIT_COUNTRIES) {
      const listing = await kit.client.forCountry(code).getListingDetail({ sku });
      price[code] = Number(listing.price);
      quantity = Number(listing.quantity);
    }
    return { price, quantity };
  }
  /** The merchant's second CSV, French headers and decimal commas, imported as the Import screen does. */
  async function importStock(rows: string): Promise<ImportReport> {
    const { fileId } = files.stage('stock-atelier-2.csv', Buffer.from(`Référence;Prix TTC;Stock\n${rows}`, 'utf8'));
    return catalogue.importRun(fileId, { delimiter: ';', encoding: 'utf-8' }, [
      { kind: 'field', field: 'productNumber' },
      { kind: 'field', field: 'price' },
      { kind: 'field', field: 'stock' },
    ]);
  }
  /** What the dry run would send: price lines and real-time stock, by SKU and market. */
  function dryRun() {
    const plan = kit.catalogue.plan(new Date());
    return {
      prices: plan.tasks.flatMap((task) => task.lines).filter((line) => line.values.price !== undefined).map((line) => [line.productNumber, line.country, Number(line.values.price)])
        .sort(),
      stock: plan.realtime.map((update) => [update.productNumber, update.quantity]),
      heldForReview: plan.blocked.filter((offer) => offer.problems.includes(ACCOUNT_REVIEW_HOLD)).map((offer) => [offer.productNumber, offer.country]),
    };
  }

  it('sends the new price and stock of a listing already synced in every market, keeps a box the merchant set and says so, and reviews a listing never sent', async () => {
    // After the first sync the merchant set Germany's box of IP13-2 in the Prices screen.
    mapping.setPrice(idOf('IP13-2'), 'de-de', 489);
    expect(boxes('IP13-2')).toEqual({ 'de-de': 489, 'en-gb': 429, 'fr-fr': 459 });
    expect(boxes('IP13-1')).toEqual({ 'de-de': 499.9, 'en-gb': 429, 'fr-fr': 499.9 });

    const report = await importStock('IP13-1;479,00;5\nIP13-2;449,00;5\n');
    expect(report).toMatchObject({ inserted: 0, updated: 2, rejectedTotal: 0 });
    // The import report names the one box that keeps its own price over the file's, and why: the merchant set it.
    expect(report.gridPricesKept).toEqual([{ row: 3, productNumber: 'IP13-2', country: 'de-de', gridPrice: 489, filePrice: 449 }]);
    expect(report.gridPricesKeptTotal).toBe(1);
    // The boxes Refurb Desk filled with a kept price take the file's price; the pounds of the United Kingdom stay.
    expect(boxes('IP13-2')).toEqual({ 'de-de': 489, 'en-gb': 429, 'fr-fr': 449 });
    expect(boxes('IP13-1')).toEqual({ 'de-de': 479, 'en-gb': 429, 'fr-fr': 479 });
    expect(gridPrice('IP13-2', 'fr-fr')).toBe(449);

    // IP13-2, sent to once (in France): no review, nothing held in any market, the new values in the dry run.
    // IP13-1, taken over and never sent: its new price and stock are asked about, and it is held until decided.
    expect(undecided()).toEqual([
      ['IP13-1', 'de-de', 'price', '499.90', '479.00'],
      ['IP13-1', 'de-de', 'quantity', '3', '5'],
      ['IP13-1', 'en-gb', 'quantity', '3', '5'],
      ['IP13-1', 'fr-fr', 'price', '499.90', '479.00'],
      ['IP13-1', 'fr-fr', 'quantity', '3', '5'],
    ]);
    const run = dryRun();
    expect(run.heldForReview.sort()).toEqual([
      ['IP13-1', 'de-de'],
      ['IP13-1', 'en-gb'],
      ['IP13-1', 'fr-fr'],
    ]);
    expect(run.prices.filter((line) => line[0] === 'IP13-2')).toEqual([
      ['IP13-2', 'de-de', 489],
      ['IP13-2', 'fr-fr', 449],
    ]);
    expect(run.prices.filter((line) => line[0] === 'IP13-1')).toEqual([]);
    expect(run.stock).toEqual([['IP13-2', 5]]);

    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-2')).toEqual({ price: { 'fr-fr': 449, 'de-de': 489, 'en-gb': 429 }, quantity: 5 });
    expect(await onBackMarket('IP13-1')).toEqual({ price: { 'fr-fr': 499.9, 'de-de': 499.9, 'en-gb': 429 }, quantity: 3 });

    // The merchant keeps theirs for IP13-1: the next sync sends it.
    account.decide({ scope: 'all', decision: 'mine' });
    expect(undecided()).toEqual([]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await onBackMarket('IP13-1')).toEqual({ price: { 'fr-fr': 479, 'de-de': 479, 'en-gb': 429 }, quantity: 5 });
  });

  it('takes the stock sent in real time as a listing sent to: a later CSV of it is no review', async () => {
    // IP13-1, taken over: the merchant sets its stock in the Catalogue screen, which is sent in real time.
    catalogue.updateField([idOf('IP13-1')], 'stock', 4);
    expect(undecided()).toEqual([]);
    expect((await kit.sync()).outcome).toBe('finished');
    expect((await onBackMarket('IP13-1')).quantity).toBe(4);

    await importStock('IP13-1;489,00;6\n');
    expect(undecided()).toEqual([]);
    expect(dryRun()).toEqual({
      prices: [
        ['IP13-1', 'de-de', 489],
        ['IP13-1', 'fr-fr', 489],
      ],
      stock: [['IP13-1', 6]],
      heldForReview: [],
    });
  });

  it('gives a new price typed in the product form to the boxes Refurb Desk filled, as a CSV does', () => {
    const product = catalogue.get(idOf('IP13-2'));
    catalogue.save({ ...product, price: 439 }, product.id);
    expect(boxes('IP13-2')).toEqual({ 'de-de': 439, 'en-gb': 429, 'fr-fr': 439 });
    expect(undecided()).toEqual([]);
    expect(dryRun().prices).toEqual([
      ['IP13-2', 'de-de', 439],
      ['IP13-2', 'fr-fr', 439],
    ]);
  });
});
