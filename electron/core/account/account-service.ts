// The existing-account service: reads every listing of the enabled markets in the background (on connecting an account,
// and from Settings at any time) with progress and Cancel; per market what was found; imports the listings not in the
// catalogue; the review of matched offers whose values differ. Matched offers with equal values are taken over as
// soon as their market is read, so the first sync sends nothing for them.
import type { AccountImportReport, AccountImportRequest, AccountReadState, AccountSummary, ReviewDecisionReport, ReviewDecisionRequest, ReviewPage, ReviewQuery, UnmanagedPage, UnmanagedQuery } from '../../../shared/account';
import { accountImportSchema } from '../../../shared/account';
import type { CountrySetting } from '../../../shared/connection';
import type { EventMap } from '../../../shared/contract';
import type { ApiRunner } from '../connection/api-runner';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { EventBus } from '../events';
import { createJobSlot } from '../jobs/job-slot';
import { loadSnapshot, marketCountries } from '../mapping/snapshot';
import { marketSummaries, matchedNotAdopted, unmanagedPage, unmanagedSkuCount, unmanagedSkuKeys, unmanagedSkus } from './account-repo';
import { adoptOffers } from './adopt';
import { followBackMarket } from './back-office';
import { guardAdoptedOffers } from './adopted-guard';
import { keepPricesInGrid } from './kept-prices';
import { importListings } from './import-listings';
import { startReadJob } from './read-job';
import { dropOrphanReviews, reviewCounts, reviewPage } from './review';
import { decide } from './review-decide';

export interface AccountDeps {
  database: () => Db | undefined;
  run: ApiRunner;
  countries: () => readonly CountrySetting[];
  events: EventBus;
  now: () => Date;
  pagesInFlight?: number;
}

