// A task report is a hint; the listings are the truth. Settles from what GET /ws/listings shows the lines no report
// confirmed: a task whose answer was lost (no task id: it may still be waiting at Back Market, so it is waited for up
// to the polling deadline before any of its lines is sent again), a task whose report does not say (empty, an unknown
// shape, lines missing, statuses 3 and 7, the deadline passed), and offers left unconfirmed after their one re-send.
import { NotFoundError, type ListingPublic } from '../../backmarket';
import { lineHash } from '../plan/hashes';
import { applyAccepted, markUnconfirmed } from './listing-state-repo';
import { requeue } from './outbox-settle';
import { stamp, type RunContext } from './run-context';
import { closeTask, lastSentLine, openTasks, releaseLine, sentBefore, taskHeader, unsettledLines, type TaskLineRow, type TaskRow } from './task-repo';
import { said } from '../../../../shared/messages/merchant-message';
import { skuKey } from '../../account/account-repo';

const PAGE_SIZE = 50;
/** Up to this many SKUs of a country are read one by one (GET /ws/listings/detail?sku=); more, page by page. */
export const READ_BACK_DETAIL_MAX = 20;

/** Listings by SKU, per country. */
export type SeenListings = Map<string, Map<string, ListingPublic>>;

/** Back Market matches SKUs whatever their case (as the account read does): each read's listings by folded SKU, built once. */
const foldedReads = new WeakMap<ReadonlyMap<string, ListingPublic>, Map<string, ListingPublic>>();

/** The listing of this SKU in a read: spelled as Back Market spells it, else whatever its case ('ip11-64gb' is 'IP11-64GB'). */
export function listingOf(bySku: ReadonlyMap<string, ListingPublic>, sku: string): ListingPublic | undefined {
  const exact = bySku.get(sku);
  if (exact) return exact;
  let folded = foldedReads.get(bySku);
  if (!folded) {
    folded = new Map();
    for (const [key, listing] of bySku) if (!folded.has(skuKey(key))) folded.set(skuKey(key), listing);
    foldedReads.set(bySku, folded);
  }
  return folded.get(skuKey(sku));
}

/** Pages asked at once once the first page gave the count: the shared limiter keeps them within Back Market's limits. */
const PAGES_IN_FLIGHT = 4;

/**
 * Every listing of a market: the first page, then the others a few at a time (a page's round trip, not the rate limit,
 * would otherwise set the pace), in page order into the map.
 */
export async function allListings(ctx: RunContext, country: string, onPage: (done: number, total: number) => void): Promise<Map<string, ListingPublic>> {
  const api = ctx.api.forCountry(country);
  const bySku = new Map<string, ListingPublic>();
  const read = async (page: number) => {
    ctx.checkCancelled();
    ctx.tally.requests += 1;
    return api.listListings({ page, 'page-size': PAGE_SIZE });
  };
  const first = await read(1);
  for (const listing of first.results) bySku.set(listing.sku, listing);
  const total = Math.max(1, Math.ceil(first.count / PAGE_SIZE));
  onPage(1, total);
  if (!first.next || first.results.length === 0) return bySku;
  const pages: ListingPublic[][] = [];
  let next = 2;
  let done = 1;
  let more = true;
  const worker = async () => {
    while (more && next <= total) {
      const page = next;
      next += 1;
      const answer = await read(page);
      pages[page] = answer.results;
      done += 1;
      onPage(done, total);
      if (!answer.next || answer.results.length === 0) more = false;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_IN_FLIGHT, total - 1) }, worker));
  for (const results of pages) for (const listing of results ?? []) bySku.set(listing.sku, listing);
  // The count may have grown while reading: the pages past it, one after the other.
  for (let page = total + 1; more && pages.length > 0; page += 1) {
    const answer = await read(page);
    for (const listing of answer.results) bySku.set(listing.sku, listing);
    if (!answer.next || answer.results.length === 0) break;
  }
  return bySku;
}

