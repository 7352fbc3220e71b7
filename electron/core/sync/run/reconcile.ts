// Reads what Back Market holds (GET /ws/listings, every page, per enabled country) and reconciles listing_states with
// it: listing and product ids, publication_state, and quantities or prices changed elsewhere (the back office), whose
// accepted hash is cleared so the next sync restores the catalogue's intent. It also settles 'uncertain' tasks.
import type { ListingPublic } from '../../backmarket';
import { applyAccepted, applySeen, offersOfCountry, type StoredOffer } from './listing-state-repo';
import { requeue } from './outbox-settle';
import { stamp, type RunContext } from './run-context';
import { closeTask, openTasks, taskLines, type TaskLineRow } from './task-repo';

const PAGE_SIZE = 50;

async function listingsOf(ctx: RunContext, country: string, onPage: (done: number, total: number) => void): Promise<Map<string, ListingPublic>> {
  const api = ctx.api.forCountry(country);
  const bySku = new Map<string, ListingPublic>();
  for (let page = 1; ; page += 1) {
    ctx.checkCancelled();
    ctx.tally.requests += 1;
    const answer = await api.listListings({ page, 'page-size': PAGE_SIZE });
    for (const listing of answer.results) bySku.set(listing.sku, listing);
    onPage(page, Math.max(page, Math.ceil(answer.count / PAGE_SIZE)));
    if (!answer.next || answer.results.length === 0) return bySku;
  }
}

const sameNumber = (a: string | number | undefined, b: string | number | undefined) => a !== undefined && b !== undefined && Number(a) === Number(b);

function differences(offer: StoredOffer, listing: ListingPublic): { text: string; stock: boolean; price: boolean } {
  const accepted = offer.acceptedValues;
  const stock = accepted.quantity !== undefined && !sameNumber(accepted.quantity, listing.quantity);
  const price = accepted.price !== undefined && Number(listing.price) > 0 && !sameNumber(accepted.price, listing.price);
  const parts = [
    stock ? `the quantity is ${listing.quantity} on Back Market (Refurb Desk sent ${accepted.quantity})` : '',
    price ? `the price is ${listing.price} ${listing.currency} on Back Market (Refurb Desk sent ${accepted.price})` : '',
  ].filter(Boolean);
  const text = parts.length === 0 ? '' : `Changed outside Refurb Desk: ${parts.join('; ')}. The next sync restores the catalogue's values.`;
  return { text, stock, price };
}

function reconcileCountry(ctx: RunContext, country: string, bySku: Map<string, ListingPublic>): number {
  const now = stamp(ctx);
  let changed = 0;
  ctx.db.transaction(() => {
    for (const offer of offersOfCountry(ctx.db, country)) {
      const listing = bySku.get(offer.sku);
      if (!listing) continue;
      const published = offer.status === 'published';
      const diff = published ? differences(offer, listing) : { text: '', stock: false, price: false };
      applySeen(
        ctx.db,
        offer.productNumber,
        country,
        {
          listingId: listing.listing_id,
          listingUuid: listing.id,
          backMarketProductId: listing.product_id,
          publicationState: listing.publication_state,
          changedElsewhere: diff.text,
          clearStockHash: diff.stock,
          clearPriceHash: diff.price,
        },
        now,
      );
      changed += 1;
    }
  })();
  return changed;
}

/**
 * A line of an uncertain task counts as arrived when Back Market shows its SKU with the line's values that a listing
 * shows (quantity, price, grade, comment, warranty). A content change cannot be seen there, so it is sent again
 * (matched by SKU, it updates the same listing).
 */
function arrived(line: TaskLineRow, listing: ListingPublic): boolean {
  if (line.kind === 'content') return false;
  const { values } = line;
  return (
    (values.quantity === undefined || sameNumber(values.quantity, listing.quantity)) &&
    (values.price === undefined || sameNumber(values.price, listing.price)) &&
    (values.warranty_delay === undefined || sameNumber(values.warranty_delay, listing.warranty_delay)) &&
    (values.grade === undefined || values.grade === listing.grade) &&
    (values.comment === undefined || values.comment === (listing.comment ?? ''))
  );
}

function settleUncertain(ctx: RunContext, seen: Map<string, Map<string, ListingPublic>>): void {
  const now = stamp(ctx);
  for (const task of openTasks(ctx.db, 'uncertain')) {
    const bySku = seen.get(task.country);
    if (!bySku) continue;
    let confirmed = 0;
    ctx.db.transaction(() => {
      const missing: string[] = [];
      for (const line of taskLines(ctx.db, task.id)) {
        const listing = bySku.get(line.sku);
        if (!listing || !arrived(line, listing)) {
          missing.push(line.productNumber);
          continue;
        }
        applyAccepted(ctx.db, { ...line, listingId: listing.listing_id, listingUuid: listing.id, backMarketProductId: listing.product_id, productCreated: listing.publication_state === 1 }, now);
        confirmed += 1;
      }
      // What was not confirmed keeps its old hashes and goes back to the outbox: the next sync sends it again, matched by
      // SKU, so never twice.
      requeue(ctx.db, missing, now);
      closeTask(ctx.db, task.id, 'applied', `Settled from Back Market's listings: ${confirmed} of ${task.lines} lines had arrived.`, now);
    })();
    ctx.tally.published += confirmed;
  }
}

export async function reconcile(ctx: RunContext): Promise<void> {
  const seen = new Map<string, Map<string, ListingPublic>>();
  let changed = 0;
  // A country no longer enabled still settles the uncertain tasks sent to it.
  const countries = [...new Set([...ctx.countries, ...openTasks(ctx.db, 'uncertain').map((task) => task.country)])];
  for (const country of countries) {
    const bySku = await listingsOf(ctx, country, (done, total) =>
      ctx.progress('reconciling', done, total, `Reading what Back Market holds in ${country}: page ${done} of ${total}.`),
    );
    seen.set(country, bySku);
    changed += reconcileCountry(ctx, country, bySku);
  }
  settleUncertain(ctx, seen);
  ctx.db.prepare('INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(LAST_RECONCILE_KEY, ctx.now().toISOString());
  ctx.listingsChanged(changed);
}

const LAST_RECONCILE_KEY = 'last-reconcile-at';

/** Whether a sync that sent nothing should read the listings back: never read, or read longer ago than the interval. */
export function reconcileDue(ctx: Pick<RunContext, 'db' | 'now' | 'reconcileEveryMs'>): boolean {
  const last = ctx.db.prepare('SELECT value FROM sync_meta WHERE key = ?').pluck().get(LAST_RECONCILE_KEY) as string | undefined;
  const lastAt = last === undefined ? Number.NaN : Date.parse(last);
  return !Number.isFinite(lastAt) || ctx.now().getTime() - lastAt >= ctx.reconcileEveryMs;
}

export const hasUncertainTasks = (ctx: RunContext): boolean => openTasks(ctx.db, 'uncertain').length > 0;
