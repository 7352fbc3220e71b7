// The Sync entries of the contract bound to the sync service (dry run, run, cancel, state) and to the listings queries
// of the listed-products grid, for the composition root to spread into its handlers.
import type { Handlers } from '../../../shared/contract';
import type { syncCalls } from '../../../shared/contract/sync-calls';
import type { CountrySetting } from '../../../shared/connection';
import type { ListingPage, ListingRef, ListingSummary } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { EventBus } from '../events';
import { marketCountries } from '../mapping/snapshot';
import { listings, retry, summary, takeOffline, type ParsedListingQuery } from './listings';
import type { SyncService } from './sync-service';

type SyncHandlers = Pick<Handlers, keyof typeof syncCalls>;

/** The grid's queries and actions over the current database (electron/core/sync/listings). */
export interface ListingsCalls {
  list(query: ParsedListingQuery): ListingPage;
  summary(): ListingSummary;
  retry(listings: readonly ListingRef[]): { queued: number };
  takeOffline(listings: readonly ListingRef[]): { queued: number };
}

export function syncHandlers(sync: SyncService, listings: ListingsCalls): SyncHandlers {
  return {
    'sync:plan': async ({ limit }) => sync.plan(limit),
    'sync:start': async ({ importOrders }) => sync.start({ importOrders }),
    'sync:cancel': async () => sync.cancel(),
    'sync:state': async () => sync.state(),
    'listings:list': async (query) => listings.list(query),
    'listings:summary': async () => listings.summary(),
    'listings:retry': async ({ listings: refs }) => listings.retry(refs),
    'listings:takeOffline': async ({ listings: refs }) => listings.takeOffline(refs),
  };
}

export interface ListingsDeps {
  database: () => Db | undefined;
  countries: () => readonly CountrySetting[];
  events: EventBus;
  now: () => Date;
}

/** The grid's calls over the current database; an action tells the grid (and, for stock, the catalogue) to refresh. */
export function listingsCalls(deps: ListingsDeps): ListingsCalls {
  const db = (): Db => {
    const current = deps.database();
    if (!current) throw saidError('unavailable', said('setup.notSetUp'));
    return current;
  };
  const markets = () => marketCountries(deps.countries());
  return {
    list: (query) => listings(db(), query, markets()),
    summary: () => summary(db(), markets()),
    retry: (refs) => {
      const result = retry(db(), refs, deps.now());
      if (result.queued > 0) deps.events.emit('listings:changed', { count: result.queued });
      return result;
    },
    takeOffline: (refs) => {
      const result = takeOffline(db(), refs, deps.now());
      if (result.queued > 0) {
        deps.events.emit('listings:changed', { count: result.queued });
        deps.events.emit('catalogue:changed', { reason: 'edit' });
      }
      return result;
    },
  };
}
