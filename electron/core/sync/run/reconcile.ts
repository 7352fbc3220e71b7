// Reads what Back Market holds (GET /ws/listings, every page, per enabled country) and reconciles listing_states with
// it: listing and product ids, publication_state, and quantities or prices changed elsewhere (the back office), whose
// accepted hash is cleared so the next sync restores the catalogue's intent. The same pages settle what task reports
// left open (read-back.ts).
import { said, storeMessage } from '../../../../shared/messages/merchant-message';
import type { ListingPublic } from '../../backmarket';
import { applySeen, offersOfCountry, type StoredOffer } from './listing-state-repo';
import { allListings, listingOf, readBackDue, settleByReadBack, type SeenListings } from './read-back';
import { type RunContext, stamp } from './run-context';

const sameNumber = (a: string | number | undefined, b: string | number | undefined) => a !== undefined && b !== undefined && Number(a) === Number(b);

function differences(offer: StoredOffer, listing: ListingPublic): { text: string; stock: boolean; price: boolean } {
  const accepted = offer.acceptedValues;
  const stock = accepted.quantity !== undefined && !sameNumber(accepted.quantity, listing.quantity);
  const price = accepted.price !== undefined && Number(listing.price) > 0 && !sameNumber(accepted.price, listing.price);
  const quantities = { quantity: listing.quantity, sentQuantity: accepted.quantity ?? '' };
  const prices = { price: listing.price, currency: listing.currency, sentPrice: accepted.price ?? '' };
  // Stored as a code and its values (JSON) so the listings screen words it in the merchant's language.
  const message =
    stock && price ? said('changedElsewhere.quantityAndPrice', { ...quantities, ...prices })
    : stock ? said('changedElsewhere.quantity', quantities)
    : price ? said('changedElsewhere.price', prices)
    : null;
  return { text: storeMessage(message), stock, price };
}

function reconcileCountry(ctx: RunContext, country: string, bySku: Map<string, ListingPublic>): number {
  const now = stamp(ctx);
  let changed = 0;
  ctx.db.transaction(() => {
    for (const offer of offersOfCountry(ctx.db, country)) {
      const listing = listingOf(bySku, offer.sku);
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

export async function reconcile(ctx: RunContext): Promise<void> {
  const seen: SeenListings = new Map();
  let changed = 0;
  for (const country of ctx.countries) {
    const bySku = await allListings(ctx, country, (done, total) =>
      ctx.progress('reconciling', done, total, said('progress.reconciling', { country, done, total })),
    );
    seen.set(country, bySku);
    changed += reconcileCountry(ctx, country, bySku);
  }
  // A country no longer enabled still settles the tasks sent to it (read there by itself).
  if (readBackDue(ctx)) await settleByReadBack(ctx, seen);
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

