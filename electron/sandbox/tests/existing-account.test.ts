// The sandbox as an existing Back Market account: the start option and the control route create the listings they
// announce, readable page by page in each market with the contract's shapes, deterministic and idempotent per SKU.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import sampleOffers from '../../../resources/sandbox/sample-offers.json' with { type: 'json' };
import { startSandbox, type ExistingAccountResult } from '../index';
import { loadContract, specExists, type ContractValidator } from './openapi';
import { startHarness, type Harness } from './harness';

interface ListingPage {
  count: number;
  next: string | null;
  results: { id: string; listing_id: number; sku: string; product_id: string; title: string; currency: string; price: string; quantity: number; comment: string | null; warranty_delay: number; publication_state: number; grade: string; max_price: string }[];
}

const NOW = new Date('2026-12-01T09:00:00.000Z');
const MARKETS = ['fr-fr', 'de-de', 'en-gb'];
const offerBySku = new Map(sampleOffers.map((offer) => [offer.sku, offer]));

/** Every page of GET /ws/listings in one market, following `next` (page-size 50). */
async function allPages(h: Harness, market: string): Promise<{ pages: ListingPage[]; listings: ListingPage['results'] }> {
  const pages: ListingPage[] = [];
  let path: string | null = '/ws/listings?page-size=50';
  while (path) {
    const answer = await h.api('GET', path, { market });
    expect(answer.status, answer.text.slice(0, 200)).toBe(200);
    const page = answer.body as ListingPage;
    pages.push(page);
    path = page.next ? new URL(page.next).pathname + new URL(page.next).search : null;
  }
  return { pages, listings: pages.flatMap((page) => page.results) };
}

describe('POST /__sandbox/existing-account with the defaults', () => {
  let h: Harness;
  let result: ExistingAccountResult;
  let contract: ContractValidator | undefined;

  beforeAll(async () => {
    h = await startHarness({ now: () => NOW, seed: 'empty' });
    const answer = await h.control('POST', '/existing-account', {});
    expect(answer.status, answer.text).toBe(200);
    result = answer.body as ExistingAccountResult;
    if (specExists) contract = await loadContract();
  });
  afterAll(() => h.close());

  it('creates 300 listings in each of fr-fr, de-de and en-gb, 6 of them with SKUs of the sample catalogue', () => {
    expect(result.created).toBe(300);
    expect(result.markets).toEqual(MARKETS);
    expect(result.unmatchedSkus).toBe(294);
    expect(new Set(result.matching.map((entry) => entry.sku)).size).toBe(6);
    expect(result.matching).toHaveLength(6 * 3);
    expect(h.sandbox.state.listings).toHaveLength(300);
  });

  it('prices the matching SKUs 10.00 above the sample catalogue (in GBP in en-gb), with another stock for some', () => {
    for (const entry of result.matching) {
      const offer = offerBySku.get(entry.sku);
      if (!offer) throw new Error(`${entry.sku} is not a SKU of the sample catalogue`);
      const expected = entry.market === 'en-gb' ? Math.round(Number(offer.price) * 0.85 * 100) / 100 + 10 : Number(offer.price) + 10;
      expect(Number(entry.price), `${entry.sku} in ${entry.market}`).toBeCloseTo(expected, 2);
    }
    const quantities = [...new Map(result.matching.map((entry) => [entry.sku, entry.quantity])).entries()];
    expect(quantities.some(([sku, quantity]) => offerBySku.get(sku)?.quantity !== quantity)).toBe(true);
    expect(quantities.some(([sku, quantity]) => offerBySku.get(sku)?.quantity === quantity)).toBe(true);
  });

  it('reads back page by page in every market, in the market currency and language, as the contract shapes them', async () => {
    const comments = new Map<string, Map<string, string | null>>();
    for (const market of MARKETS) {
      const { pages, listings } = await allPages(h, market);
      expect(pages).toHaveLength(6);
      expect(pages.every((page) => page.count === 300)).toBe(true);
      if (contract) for (const page of pages) expect(contract.check('/ws/listings', 'get', 200, page)).toEqual([]);
      expect(new Set(listings.map((listing) => listing.sku)).size).toBe(300);
      expect(listings.every((listing) => listing.currency === (market === 'en-gb' ? 'GBP' : 'EUR'))).toBe(true);
      // Every listing is on a real product of the sandbox: its title comes from the product, never the SKU.
      expect(listings.filter((listing) => listing.title === listing.sku)).toEqual([]);
      for (const entry of result.matching.filter((candidate) => candidate.market === market)) {
        expect(listings.find((listing) => listing.sku === entry.sku)).toMatchObject({ price: entry.price, quantity: entry.quantity });
      }
      const unmatched = listings.filter((listing) => !offerBySku.has(listing.sku));
      expect(unmatched).toHaveLength(294);
      expect(unmatched.every((listing) => /^BM-EXIST-\d{5}$/.test(listing.sku))).toBe(true);
      expect(listings.filter((listing) => listing.price !== null && Number(listing.price) > Number(listing.max_price))).toEqual([]);
      for (const listing of listings) {
        const byMarket = comments.get(listing.sku) ?? new Map<string, string | null>();
        byMarket.set(market, listing.comment);
        comments.set(listing.sku, byMarket);
      }
      const states = new Set(listings.map((listing) => listing.publication_state));
      expect(states.has(2)).toBe(true);
      expect(states.has(3)).toBe(true);
      expect(states.has(4)).toBe(true);
      expect(listings.some((listing) => listing.quantity === 0)).toBe(true);
      expect(new Set(listings.map((listing) => listing.warranty_delay)).size).toBeGreaterThan(1);
      expect(new Set(listings.map((listing) => listing.grade)).size).toBeGreaterThan(3);
    }
    // Each market has its own comment, in its own language.
    const first = comments.get('BM-EXIST-00001');
    expect(first?.get('fr-fr')).not.toEqual(first?.get('de-de'));
    expect(first?.get('de-de')).not.toEqual(first?.get('en-gb'));
  });

  it('adds nothing when called again: listings are keyed by SKU', async () => {
    const before = h.sandbox.exportState().listings;
    const again = await h.control('POST', '/existing-account', {});
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...result, created: 0 });
    expect(h.sandbox.exportState().listings).toEqual(before);
  });

  it('grows the same account when asked for more listings per market', async () => {
    const grown = await h.control('POST', '/existing-account', { listingsPerMarket: 320 });
    expect(grown.body).toMatchObject({ created: 20, unmatchedSkus: 314 });
    const page = (await h.api('GET', '/ws/listings?page-size=50&page=7', { market: 'de-de' })).body as ListingPage;
    expect(page.count).toBe(320);
    expect(page.results.map((listing) => listing.sku)).toContain('BM-EXIST-00314');
  });
});