async function someListings(ctx: RunContext, country: string, skus: ReadonlySet<string>): Promise<Map<string, ListingPublic>> {
  if (skus.size > READ_BACK_DETAIL_MAX) {
    return allListings(ctx, country, (done, total) => ctx.progress('reconciling', done, total, said('progress.reconciling', { country, done, total })));
  }
  const api = ctx.api.forCountry(country);
  const bySku = new Map<string, ListingPublic>();
  for (const sku of skus) {
    ctx.checkCancelled();
    ctx.tally.requests += 1;
    try {
      bySku.set(sku, await api.getListingDetail({ sku }));
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return bySku;
}

const sameNumber = (a: string | number | undefined, b: string | number | undefined) => a !== undefined && b !== undefined && Number(a) === Number(b);

/**
 * A line counts as arrived when Back Market shows its SKU with every value of the line a listing shows (quantity, price,
 * grade, comment, warranty). A listing shows no product content: a content line whose listing holds every value it can
 * show is taken as arrived (the product content is Back Market's to validate, and publication_state says so).
 */
export function arrived(line: Pick<TaskLineRow, 'values'>, listing: ListingPublic): boolean {
  const { values } = line;
  return (
    (values.quantity === undefined || values.quantity === '' || sameNumber(values.quantity, listing.quantity)) &&
    (values.price === undefined || values.price === '' || sameNumber(values.price, listing.price)) &&
    (values.warranty_delay === undefined || values.warranty_delay === '' || sameNumber(values.warranty_delay, listing.warranty_delay)) &&
    (values.grade === undefined || values.grade === '' || values.grade === listing.grade) &&
    (values.comment === undefined || values.comment === '' || values.comment === (listing.comment ?? ''))
  );
}

/** What the log and the CLI read on an offer whose change Back Market did not confirm (the grid words its code: syncOutcome.unconfirmed*). */
export const UNCONFIRMED_AGAIN =
  "Back Market's report did not say what became of this change, and its listings do not show it yet; checked again at the next sync, which sends it once more.";
export const UNCONFIRMED_LOST =
  "The answer to the catalog task carrying this change was lost, and after the wait Back Market's listings do not show it; checked again at the next sync, which sends it once more.";
/** Starts the text of an offer given up on after its one re-send (the read-back finds these rows by it, through migration 8's partial index). */
export const UNCONFIRMED_FINAL_PREFIX = 'Back Market did not confirm this change';
/** The rows given up on, as migration 8's partial index listing_states_unconfirmed spells them (literally, so it is used). */
const UNCONFIRMED_ROWS = `rejected_hash <> '' AND error LIKE '${UNCONFIRMED_FINAL_PREFIX}%'`;
export const UNCONFIRMED_FINAL = `${UNCONFIRMED_FINAL_PREFIX}: its report did not say, and its listings still do not show it after it was sent again. Refurb Desk checks again at each sync and does not send it by itself; check the offer in the Back Market back office, or retry it.`;

export interface ReadBackCounts {
  confirmed: number;
  /** Lines of a task whose answer was lost, still within the polling deadline: nothing of theirs is sent meanwhile. */
  waiting: number;
  /** Lines not confirmed: sent again with the next sync (once). */
  again: number;
  /** Lines not confirmed after their re-send: not sent again by themselves. */
  unconfirmed: number;
}

interface Watched {
  productNumber: string;
  country: string;
  sku: string;
  line: TaskLineRow;
}

/** Offers given up on after their re-send, with the line last sent: each sync looks again whether Back Market shows it. */
function watchedOffers(ctx: RunContext): Watched[] {
  const rows = ctx.db.prepare(`SELECT product_number, country, sku, rejected_hash FROM listing_states WHERE ${UNCONFIRMED_ROWS} AND task IS NULL`).all() as {
    product_number: string;
    country: string;
    sku: string;
    rejected_hash: string;
  }[];
  return rows.flatMap((row) => {
    const [stock = '', price = '', content = ''] = row.rejected_hash.split('.');
    const line = lastSentLine(ctx.db, row.product_number, row.country, { stock, price, content });
    return line ? [{ productNumber: row.product_number, country: row.country, sku: row.sku, line }] : [];
  });
}

/** Whether a read-back has anything to settle: an uncertain task, or an offer left unconfirmed. */
export function readBackDue(ctx: RunContext): boolean {
  if (openTasks(ctx.db, 'uncertain').length > 0) return true;
  return ctx.db.prepare(`SELECT EXISTS (SELECT 1 FROM listing_states WHERE ${UNCONFIRMED_ROWS})`).pluck().get() === 1;
}

const withinDeadline = (ctx: RunContext, task: TaskRow): boolean => task.taskId === null && ctx.now().getTime() - Date.parse(task.createdAt) < ctx.poll.deadlineMs;

const acceptFrom = (ctx: RunContext, line: TaskLineRow, listing: ListingPublic, now: string) =>
  applyAccepted(ctx.db, { ...line, listingId: listing.listing_id, listingUuid: listing.id, backMarketProductId: listing.product_id, productCreated: listing.publication_state === 1 }, now);

/**
 * Settles what the reports left open from the listings: `seen` when the caller read every page already (the reconcile),
 * else a few SKUs one by one or every page of the market.
 */
export async function settleByReadBack(ctx: RunContext, seen: SeenListings = new Map()): Promise<ReadBackCounts> {
  const counts: ReadBackCounts = { confirmed: 0, waiting: 0, again: 0, unconfirmed: 0 };
  const tasks = openTasks(ctx.db, 'uncertain').map((task) => ({ task, lines: unsettledLines(ctx.db, task.id) }));
  const watched = watchedOffers(ctx);
  const wanted = new Map<string, Set<string>>();
  const want = (country: string, sku: string) => {
    const skus = wanted.get(country) ?? new Set<string>();
    skus.add(sku);
    wanted.set(country, skus);
  };
  for (const { task, lines } of tasks) for (const line of lines) want(task.country, line.sku);
  for (const offer of watched) want(offer.country, offer.sku);
  const listings = new Map(seen);
  for (const [country, skus] of wanted) if (!listings.has(country)) listings.set(country, await someListings(ctx, country, skus));

  const now = stamp(ctx);
  for (const { task, lines } of tasks) {
    const bySku = listings.get(task.country) ?? new Map<string, ListingPublic>();
    const header = taskHeader(ctx.db, task.id);
    ctx.db.transaction(() => {
      const resend: TaskLineRow[] = [];
      const settled: TaskLineRow[] = [];
      let confirmed = 0;
      for (const line of lines) {
        const listing = listingOf(bySku, line.sku);
        if (listing && arrived(line, listing)) {
          acceptFrom(ctx, line, listing, now);
          settled.push(line);
          confirmed += 1;
        } else if (withinDeadline(ctx, task)) {
          counts.waiting += 1;
        } else {
          const final = sentBefore(ctx.db, task.id, line);
          const error = final ? UNCONFIRMED_FINAL : task.taskId === null ? UNCONFIRMED_LOST : UNCONFIRMED_AGAIN;
          const saidOf = final ? said('syncOutcome.unconfirmedFinal') : task.taskId === null ? said('syncOutcome.unconfirmedLost') : said('syncOutcome.unconfirmedAgain');
          markUnconfirmed(ctx.db, { ...line, error, said: saidOf, csvLine: `${header}\n${line.csvLine}`, rejectedHash: final ? lineHash(line.hashes) : '' }, now);
          settled.push(line);
          if (final) counts.unconfirmed += 1;
          else {
            counts.again += 1;
            resend.push(line);
          }
        }
      }
      counts.confirmed += confirmed;
      if (settled.length === lines.length) {
        // Lines settled by an earlier read-back (or answered by the report) count as arrived.
        closeTask(ctx.db, task.id, 'applied', `Settled from Back Market's listings: ${task.lines - lines.length + confirmed} of ${task.lines} lines had arrived.`, now);
      } else {
        for (const line of settled) releaseLine(ctx.db, task.id, line);
      }
      requeue(ctx.db, resend, now);
    })();
  }
  ctx.db.transaction(() => {
    for (const offer of watched) {
      const read = listings.get(offer.country);
      const listing = read ? listingOf(read, offer.sku) : undefined;
      if (listing && arrived(offer.line, listing)) {
        acceptFrom(ctx, offer.line, listing, now);
        counts.confirmed += 1;
      }
    }
  })();
  ctx.tally.published += counts.confirmed;
  ctx.listingsChanged(counts.confirmed + counts.again + counts.unconfirmed);
  return counts;
}
