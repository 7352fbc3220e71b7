// One read of the account: every listing of every enabled market (GET /ws/listings, pages of 50, with that market's
// Accept-Language), through the app's limiter, a few pages in flight at once. Each market read in full replaces its
// snapshot; Cancel stops after the pages in flight and leaves the markets not finished as they were.
import type { AccountReadState } from '../../../shared/account';
import type { ListingPublic } from '../backmarket';
import type { ApiRunner } from '../connection/api-runner';
import type { Db } from '../db/connection';
import { replaceMarket } from './account-repo';
import { BackMarketError } from '../backmarket';
import { AppError } from '../errors';
import { JobCancelled, startBackgroundJob, type BackgroundJob, type JobControl } from '../jobs/background-job';
import { inEnglish } from '../../../shared/messages/in-english';
import { said } from '../../../shared/messages/merchant-message';

const READ_INTERNAL = said('account.readInternal');

export const PAGE_SIZE = 50;
/** Pages asked at once once the first page gave the count: the shared limiter keeps them within Back Market's limits. */
const PAGES_IN_FLIGHT = 4;

export interface ReadJobDeps {
  db: Db;
  run: ApiRunner;
  now: () => Date;
  onProgress: (state: AccountReadState) => void;
  /** A market's snapshot was replaced (the service adopts the matched offers there). */
  onMarketRead: (country: string) => void;
  pagesInFlight?: number;
}

export type ReadJob = BackgroundJob<AccountReadState>;

/** Another page of the market failed: the other pages are not asked. */
class Stopped extends Error {}

/** Refurb Desk's own failures carry a code the renderer words; Back Market's and the connection's keep their words. */
function sayWhyReadFailed(error: unknown, state: AccountReadState): void {
  state.message = error instanceof AppError || error instanceof BackMarketError ? error.message : inEnglish(READ_INTERNAL);
  const saying = error instanceof AppError ? error.said : error instanceof BackMarketError ? undefined : READ_INTERNAL;
  if (saying) state.said = saying;
  if (!(error instanceof AppError) && !(error instanceof BackMarketError)) console.error('Refurb Desk: reading the account failed', error);
}

export function startReadJob(countries: readonly string[], deps: ReadJobDeps): ReadJob {
  return startBackgroundJob<AccountReadState>({
    counters: { country: null, page: 0, pages: 0, marketsDone: 0, markets: countries.length, listings: 0 },
    now: deps.now,
    onProgress: deps.onProgress,
    failed: sayWhyReadFailed,
    work: async (job) => {
      try {
        for (const country of countries) {
          const listings = await readMarket(job, country, deps);
          replaceMarket(deps.db, country, listings.values(), deps.now().toISOString());
          deps.onMarketRead(country);
          job.state.marketsDone += 1;
          job.report();
        }
        return 'finished';
      } finally {
        // A market is named only while the read runs.
        job.state.country = null;
      }
    },
  });
}

/** Reads one market in full (the first page gives the count, then a few pages at once); throws at the first failure. */
async function readMarket(job: JobControl<AccountReadState>, country: string, deps: ReadJobDeps): Promise<Map<string, ListingPublic>> {
  const { state, report } = job;
  /** A page failed: the pages not asked yet are not asked (the read ends failed once those in flight are back). */
  let failed = false;
  const read = async (page: number) => {
    if (job.cancelled()) throw new JobCancelled();
    if (failed) throw new Stopped();
    return deps.run((api) => api.forCountry(country).listListings({ page, 'page-size': PAGE_SIZE }));
  };
  state.country = country;
  state.page = 0;
  state.pages = 0;
  report();
  const bySku = new Map<string, ListingPublic>();
  const first = await read(1);
  const total = Math.max(1, Math.ceil(first.count / PAGE_SIZE));
  const pages: ListingPublic[][] = [first.results];
  state.page = 1;
  state.pages = total;
  state.listings += first.results.length;
  report();
  let more = Boolean(first.next) && first.results.length > 0;
  let next = 2;
  const worker = async () => {
    try {
      while (more && next <= total) {
        const page = next;
        next += 1;
        const answer = await read(page);
        pages[page - 1] = answer.results;
        state.page += 1;
        state.listings += answer.results.length;
        report();
        if (!answer.next || answer.results.length === 0) more = false;
      }
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  // Every worker stops at the first failure; the read ends once the pages in flight are back, with the first failure.
  const workers = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(deps.pagesInFlight ?? PAGES_IN_FLIGHT, total - 1)) }, worker));
  const failure = workers.find((result): result is PromiseRejectedResult => result.status === 'rejected' && !(result.reason instanceof Stopped));
  if (failure) throw failure.reason;
  // The count may have grown while reading: the pages past it, one after the other.
  for (let page = total + 1; more; page += 1) {
    const answer = await read(page);
    pages[page - 1] = answer.results;
    state.listings += answer.results.length;
    if (!answer.next || answer.results.length === 0) more = false;
  }
  for (const results of pages) for (const listing of results ?? []) bySku.set(listing.sku, listing);
  return bySku;
}