export function createAccountService({ database, run, countries, events, now, pagesInFlight }: AccountDeps) {
  const job = createJobSlot<AccountReadState>({ country: null, page: 0, pages: 0, marketsDone: 0, markets: 0, listings: 0 });
  /** True while this service announces its own import: the products it imported were compared and adopted in its transaction. */
  let announcingImport = false;

  const requireDb = (): Db => {
    const db = database();
    if (!db) throw saidError('unavailable', said('account.setupFirst'));
    return db;
  };
  const codes = () => countries().map((country) => country.code);
  const snapshotOf = (db: Db) => loadSnapshot(db, marketCountries(countries()));
  const stamp = () => now().toISOString();
  const readState = (): AccountReadState => job.state();
  /** Listings are matched by SKU with the product number: a SKU mapped from anything else would match the wrong products. */
  const skuIsProductNumber = (db: Db): boolean =>
    snapshotOf(db).fields.every((mapped) => mapped.backMarketField !== 'sku' || (mapped.source.kind === 'field' && mapped.source.field === 'productNumber'));
  const requireSkuMatching = (db: Db): void => {
    if (!skuIsProductNumber(db)) throw saidError('invalid-input', said('account.skuNotProductNumber'));
  };

  /**
   * Takes over the matched offers of the catalogue that Back Market holds and Refurb Desk never had accepted; those taken
   * over and never sent that a change made differ from Back Market go back to the review (adopted-guard.ts).
   */
  function adoptMatched(db: Db, mappingChanged = false): void {
    if (!skuIsProductNumber(db)) return;
    const matched = matchedNotAdopted(db, codes());
    if (matched.length > 0) db.transaction(() => adoptOffers(db, snapshotOf(db), matched, stamp()))();
    // The prices kept for the offers just taken over go where the mapping reads prices; after a change of the mapping
    // (Price mapped to the price grid since), those of every offer taken over. A box the merchant emptied in the Prices
    // screen is left empty.
    const filled = keepPricesInGrid(db, snapshotOf(db), codes(), mappingChanged ? undefined : matched);
    const at = stamp();
    const since = guardedAt.get(db);
    // The first look at a catalogue (just opened: what changed before is not known) asks about every difference.
    const cause = since === undefined || guardDue.has(db) ? 'mapping' : 'edit';
    const held = guardAdoptedOffers(db, snapshotOf(db), at, codes(), since, cause);
    guardedAt.set(db, at);
    guardDue.delete(db);
    if (held > 0) events.emit('listings:changed', { count: held });
    // The Prices screen shows the boxes filled (comparing again after it finds nothing more to fill).
    if (filled > 0) events.emit('mapping:changed', { section: 'prices' });
  }
  /** When the offers taken over were last compared again, per catalogue (a change marks products pending at or after it). */
  const guardedAt = new WeakMap<Db, string>();
  /**
   * Catalogues where values nobody chose changed since that comparison — a mapping or value-map change, a CSV import, a
   * read of the account — so the next one asks about every new difference (adopted-guard.ts); otherwise a difference
   * is the merchant's own edit.
   */
  const guardDue = new WeakSet<Db>();

  // The catalogue or the mapping changed (an import after the account was read, an edit before the first sync): the
  // matched offers are compared again, so the review shows what the sync would otherwise hold without saying why.
  events.subscribe((name, payload) => {
    if (name === 'sync:finished') {
      followSyncRead();
      return;
    }
    if (name !== 'catalogue:changed' && name !== 'mapping:changed') return;
    // Comparing every matched offer again would only repeat the import's own adoption (it deletes no product either).
    if (announcingImport) return;
    const db = database();
    if (!db?.open) return;
    // The Prix screen's prices are the products' own values, typed or adjusted by the merchant: an edit, not a mapping.
    if (name === 'mapping:changed' ? (payload as EventMap['mapping:changed']).section !== 'prices' : (payload as EventMap['catalogue:changed']).reason === 'import') guardDue.add(db);
    try {
      // A product deleted takes its review rows with it.
      if (name === 'catalogue:changed' && dropOrphanReviews(db) > 0) events.emit('account:changed', { reason: 'review' });
      if (job.running()) return;
      if (db.prepare('SELECT EXISTS (SELECT 1 FROM account_listings)').pluck().get() !== 1) return;
      adoptMatched(db, name === 'mapping:changed' && (payload as EventMap['mapping:changed']).section !== 'prices');
      events.emit('account:changed', { reason: 'review' });
    } catch (error) {
      console.error('Refurb Desk: comparing the catalogue with the account read failed', error);
    }
  });

  /**
   * The sync read Back Market's listings back: the offers taken over and never sent whose listing changed there since
   * (reconcile.ts refreshed their snapshot) are compared with the catalogue, and asked about where it differs.
   */
  function followSyncRead(): void {
    const db = database();
    if (!db?.open || job.running() || !skuIsProductNumber(db)) return;
    try {
      const followed = followBackMarket(db, snapshotOf(db), codes(), stamp());
      if (followed.changed === 0) return;
      events.emit('listings:changed', { count: followed.changed });
      events.emit('account:changed', { reason: 'review' });
    } catch (error) {
      console.error('Refurb Desk: following what Back Market holds after the sync failed', error);
    }
  }

  function read(): AccountReadState {
    const db = requireDb();
    return job.start(() => {
      requireSkuMatching(db);
      const markets = codes();
      if (markets.length === 0) throw saidError('invalid-input', said('account.noMarkets'));
      return startReadJob(markets, {
        db,
        run,
        now,
        ...(pagesInFlight ? { pagesInFlight } : {}),
        onProgress: (state) => events.emit('account:progress', state),
        onMarketRead: (country) => {
          // What Back Market holds was read again: what the app knows it holds follows (a change made there is never
          // overwritten unseen), and a difference it makes is no edit of the merchant's.
          followBackMarket(db, snapshotOf(db), [country], stamp());
          guardDue.add(db);
          adoptMatched(db);
          events.emit('account:changed', { reason: 'read' });
          events.emit('listings:changed', { count: 1 });
        },
      });
    });
  }

  return {
    read,
    readState,
    cancel: (): AccountReadState => job.cancel(),
    /** Resolves when the read running now ends (at once when none runs). */
    settled: (): Promise<AccountReadState> => job.settled(),
    summary(): AccountSummary {
      const db = database();
      const markets = codes();
      if (!db) return { markets: [], unmanagedSkus: 0, offersToReview: 0, fieldsToReview: 0, read: readState() };
      const review = reviewCounts(db, markets);
      return { markets: marketSummaries(db, markets), unmanagedSkus: unmanagedSkuCount(db, markets), offersToReview: review.offers, fieldsToReview: review.fields, read: readState() };
    },
    unmanaged: (query: UnmanagedQuery): UnmanagedPage => unmanagedPage(requireDb(), query, codes()),
    import(raw: AccountImportRequest): AccountImportReport {
      const db = requireDb();
      const request = accountImportSchema.parse(raw);
      requireSkuMatching(db);
      // All of them: one product per SKU whatever its case, spelled as Back Market's first listing of it in SKU order.
      const skus = request.scope === 'skus' ? request.skus : request.scope === 'all' ? unmanagedSkuKeys(db, codes()) : unmanagedSkus(db, request, codes());
      const report = importListings(db, snapshotOf(db), skus, stamp(), request.names);
      if (report.imported > 0) {
        announcingImport = true;
        try {
          events.emit('catalogue:changed', { reason: 'import' });
        } finally {
          announcingImport = false;
        }
        events.emit('listings:changed', { count: report.imported });
      }
      events.emit('account:changed', { reason: 'import' });
      return report;
    },
    review(query: ReviewQuery): ReviewPage {
      const db = requireDb();
      return reviewPage(db, query, codes(), snapshotOf(db));
    },
    decide(request: ReviewDecisionRequest): ReviewDecisionReport {
      const db = requireDb();
      const report = decide(db, snapshotOf(db), request, stamp(), codes());
      events.emit('catalogue:changed', { reason: 'edit' });
      events.emit('listings:changed', { count: report.released });
      events.emit('account:changed', { reason: 'review' });
      return report;
    },
    close(): void {
      job.cancel();
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
