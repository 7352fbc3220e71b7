// One BackBox refresh: reads each listing's competitors through the app's limiter (2 calls per second on /ws/backbox,
// shared with every other BackBox caller), records each answer as it comes, reports progress, and stops on Cancel
// after the calls in flight.
import { centsOfAmount, type BackboxRefreshState } from '../../../shared/backbox';
import type { Competitor } from '../backmarket';
import type { ApiRunner } from '../connection/api-runner';
import type { Db } from '../db/connection';
import { startBackgroundJob, type BackgroundJob } from '../jobs/background-job';
import { countryOf, saveRead, type ListingToRead, type OfferRead } from './backbox-repo';

export interface RefreshJobDeps {
  db: Db;
  run: ApiRunner;
  now: () => Date;
  onProgress: (state: BackboxRefreshState) => void;
  /** Calls waiting in the limiter's queue at once: more than the limit only queues, fewer leave the limit unused. */
  concurrency?: number;
}

/** The contract's answer for one listing, as offers: its own markets only, and only items that carry the amounts read. */
export function offerReads(listingUuid: string, competitors: readonly Competitor[]): OfferRead[] {
  const reads: OfferRead[] = [];
  for (const item of competitors) {
    // "Each item is a competitor, ie. a listing x market": an item about another listing is not this offer's standing.
    if (typeof item.listing_id === 'string' && item.listing_id.toLowerCase() !== listingUuid) continue;
    const country = typeof item.market === 'string' ? countryOf(item.market) : undefined;
    const priceCents = centsOfAmount(item.price?.amount);
    const priceToWinCents = centsOfAmount(item.price_to_win?.amount);
    if (!country || priceCents === null || priceToWinCents === null) continue;
    reads.push({
      country,
      isWinning: item.is_winning === true,
      priceCents,
      minPriceCents: centsOfAmount(item.min_price?.amount),
      priceToWinCents,
      winnerPriceCents: centsOfAmount(item.winner_price?.amount),
      currency: item.price.currency,
    });
  }
  return reads;
}

export type RefreshJob = BackgroundJob<BackboxRefreshState>;

export function startRefreshJob(listings: readonly ListingToRead[], deps: RefreshJobDeps): RefreshJob {
  return startBackgroundJob<BackboxRefreshState>({
    counters: { total: listings.length, done: 0, failed: 0 },
    now: deps.now,
    onProgress: deps.onProgress,
    work: async ({ state, cancelled, report }) => {
      let next = 0;
      // A listing whose read fails is counted and the others are read: the refresh fails only when every read failed.
      const worker = async (): Promise<void> => {
        while (!cancelled() && next < listings.length) {
          const listing = listings[next] as ListingToRead;
          next += 1;
          try {
            const answer = await deps.run((api) => api.getCompetitors(listing.listingUuid));
            saveRead(deps.db, listing, offerReads(listing.listingUuid, answer), deps.now().toISOString());
          } catch (error) {
            state.failed += 1;
            state.message = error instanceof Error ? error.message : String(error);
          }
          state.done += 1;
          report();
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 4, listings.length)) }, worker));
      return cancelled() ? 'cancelled' : state.failed > 0 && state.failed === state.total ? 'failed' : 'finished';
    },
  });
}
