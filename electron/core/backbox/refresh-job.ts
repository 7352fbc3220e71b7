// One BackBox refresh: reads each listing's competitors through the app's limiter (2 calls per second on /ws/backbox,
// shared with every other BackBox caller), records each answer as it comes, reports progress, and stops on Cancel
// after the calls in flight.
import { centsOfAmount, type BackboxRefreshState } from '../../../shared/backbox';
import type { BackMarketClient, Competitor } from '../backmarket';
import type { Db } from '../db/connection';
import { countryOf, saveRead, type ListingToRead, type OfferRead } from './backbox-repo';

export type BackboxRunner = <T>(job: (api: BackMarketClient) => Promise<T>) => Promise<T>;

export interface RefreshJobDeps {
  db: Db;
  run: BackboxRunner;
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

export interface RefreshJob {
  readonly done: Promise<BackboxRefreshState>;
  cancel(): void;
  state(): BackboxRefreshState;
}

export function startRefreshJob(listings: readonly ListingToRead[], deps: RefreshJobDeps): RefreshJob {
  const state: BackboxRefreshState = { running: true, total: listings.length, done: 0, failed: 0, outcome: null, startedAt: deps.now().toISOString(), finishedAt: null, message: '' };
  let cancelled = false;
  let next = 0;
  const snapshot = () => ({ ...state });

  async function worker(): Promise<void> {
    while (!cancelled && next < listings.length) {
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
      deps.onProgress(snapshot());
    }
  }

  const workers = Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 4, listings.length)) }, () => worker());
  const done = Promise.all(workers).then(() => {
    state.running = false;
    state.outcome = cancelled ? 'cancelled' : state.failed > 0 && state.failed === state.total ? 'failed' : 'finished';
    if (state.outcome !== 'failed' && state.failed === 0) state.message = '';
    state.finishedAt = deps.now().toISOString();
    deps.onProgress(snapshot());
    return snapshot();
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
    },
    state: snapshot,
  };
}
