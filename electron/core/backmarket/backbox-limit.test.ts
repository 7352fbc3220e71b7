// The BackBox call and its own limiter bucket: 2 calls a second beside the 200 per 10 s, a 429 on the BackBox blocking
// only the BackBox, and the competitors call typed and checked before anything is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';

const COMPETITORS = '/ws/backbox/v1/competitors/7e1f4a8d-b1bb-47aa-9f77-2cca759eb41b';

/** Takes a slot on the path and answers at once; resolves to the clock time it was granted. */
async function grantedAt(limiter: RateLimiter, path: string, clock: () => number): Promise<number> {
  const permit = await limiter.acquire(path);
  const at = clock();
  permit.release();
  return at;
}

describe('the BackBox bucket', () => {
  it('admits 2 BackBox calls per second while other calls go on, and a BackBox 429 blocks only the BackBox', async () => {
    const limiter = new RateLimiter();
    const start = Date.now();
    const clock = () => Date.now() - start;
    const times = await Promise.all([1, 2, 3, 4, 5].map(() => grantedAt(limiter, COMPETITORS, clock)));
    // Two at once, two a second after their answers, one a second after that.
    expect(times.slice(0, 2).every((at) => at < 100)).toBe(true);
    expect(times.slice(2, 4).every((at) => at >= 1_000 && at < 1_300)).toBe(true);
    expect(times[4]).toBeGreaterThanOrEqual(2_000);
    // Listing calls never waited on the BackBox's second.
    const listing = await grantedAt(limiter, '/ws/listings', clock);
    expect(listing - times[4]!).toBeLessThan(100);

    limiter.block(COMPETITORS, 5_000);
    expect(limiter.blockedFor(COMPETITORS)).toBeGreaterThan(4_000);
    expect(limiter.blockedFor('/ws/listings')).toBe(0);
  });

  it('refuses a limit below one call a second', () => {
    expect(() => new RateLimiter({ backboxRequestsPerSecond: 0 })).toThrow('Traffic limits must be positive.');
  });
});

describe('getCompetitors', () => {
  let market: TestMarketplace | undefined;
  afterEach(async () => {
    await market?.close();
    market = undefined;
  });

  it('reads one Competitor per market by the listing UUID, and refuses a numeric id before sending', async () => {
    market = await startTestMarketplace();
    const { client } = testClient(market);
    const listing = market.sandbox.state.listings.find((candidate) => !candidate.deactivated && candidate.quantity > 0 && candidate.markets['fr-fr']?.price);
    if (!listing) throw new Error('The demo seed has no listing on sale in fr-fr.');
    const competitors = await client.getCompetitors(listing.id.toUpperCase());
    const france = competitors.find((competitor) => competitor.market === 'FR');
    expect(france).toMatchObject({ listing_id: listing.id, is_winning: true, price: { amount: listing.markets['fr-fr']?.price, currency: 'EUR' } });
    await expect(client.getCompetitors(String(listing.listing_id))).rejects.toThrow(/read by the listing's UUID/);
    expect(market.count('GET', '/ws/backbox/')).toBe(1);
  });
});