describe('the existingAccount start option', () => {
  const running: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
  });

  it('gives the same account (ids, SKUs, prices, comments) on every start, beside the demo listings, and again after a reset', async () => {
    const options = { now: () => NOW, existingAccount: { listingsPerMarket: 40, matchingSkus: 3, markets: ['fr-fr', 'it-it'] } };
    const one = await startSandbox(options);
    const two = await startSandbox(options);
    running.push(one, two);
    const demo = (await startSandbox({ now: () => NOW })).state.listings.length;
    expect(one.state.listings).toHaveLength(demo + 40);
    expect(two.exportState().listings).toEqual(one.exportState().listings);
    expect(one.state.listings.filter((listing) => listing.sku.startsWith('BM-EXIST-')).every((listing) => Object.keys(listing.markets).join() === 'fr-fr,it-it')).toBe(true);

    const reset = await fetch(`${one.url}/__sandbox/reset`, { method: 'POST', headers: { 'X-Sandbox-Secret': one.controlSecret } });
    expect(((await reset.json()) as { listings: number }).listings).toBe(demo + 40);
    expect(one.exportState().listings).toEqual(two.exportState().listings);
  });

  it('holds 10,000 listings per market, every page of 50 answering with its slice', async () => {
    const big = await startSandbox({ seed: 'empty', now: () => NOW, existingAccount: { listingsPerMarket: 10_000 } });
    running.push(big);
    expect(big.state.listings).toHaveLength(10_000);
    const headers = { Authorization: `Basic ${big.token}`, 'User-Agent': 'BM-RefurbDesk-Tests;tests@refurb-desk.invalid', 'Accept-Language': 'en-gb' };
    const last = (await (await fetch(`${big.url}/ws/listings?page-size=50&page=200`, { headers })).json()) as ListingPage;
    expect(last).toMatchObject({ count: 10_000, next: null });
    expect(last.results.map((listing) => listing.sku).at(-1)).toBe('BM-EXIST-09994');
  });

  it('keeps the matching prices at max_price when Back Market refuses prices above it, and takes them offline otherwise', async () => {
    const existingAccount = { listingsPerMarket: 6, priceShift: 1000 };
    const refuse = await startSandbox({ seed: 'empty', now: () => NOW, existingAccount, profiles: { maxPrice: 'refuse' } });
    const offline = await startSandbox({ seed: 'empty', now: () => NOW, existingAccount, profiles: { maxPrice: 'accept-offline' } });
    running.push(refuse, offline);
    const read = async (sandbox: typeof refuse) => {
      const headers = { Authorization: `Basic ${sandbox.token}`, 'User-Agent': 'BM-RefurbDesk-Tests;tests@refurb-desk.invalid', 'Accept-Language': 'fr-fr' };
      return ((await (await fetch(`${sandbox.url}/ws/listings?page-size=50`, { headers })).json()) as ListingPage).results;
    };
    const refused = await read(refuse);
    expect(refused.every((listing) => Number(listing.price) <= Number(listing.max_price))).toBe(true);
    const taken = await read(offline);
    expect(taken.filter((listing) => Number(listing.price) > Number(listing.max_price)).map((listing) => listing.publication_state)).toEqual([3, 3, 3, 3, 3, 3]);
  });
});

describe('POST /__sandbox/existing-account refuses bad input, naming the field and the fix', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ seed: 'empty' });
  });
  afterAll(() => h.close());

  it.each([
    [{ listingsPerMarket: -1 }, 'listingsPerMarket', 'whole number from 0 to 100000'],
    [{ listingsPerMarket: 2.5 }, 'listingsPerMarket', 'whole number'],
    [{ markets: ['fr-fr', 'xx-xx'] }, 'markets', 'EU market codes'],
    [{ markets: [] }, 'markets', 'non-empty'],
    [{ listingsPerMarket: 4, matchingSkus: 5 }, 'matchingSkus', 'from 0 to 4'],
    [{ priceShift: '10' }, 'priceShift', 'from -1000 to 1000'],
    [{ listings: 10 }, 'listings', 'use listingsPerMarket'],
  ])('%j', async (body, field, text) => {
    const answer = await h.control('POST', '/existing-account', body);
    expect(answer.status).toBe(400);
    const error = (answer.body as { error: { message: string; target: string } }).error;
    expect(error.target).toBe(field);
    expect(error.message).toContain(text);
    expect(h.sandbox.state.listings).toHaveLength(0);
  });

  it('refuses a call without the control secret', async () => {
    const answer = await fetch(`${h.sandbox.url}/__sandbox/existing-account`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(answer.status).toBe(401);
    expect(h.sandbox.state.listings).toHaveLength(0);
  });
});
