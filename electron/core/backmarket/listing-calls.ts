// Listing calls: list and read listings, the real-time single update, the CSV catalog task and its report.
import { catalogDataLines, countCsvRecords } from './catalog-csv-lines';
import { checkPageSize, eachItem, iteratePages, withQuery } from './pagination';
import type { RetryWrite } from './retry';
import type { Caller } from './transport';
import type { Page } from './types/page';
import {
  MAX_CSV_LINES,
  type CatalogUpload,
  type CatalogUploadAnswer,
  type ListingAnswer,
  type ListingDetailQuery,
  type ListingPublic,
  type ListingsQuery,
  type ListingUpdate,
  type ListingUpdateAnswer,
} from './types/listings';
import type { CatalogTask } from './types/tasks';

/** A catalog to post: the CSV and how it is written (defaults: `;`, `"`, utf-8, as the contract's CSV section asks). */
export type CatalogPost = Pick<CatalogUpload, 'catalog'> & Partial<Omit<CatalogUpload, 'catalog'>>;

export interface ListingCalls {
  listListings(query?: ListingsQuery): Promise<Page<ListingPublic>>;
  /** Every listing, page after page (50 per page unless the query says fewer). */
  allListings(query?: Omit<ListingsQuery, 'page'>): AsyncGenerator<ListingPublic>;
  getListing(listingId: string | number): Promise<ListingAnswer>;
  getListingDetail(query: ListingDetailQuery): Promise<ListingAnswer>;
  /** Real-time update of one listing (1 SKU line). Setting the same values twice changes nothing, so it is retried. */
  updateListing(listingId: string | number, update: ListingUpdate, options?: { retryWrite?: RetryWrite }): Promise<ListingUpdateAnswer>;
  /**
   * Posts a CSV catalog as one task and answers its id. Never sent twice: the contract has no way to find a task again
   * without its id, so when the connection breaks after sending, an UncertainWriteError reports it instead. Record the
   * returned task id before polling it.
   */
  postCatalog(post: CatalogPost): Promise<CatalogUploadAnswer>;
  getTask(taskId: number): Promise<CatalogTask>;
}

const UNCERTAIN_CATALOG =
  'the task id never came back, and Back Market offers no way to look a task up without it. Wait a few minutes, check in the Back Market back office whether these listings changed, then send only what is missing.';

export function listingCalls(call: Caller): ListingCalls {
  const listListings = (query: ListingsQuery = {}) =>
    call<Page<ListingPublic>>({ method: 'GET', path: withQuery('/ws/listings', { ...query, 'page-size': checkPageSize(query['page-size']) }) });

  return {
    listListings,
    allListings: (query = {}) =>
      eachItem(
        iteratePages(
          (path) => call<Page<ListingPublic>>({ method: 'GET', path }),
          withQuery('/ws/listings', { ...query, 'page-size': checkPageSize(query['page-size'] ?? 50) }),
        ),
      ),
    getListing: (listingId) => call<ListingAnswer>({ method: 'GET', path: `/ws/listings/${encodeURIComponent(String(listingId))}` }),
    getListingDetail: (query) => call<ListingAnswer>({ method: 'GET', path: withQuery('/ws/listings/detail', query) }),
    updateListing: (listingId, update, options = {}) =>
      call<ListingUpdateAnswer>({
        method: 'POST',
        path: `/ws/listings/${encodeURIComponent(String(listingId))}`,
        body: update,
        retryWrite: options.retryWrite ?? 'idempotent',
        linesSent: 1,
        uncertainHint: 'read the listing again to see whether the new values are there.',
      }),
    postCatalog: async (post) => {
      const upload: CatalogUpload = { delimiter: ';', quotechar: '"', encoding: 'utf-8', ...post };
      const records = countCsvRecords(upload.catalog, upload.quotechar);
      if (records > MAX_CSV_LINES) {
        throw new Error(`A catalog task may hold at most ${MAX_CSV_LINES} lines, header included; this one has ${records}. Split it into several tasks.`);
      }
      return call<CatalogUploadAnswer>({
        method: 'POST',
        path: '/ws/listings',
        body: upload,
        retryWrite: 'never',
        linesSent: catalogDataLines(upload.catalog, upload.quotechar),
        uncertainHint: UNCERTAIN_CATALOG,
      });
    },
    getTask: (taskId) => call<CatalogTask>({ method: 'GET', path: `/ws/tasks/${encodeURIComponent(String(taskId))}` }),
  };
}
