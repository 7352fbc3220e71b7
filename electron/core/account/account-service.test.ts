// An existing account: listings created on the sandbox by another tool (a second catalogue synced there), then read by
// Refurb Desk on a catalogue that has only some of them. Matching by SKU, the import of the others (a plan then sends
// nothing), the review's decisions ("keep Back Market's" writes it into the catalogue, "keep mine" sends only that), and
// the sync never touching the listings left unmanaged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountReadState } from '../../../shared/account';
import type { Language } from '../../../shared/connection';
import { phone, KIT_COUNTRIES, type PlannerKit } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import { AppError } from '../errors';
import { planSync } from '../sync/plan/plan-sync';
import { ACCOUNT_REVIEW_HOLD } from './hold';
import { createAccountService, type AccountService } from './account-service';
import { accountOver, closeAccount, kitMarkets, otherToolsAccount, syncElsewhere } from './account-test-kit';
import { connectionRunner } from '../orders/connection-runner';
import { setFieldMapping } from '../mapping/mapping-repo';

const countries = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));
const planLines = (kit: PlannerKit) => {
  const plan = kit.plan(new Date());
  return { lines: plan.tasks.flatMap((task) => task.lines), realtime: plan.realtime, blocked: plan.blocked };
};

describe('an existing Back Market account', () => {
  let kit: SyncKit;
  let other: PlannerKit;
  let account: AccountService;

  beforeEach(async () => {
    // Another tool put five phones on the account.
    const made = await otherToolsAccount(5);
    expect(made.elsewhere.outcome).toBe('finished');
    ({ kit, other } = made);
    // Refurb Desk's catalogue has two of them: one as Back Market holds it, one at another price.
    kit.catalogue.save(phone(1));
    kit.catalogue.save(phone(2, { price: 459 }));
    kit.catalogue.db.prepare('DELETE FROM outbox').run();
    account = accountOver(kit, kitMarkets);
  });

  afterEach(async () => {
    await closeAccount(account, other, kit);
  });

  async function readAccount(): Promise<AccountReadState> {
    account.read();
    return account.settled();
  }

  it('reads every market and says per market how many listings match the catalogue and how many do not', async () => {
    const state = await readAccount();
    expect(state).toMatchObject({ outcome: 'finished', marketsDone: 3, markets: 3, listings: 15 });
    const summary = account.summary();
    expect(summary.markets.map(({ country, onBackMarket, matched, notInCatalogue }) => ({ country, onBackMarket, matched, notInCatalogue }))).toEqual([
      { country: 'fr-fr', onBackMarket: 5, matched: 2, notInCatalogue: 3 },
      { country: 'de-de', onBackMarket: 5, matched: 2, notInCatalogue: 3 },
      { country: 'en-gb', onBackMarket: 5, matched: 2, notInCatalogue: 3 },
    ]);
    expect(summary.unmanagedSkus).toBe(3);
    // Each market was read with its own Accept-Language, pages of 50.
    const reads = kit.market.seen.filter((request) => request.method === 'GET' && request.path.split('?')[0] === '/ws/listings');
    expect(new Set(reads.map((request) => request.headers['accept-language']))).toEqual(new Set(['fr-fr', 'de-de', 'en-gb']));
    expect(account.unmanaged({}).rows.map((row) => row.sku)).toEqual(['IP13-3', 'IP13-4', 'IP13-5']);
  });

  it('takes over the matched SKU whose values are equal, and holds the one whose price differs until the review decides', async () => {
    await readAccount();
    expect(kit.state('IP13-1', 'fr-fr')).toMatchObject({ status: 'published' });
    expect(kit.state('IP13-2', 'fr-fr')).toBeUndefined();
    const review = account.review({});
    // fr-fr and de-de read the catalogue price; en-gb reads its own price in the matrix, equal to Back Market's.
    expect(review.rows.map((row) => [row.productNumber, row.country, row.field, row.backmarket, row.mine])).toEqual([
      ['IP13-2', 'de-de', 'price', '499.90', '459.00'],
      ['IP13-2', 'fr-fr', 'price', '499.90', '459.00'],
    ]);
    const plan = planLines(kit.catalogue);
    expect(plan.lines).toEqual([]);
    expect(plan.realtime).toEqual([]);
    // A price is each market's own: only the markets asked about are held; en-gb, equal, is taken over and sends nothing.
    expect(plan.blocked.map((offer) => [offer.productNumber, offer.country, offer.problems])).toEqual([
      ['IP13-2', 'fr-fr', [ACCOUNT_REVIEW_HOLD]],
      ['IP13-2', 'de-de', [ACCOUNT_REVIEW_HOLD]],
    ]);
    expect(kit.state('IP13-2', 'en-gb')).toMatchObject({ status: 'published' });
  });

  it('holds a product under review in every market, also one where Back Market has no price for it yet', async () => {
    // Back Market holds IP13-6 in fr-fr and de-de only (no en-gb price there).
    const id = other.save(phone(6));
    other.db.prepare("DELETE FROM country_prices WHERE product_id = ? AND country = 'en-gb'").run(id);
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    // The catalogue has it at another price and quantity, and priced in en-gb.
    kit.catalogue.save(phone(6, { price: 459, stock: 7 }));
    await readAccount();
    expect(account.review({}).rows.filter((row) => row.productNumber === 'IP13-6').map((row) => [row.country, row.field])).toEqual([
      ['de-de', 'price'],
      ['de-de', 'quantity'],
      ['fr-fr', 'price'],
      ['fr-fr', 'quantity'],
    ]);
    const plan = planLines(kit.catalogue);
    expect(plan.lines.filter((line) => line.productNumber === 'IP13-6')).toEqual([]);
    expect(plan.blocked.filter((offer) => offer.productNumber === 'IP13-6').map((offer) => [offer.country, offer.problems])).toEqual([
      ['fr-fr', [ACCOUNT_REVIEW_HOLD]],
      ['de-de', [ACCOUNT_REVIEW_HOLD]],
      ['en-gb', [ACCOUNT_REVIEW_HOLD]],
    ]);
    // A sync before the review leaves the shared quantity as Back Market holds it.
    expect((await kit.sync()).outcome).toBe('finished');
    expect(await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-6' })).toMatchObject({ quantity: 3 });
  });

  it('counts what is left to review truthfully: a shared field once per product, enabled markets only, none for a product deleted', async () => {
    kit.catalogue.edit('IP13-2', 'stock', 5);
    await readAccount();
    expect(account.review({}).rows.map((row) => [row.country, row.field])).toEqual([
      ['de-de', 'price'],
      ['de-de', 'quantity'],
      ['en-gb', 'quantity'],
      ['fr-fr', 'price'],
      ['fr-fr', 'quantity'],
    ]);
    // Three offers; the prices of two markets and the one quantity the listing has (not three).
    expect(account.summary()).toMatchObject({ offersToReview: 3, fieldsToReview: 3 });
    const frenchOnly = createAccountService({ database: () => kit.catalogue.db, run: (job) => job(kit.client), countries: () => countries().slice(0, 1), events: kit.bus, now: () => new Date() });
    expect(frenchOnly.summary()).toMatchObject({ offersToReview: 1, fieldsToReview: 2 });
    expect(frenchOnly.review({}).total).toBe(2);
    frenchOnly.close();
    // The product is deleted: nothing is left to review, and its rows are gone.
    kit.catalogue.remove('IP13-2');
    kit.bus.emit('catalogue:changed', { reason: 'delete' });
    expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
    expect(account.review({}).total).toBe(0);
    expect(kit.catalogue.db.prepare("SELECT count(*) FROM account_reviews WHERE product_number = 'IP13-2'").pluck().get()).toBe(0);
  });

  it('records an offer held for the review as Back Market holds it (on sale), with the review reason beside it, never as held back', async () => {
    await readAccount();
    const read = kit.catalogue.db.prepare("SELECT listing_uuid, publication_state FROM account_listings WHERE sku = 'IP13-2' AND country = 'fr-fr'").get() as { listing_uuid: string; publication_state: number };
    expect(read.publication_state).toBe(2);
    expect((await kit.sync()).outcome).toBe('finished');
    for (const country of ['fr-fr', 'de-de']) {
      const state = kit.state('IP13-2', country);
      expect(state).toMatchObject({ status: 'published', none_source: null, publication_state: 2, content_hash: '' });
      expect(JSON.parse(String(state?.error_said))).toEqual([{ code: 'problem.accountReview' }]);
    }
    expect(kit.state('IP13-2', 'fr-fr')?.listing_uuid).toBe(read.listing_uuid);
    // en-gb was taken over (equal values): it keeps its accepted state, the reason beside it while the product waits.
    expect(kit.state('IP13-2', 'en-gb')).toMatchObject({ status: 'published', none_source: null });
    expect(kit.state('IP13-2', 'en-gb')?.content_hash).not.toBe('');
    // Still held: the next sync sends nothing for it.
    kit.market.seen.length = 0;
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.sentLines().filter((line) => line.includes('"IP13-2"'))).toEqual([]);
  });

  it('names the attributes an import creates for the comment and the warranty in the merchant’s words when the renderer gives them', async () => {
    // The mapping says nothing of where the comment and the warranty live.
    kit.catalogue.db.prepare("DELETE FROM field_mappings WHERE bm_field IN ('comment', 'warranty_delay')").run();
    await readAccount();
    expect(account.import({ scope: 'skus', skus: ['IP13-4'], names: { comment: 'Commentaire', warranty_delay: 'Garantie (mois)' } })).toMatchObject({ imported: 1 });
    const attributes = JSON.parse(kit.catalogue.db.prepare('SELECT attributes FROM products WHERE product_number = ?').pluck().get('IP13-4') as string) as Record<string, string>;
    expect(attributes).toMatchObject({ Commentaire: 'Boîte d’origine', 'Garantie (mois)': '12' });
    expect(Object.keys(attributes).filter((name) => name === 'Comment' || name === 'Warranty')).toEqual([]);
  });

  it('imports the listings not in the catalogue, after which a plan sends nothing for them', async () => {
    await readAccount();
    const report = account.import({ scope: 'filter', search: 'IP13-' });
    expect(report).toMatchObject({ imported: 3, adopted: 9, toReview: 0, skipped: [] });
    const product = kit.catalogue.db.prepare('SELECT title, backmarket_id, condition, stock, price_cents, attributes FROM products WHERE product_number = ?').get('IP13-4') as Record<string, unknown>;
    expect(product).toMatchObject({ title: 'iPhone 13 128 Go Noir #4', condition: 'A', stock: 3, price_cents: 49990 });
    expect(String(product.backmarket_id)).toMatch(/.+/);
    expect(JSON.parse(product.attributes as string)).toMatchObject({ Comment: 'Boîte d’origine' });
    expect(kit.catalogue.db.prepare("SELECT p.price_cents FROM country_prices p JOIN products x ON x.id = p.product_id WHERE x.product_number = 'IP13-4' AND country = 'en-gb'").pluck().get()).toBe(42900);
    expect(kit.state('IP13-4', 'de-de')).toMatchObject({ status: 'published', publication_state: expect.any(Number) });
    expect(kit.state('IP13-4', 'de-de')?.listing_uuid).toBeTruthy();
    expect(account.summary().unmanagedSkus).toBe(0);
    // Import then plan: nothing to send for the imported ones (IP13-2 stays held for the review).
    const plan = planLines(kit.catalogue);
    expect(plan.lines).toEqual([]);
    expect(plan.realtime).toEqual([]);
    expect(plan.blocked.every((offer) => offer.productNumber === 'IP13-2')).toBe(true);
    // Asking again says why nothing was imported.
    expect(account.import({ scope: 'skus', skus: ['IP13-4', 'NOPE-1'] }).skipped).toEqual([
      { sku: 'IP13-4', reason: 'in-catalogue' },
      { sku: 'NOPE-1', reason: 'not-read' },
    ]);
  });

  it("keeps Back Market's price in one market and the catalogue's in the other: the sync sends only that one", async () => {
    await readAccount();
    const decidedBm = account.decide({ scope: 'rows', decision: 'backmarket', rows: [{ productNumber: 'IP13-2', country: 'fr-fr', field: 'price' }] });
    expect(decidedBm).toEqual({ decided: 1, released: 1, keptOnly: [] });
    // Back Market's value is now the catalogue's (the price matrix of fr-fr), so nothing goes there.
    const fr = kit.catalogue.db.prepare("SELECT p.price_cents FROM country_prices p JOIN products x ON x.id = p.product_id WHERE x.product_number = 'IP13-2' AND country = 'fr-fr'").pluck().get();
    expect(fr).toBe(49990);
    expect(account.decide({ scope: 'all', decision: 'mine' })).toEqual({ decided: 1, released: 1, keptOnly: [] });
    expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
    const plan = planLines(kit.catalogue);
    expect(plan.blocked).toEqual([]);
    expect(plan.realtime).toEqual([]);
    expect(plan.lines.map((line) => [line.productNumber, line.country, line.kind, line.values.price])).toEqual([['IP13-2', 'de-de', 'price', '459.00']]);

    const report = await kit.sync();
    expect(report.outcome).toBe('finished');
    const de = await kit.client.forCountry('de-de').getListingDetail({ sku: 'IP13-2' });
    // One price line, to de-de, for IP13-2, naming the product as Back Market's listing does (its product id: the
    // listing returned no EAN, and the catalogue's was never asked about).
    expect(kit.sentLines()).toEqual([`de-de|"IP13-2";"${de.product_id}";"459.00";"EUR"`]);
    const frListing = await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-2' });
    expect(Number(de.price)).toBe(459);
    expect(Number(frListing.price)).toBe(499.9);
  });

  it('never sends, takes offline or counts the listings left unmanaged', async () => {
    await readAccount();
    account.decide({ scope: 'all', decision: 'mine' });
    const before = await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-5' });
    kit.market.seen.length = 0;
    expect((await kit.sync()).outcome).toBe('finished');
    expect(kit.sentLines().filter((line) => /\|"IP13-[345]";/.test(line))).toEqual([]);
    const realtime = kit.market.seen.filter((request) => request.method === 'POST' && /^\/ws\/listings\/[^/?]+$/.test(request.path));
    expect(realtime.map((request) => request.path)).not.toContain(`/ws/listings/${before.id}`);
    expect(await kit.client.forCountry('fr-fr').getListingDetail({ sku: 'IP13-5' })).toMatchObject({ quantity: before.quantity, price: before.price });
    const counted = kit.catalogue.db.prepare("SELECT count(*) FROM listing_states WHERE product_number IN ('IP13-3', 'IP13-4', 'IP13-5')").pluck().get();
    expect(counted).toBe(0);
  });

  it('matches SKUs whatever their case, as Back Market does: no second product, nothing sent for it', async () => {
    kit.catalogue.save(phone(3, { productNumber: 'ip13-3' }));
    kit.catalogue.db.prepare('DELETE FROM outbox').run();
    await readAccount();
    const summary = account.summary();
    expect(summary.markets.map((market) => [market.country, market.matched, market.notInCatalogue])).toEqual([
      ['fr-fr', 3, 2],
      ['de-de', 3, 2],
      ['en-gb', 3, 2],
    ]);
    expect(account.unmanaged({}).rows.map((row) => row.sku)).toEqual(['IP13-4', 'IP13-5']);
    expect(kit.state('ip13-3', 'fr-fr')).toMatchObject({ status: 'published', sku: 'IP13-3' });
    expect(account.import({ scope: 'skus', skus: ['IP13-3'] })).toMatchObject({ imported: 0, skipped: [{ sku: 'IP13-3', reason: 'in-catalogue' }] });
    expect(kit.catalogue.db.prepare("SELECT count(*) FROM products WHERE product_number LIKE 'ip13-3'").pluck().get()).toBe(1);
    const plan = planLines(kit.catalogue);
    expect(plan.lines.filter((line) => line.productNumber === 'ip13-3')).toEqual([]);
  });

  it('imports a listing held in pounds only without a catalogue price, so no euro market gets an offer from it', async () => {
    // Back Market holds IP13-8 in en-gb only (429.00 GBP): the other tool had no euro price for it.
    other.save(phone(8, { price: null }));
    expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
    await readAccount();
    expect(account.import({ scope: 'skus', skus: ['IP13-8'] })).toMatchObject({ imported: 1, skipped: [] });
    const product = kit.catalogue.db.prepare("SELECT id, price_cents FROM products WHERE product_number = 'IP13-8'").get() as { id: number; price_cents: number | null };
    expect(product.price_cents).toBeNull();
    expect(kit.catalogue.db.prepare('SELECT country, price_cents FROM country_prices WHERE product_id = ?').all(product.id)).toEqual([{ country: 'en-gb', price_cents: 42900 }]);
    const plan = planLines(kit.catalogue);
    expect(plan.lines.filter((line) => line.productNumber === 'IP13-8')).toEqual([]);
    // Back Market does not sell it in the euro markets: held until the merchant chooses to publish it there.
    expect(plan.blocked.filter((offer) => offer.productNumber === 'IP13-8' && offer.country !== 'en-gb').map((offer) => [offer.country, offer.reasons[0]?.code])).toEqual([
      ['fr-fr', 'problem.accountMarketOff'],
      ['de-de', 'problem.accountMarketOff'],
    ]);
    account.decide({ scope: 'all', decision: 'mine', field: 'market' });
    // Published there, the euro markets say it has no price there (not 429.00 read as euros).
    expect(planLines(kit.catalogue).blocked.filter((offer) => offer.productNumber === 'IP13-8' && offer.reasons.some((reason) => reason.code === 'problem.fieldEmpty' && reason.params?.field === 'price')).map((offer) => offer.country)).toEqual(['fr-fr', 'de-de']);
  });

  it('refuses to start a sync while the read runs, and starts one once it ended', async () => {
    const service = kit.makeService({ account: { reading: () => account.readState().running, holdUnreadMarkets: () => true } });
    account.read();
    let refused: unknown;
    try {
      service.start({ importOrders: false });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'conflict', said: { code: 'account.readRunning' } });
    expect((refused as AppError).message).toMatch(/still reading your Back Market listings.*after you cancel it/);
    expect(service.state().running).toBeNull();
    await account.settled();
    expect((await kit.sync(service)).outcome).toBe('finished');
  });

  it('holds new offers in a market never read, saying so and where to read it, and sends them once it is read', async () => {
    kit.catalogue.save(phone(7));
    const plan = () => planSync({ db: kit.catalogue.db, snapshot: kit.catalogue.snapshot(), now: new Date(), budget: kit.catalogue.budget, holdUnreadMarkets: true });
    const before = plan();
    expect(before.tasks).toEqual([]);
    const seven = before.blocked.filter((offer) => offer.productNumber === 'IP13-7');
    expect(seven.map((offer) => offer.country)).toEqual(['fr-fr', 'de-de', 'en-gb']);
    expect(seven[0]?.reasons).toEqual([{ code: 'problem.accountNotRead', params: { country: 'fr-fr' } }]);
    expect(seven[0]?.problems[0]).toMatch(/not read your Back Market listings for France yet.*Settings › Existing account/);
    // The dry run says whether Back Market holds them is not known, never that it keeps what it has for them.
    expect(before.summary.blocked.map(({ country, offers, onBackMarket, notRead }) => [country, offers, onBackMarket, notRead])).toEqual(
      ['fr-fr', 'de-de', 'en-gb'].map((country) => [country, before.blocked.filter((offer) => offer.country === country).length, 0, before.blocked.filter((offer) => offer.country === country).length]),
    );
    // Cancelled: the markets it had not finished still hold it, the others send it.
    account.read();
    account.cancel();
    await account.settled();
    const unread = account.summary().markets.filter((market) => market.readAt === null).map((market) => market.country);
    expect(unread.length).toBeGreaterThan(0);
    const partly = plan();
    expect(partly.blocked.filter((offer) => offer.productNumber === 'IP13-7').map((offer) => offer.country)).toEqual(unread);
    expect(partly.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-7').map((line) => line.country)).toEqual(
      ['fr-fr', 'de-de', 'en-gb'].filter((country) => !unread.includes(country)),
    );
    await readAccount();
    const after = plan();
    expect(after.tasks.flatMap((task) => task.lines).filter((line) => line.productNumber === 'IP13-7').map((line) => [line.country, line.kind])).toEqual([
      ['fr-fr', 'new'],
      ['de-de', 'new'],
      ['en-gb', 'new'],
    ]);
    expect(after.blocked.filter((offer) => offer.productNumber === 'IP13-7')).toEqual([]);
  });

  it('stops reading every page at the first failure', async () => {
    await kit.market.control('POST', '/existing-account', { listingsPerMarket: 600, markets: ['fr-fr'], matchingSkus: 0 });
    let calls = 0;
    const failing = createAccountService({
      database: () => kit.catalogue.db,
      run: (job) => {
        calls += 1;
        if (calls === 3) return Promise.reject(new Error('Back Market answered 500'));
        return job(kit.client);
      },
      countries,
      events: kit.bus,
      now: () => new Date(),
      pagesInFlight: 2,
    });
    kit.market.seen.length = 0;
    failing.read();
    const state = await failing.settled();
    failing.close();
    expect(state.outcome).toBe('failed');
    // Refurb Desk's own failure: a code the renderer words in the merchant's language.
    expect(state.said).toEqual({ code: 'account.readInternal' });
    const reads = () => kit.market.seen.filter((request) => request.method === 'GET' && request.path.startsWith('/ws/listings')).length;
    const atEnd = reads();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The first page and the one in flight beside the failed one; none of the other ten pages of fr-fr is asked.
    expect(reads()).toBe(atEnd);
    expect(atEnd).toBeLessThanOrEqual(3);
    expect(account.summary().markets.every((market) => market.readAt === null)).toBe(true);
  });

  it('says its refusals and failures as codes the renderer words in the merchant language', async () => {
    const unset = createAccountService({ database: () => undefined, run: (job) => job(kit.client), countries, events: kit.bus, now: () => new Date() });
    expect(() => unset.read()).toThrow(expect.objectContaining({ code: 'unavailable', said: { code: 'account.setupFirst' } }));
    const noMarkets = createAccountService({ database: () => kit.catalogue.db, run: (job) => job(kit.client), countries: () => [], events: kit.bus, now: () => new Date() });
    expect(() => noMarkets.read()).toThrow(expect.objectContaining({ code: 'invalid-input', said: { code: 'account.noMarkets' } }));
    // No usable token: the connection runner's refusal reaches the read's state as its code.
    const tokenless = createAccountService({
      database: () => kit.catalogue.db,
      run: connectionRunner({ run: (job) => job({} as never) }),
      countries,
      events: kit.bus,
      now: () => new Date(),
    });
    tokenless.read();
    const state = await tokenless.settled();
    expect(state).toMatchObject({ outcome: 'failed', said: { code: 'account.noToken' } });
    expect(state.message).toMatch(/no usable Back Market token/);
  });

  it('refuses to read or import while the SKU is mapped from something other than the product number', async () => {
    await readAccount();
    setFieldMapping(kit.catalogue.db, 'sku', '', { kind: 'attribute', name: 'Model' }, new Date().toISOString());
    const refusal = expect.objectContaining({ code: 'invalid-input', said: { code: 'account.skuNotProductNumber' } });
    expect(() => account.read()).toThrow(refusal);
    expect(() => account.import({ scope: 'filter', search: 'IP13-' })).toThrow(refusal);
    expect(kit.catalogue.db.prepare("SELECT count(*) FROM products WHERE product_number IN ('IP13-3', 'IP13-4', 'IP13-5')").pluck().get()).toBe(0);
    // Mapped back to the product number: the read goes.
    setFieldMapping(kit.catalogue.db, 'sku', '', { kind: 'field', field: 'productNumber' }, new Date().toISOString());
    expect(account.read().running).toBe(true);
    expect((await account.settled()).outcome).toBe('finished');
  });

  it('stops on Cancel after the pages in flight, keeping the markets it had not finished as they were', async () => {
    account.read();
    account.cancel();
    const state = await account.settled();
    expect(state.outcome).toBe('cancelled');
    expect(state.marketsDone).toBeLessThan(3);
    const unread = account.summary().markets.filter((market) => market.readAt === null);
    expect(unread).toHaveLength(3 - state.marketsDone);
    expect(unread.every((market) => market.onBackMarket === 0)).toBe(true);
  });

  describe('an imported listing Back Market holds in fewer enabled markets than the catalogue publishes to', () => {
    /** Back Market holds IP13-7 in fr-fr only (479.00 EUR): the other tool had no price for it elsewhere. */
    async function importFrOnly(): Promise<void> {
      const id = other.save(phone(7, { price: null }));
      other.db.prepare("UPDATE country_prices SET country = 'fr-fr', price_cents = 47900 WHERE product_id = ? AND country = 'en-gb'").run(id);
      expect((await syncElsewhere(kit, other)).outcome).toBe('finished');
      await readAccount();
      expect(account.summary().markets.map((market) => [market.country, account.unmanaged({ country: market.country }).rows.some((row) => row.sku === 'IP13-7')])).toEqual([
        ['fr-fr', true],
        ['de-de', false],
        ['en-gb', false],
      ]);
      expect(account.import({ scope: 'skus', skus: ['IP13-7'] })).toMatchObject({ imported: 1, adopted: 1, toReview: 2, skipped: [] });
    }
    /** What the listing did not carry (category, EAN, description, …), filled in by the merchant: ready in every market. */
    const completeInCatalogue = () => kit.catalogue.save(phone(7, { price: 479 }));
    // fr-fr is Back Market's listing, taken over: held only for what the listing did not carry (category, EAN, …).
    const offMarket = (kit: PlannerKit) =>
      planLines(kit)
        .blocked.filter((offer) => offer.productNumber === 'IP13-7' && offer.country !== 'fr-fr')
        .map((offer) => [offer.country, offer.reasons.map((reason) => [reason.code, reason.params?.country])]);

    it('sends nothing on the first sync, holding the other markets with the reason and asking in the review', async () => {
      await importFrOnly();
      const plan = planLines(kit.catalogue);
      expect(plan.lines.filter((line) => line.productNumber === 'IP13-7')).toEqual([]);
      expect(plan.realtime.filter((update) => update.productNumber === 'IP13-7')).toEqual([]);
      expect(offMarket(kit.catalogue)).toEqual([
        ['de-de', [['problem.accountMarketOff', 'de-de']]],
        ['en-gb', [['problem.accountMarketOff', 'en-gb']]],
      ]);
      expect(account.review({}).rows.filter((row) => row.productNumber === 'IP13-7').map((row) => [row.country, row.field, row.decision])).toEqual([
        ['de-de', 'market', null],
        ['en-gb', 'market', null],
      ]);
      // Beside IP13-2's price in fr-fr and de-de: IP13-7 in de-de and en-gb.
      expect(account.summary()).toMatchObject({ offersToReview: 4, fieldsToReview: 4 });
      kit.market.seen.length = 0;
      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.sentLines().filter((line) => line.includes('"IP13-7"'))).toEqual([]);
    });

    it('creates the offer in a market once the merchant chooses Publish there, and only there', async () => {
      await importFrOnly();
      completeInCatalogue();
      expect(account.decide({ scope: 'rows', decision: 'mine', rows: [{ productNumber: 'IP13-7', country: 'de-de', field: 'market' }] })).toMatchObject({ decided: 1 });
      // fr-fr sends the completion; de-de is created; en-gb stays off.
      const plan = planLines(kit.catalogue);
      expect([...new Set(plan.lines.filter((line) => line.productNumber === 'IP13-7').map((line) => line.country))]).toEqual(['fr-fr', 'de-de']);
      expect(offMarket(kit.catalogue)).toEqual([['en-gb', [['problem.accountMarketOff', 'en-gb']]]]);
      kit.market.seen.length = 0;
      expect((await kit.sync()).outcome).toBe('finished');
      const de = await kit.client.forCountry('de-de').getListingDetail({ sku: 'IP13-7' });
      expect(Number(de.price)).toBe(479);
      expect([...new Set(kit.sentLines().filter((line) => line.includes('"IP13-7"')).map((line) => line.slice(0, line.indexOf('|'))))].sort()).toEqual(['de-de', 'fr-fr']);
    });

    it('keeps it off for good with "Keep Back Market\'s for all", also after an edit the other market sends', async () => {
      await importFrOnly();
      account.decide({ scope: 'all', decision: 'backmarket' });
      expect(account.summary()).toMatchObject({ offersToReview: 0, fieldsToReview: 0 });
      kit.market.seen.length = 0;
      expect(planLines(kit.catalogue).lines.filter((line) => line.productNumber === 'IP13-7')).toEqual([]);
      // The merchant completes the product (what the listing did not carry) and renames it: fr-fr sends the listing's own
      // fields, never the title (Back Market's product sheet of a listing taken over), nothing else.
      completeInCatalogue();
      kit.catalogue.edit('IP13-7', 'title', 'iPhone 13 128 Go Minuit #7');
      const plan = planLines(kit.catalogue);
      expect([...new Set(plan.lines.filter((line) => line.productNumber === 'IP13-7').map((line) => line.country))]).toEqual(['fr-fr']);
      // Off there by the merchant's choice: neither held back nor waiting, counted apart by the dry run.
      expect(offMarket(kit.catalogue)).toEqual([]);
      expect(kit.catalogue.plan(new Date()).summary.keptOff).toEqual([
        { country: 'de-de', offers: 1 },
        { country: 'en-gb', offers: 1 },
      ]);
      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.state('IP13-7', 'de-de')).toBeUndefined();
      const sent = kit.sentLines().filter((line) => line.includes('"IP13-7"'));
      expect(sent.some((line) => line.startsWith('fr-fr|"IP13-7";') && line.includes('"Colissimo"'))).toBe(true);
      expect(sent.filter((line) => line.includes('iPhone 13 128 Go Minuit #7'))).toEqual([]);
      expect(sent.filter((line) => !line.startsWith('fr-fr|'))).toEqual([]);
      // Still off at the next change, and on the sync after.
      kit.catalogue.edit('IP13-7', 'stock', 5);
      expect(offMarket(kit.catalogue)).toEqual([]);
      kit.market.seen.length = 0;
      expect((await kit.sync()).outcome).toBe('finished');
      expect(kit.sentLines().filter((line) => line.includes('"IP13-7"') && !line.startsWith('fr-fr|'))).toEqual([]);
    });
  });
});
