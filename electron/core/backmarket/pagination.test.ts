// Following `next` over several pages, on our own host only, never above page-size 50.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPath } from './pagination';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';
import type { ListingPublic } from './types/listings';

let market: TestMarketplace;
beforeAll(async () => {
  market = await startTestMarketplace();
});
afterAll(() => market.close());

describe('pagination', () => {
  it('walks every page of listings, following next', async () => {
    const { client } = testClient(market);
    const first = await client.listListings({ 'page-size': 3 });
    const before = market.count('GET', '/ws/listings');
    const listings: ListingPublic[] = [];
    for await (const listing of client.allListings({ 'page-size': 3 })) listings.push(listing);
    expect(listings).toHaveLength(first.count);
    expect(new Set(listings.map((listing) => listing.id)).size).toBe(first.count);
    expect(market.count('GET', '/ws/listings') - before).toBe(Math.ceil(first.count / 3));
    expect(market.seen.filter((request) => request.path.startsWith('/ws/listings?')).every((request) => /page-size=3/.test(request.path))).toBe(true);
  });

  it('asks for 50 per page by default and never more', async () => {
    const { client } = testClient(market);
    for await (const _listing of client.allListings()) break;
    expect(market.seen.at(-1)?.path).toMatch(/page-size=50/);
    await client.listListings({ 'page-size': 500 });
    expect(market.seen.at(-1)?.path).toMatch(/page-size=50(&|$)/);
  });

  it('keeps only the path and query of next, for the same list', () => {
    expect(nextPath('https://elsewhere.example/ws/listings?page=2&page-size=3', '/ws/listings')).toBe('/ws/listings?page=2&page-size=3');
    expect(nextPath('https://www.backmarket.fr/ws/listings?page=2&page-size=500', '/ws/listings')).toBe('/ws/listings?page=2&page-size=50');
    expect(nextPath('https://www.backmarket.fr/ws/orders?page=2', '/ws/listings')).toBeUndefined();
  });

  it('walks care folders and returns, whose pages are 10 long', async () => {
    const { client } = testClient(market);
    const orders = await client.listOrders({ state: 9 });
    const line = orders.results[0]?.orderlines[0];
    if (!line) throw new Error('no shipped order in the demo seed');
    for (let index = 0; index < 12; index += 1) await market.control('POST', '/care-folders', { orderline_id: line.id });
    const folders: number[] = [];
    for await (const folder of client.allCareFolders()) folders.push(folder.id);
    expect(folders.length).toBeGreaterThanOrEqual(12);
    expect(new Set(folders).size).toBe(folders.length);
  });
});
