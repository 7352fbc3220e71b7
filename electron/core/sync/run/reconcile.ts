// Reads what Back Market holds (GET /ws/listings, every page, per enabled country) and reconciles listing_states with
// it: listing and product ids, publication_state, and quantities or prices changed elsewhere (the back office). For an
// offer Refurb Desk sent, the accepted values follow what Back Market holds now (the dry run's "before") and the group's
// hash is cleared, so the next sync restores the catalogue's intent, said in the grid with the value Refurb Desk sent. An
// offer taken over from the account and never sent is not restored: the account's snapshot of its listing follows Back
// Market, and the account service asks the review about it once the sync ends (account/back-office.ts). The same pages
// settle what task reports left open (read-back.ts).
import { said, storedMessage, storeMessage } from '../../../../shared/messages/merchant-message';
import type { ListingPublic } from '../../backmarket';
import type { Db } from '../../db/connection';
import { applySeen, offersOfCountry, type StoredOffer } from './listing-state-repo';
import { allListings, listingOf, readBackDue, settleByReadBack, type SeenListings } from './read-back';
import { type RunContext, stamp } from './run-context';

const sameNumber = (a: string | number | undefined, b: string | number | undefined) => a !== undefined && b !== undefined && Number(a) === Number(b);

/** What Back Market holds of a listing's quantity and a market's price, as read. */
export interface HeldNow {
  quantity: string | number;
  price: string;
  currency: string;
}

/**
 * The back-office change of an offer Refurb Desk sent: the note (a stored message: Back Market's value and the one
 * Refurb Desk sent) and which groups changed. The value sent is the one noted before while its restore has not gone.
 */
export function backOfficeChange(offer: Pick<StoredOffer, 'acceptedValues' | 'changedElsewhere' | 'stockHash' | 'priceHash'>, held: HeldNow): { text: string; stock: boolean; price: boolean } {
  const accepted = offer.acceptedValues;
  const stock = accepted.quantity !== undefined && !sameNumber(accepted.quantity, held.quantity);
  const price = accepted.price !== undefined && Number(held.price) > 0 && !sameNumber(accepted.price, held.price);
  const noted = storedMessage(offer.changedElsewhere || null)?.params ?? {};
  const sentBefore = (key: 'sentQuantity' | 'sentPrice', hash: string, value: string | undefined) => (hash === '' && typeof noted[key] === 'string' && noted[key] !== '' ? (noted[key] as string) : (value ?? ''));
  const quantities = { quantity: held.quantity, sentQuantity: sentBefore('sentQuantity', offer.stockHash, accepted.quantity) };
  const prices = { price: held.price, currency: held.currency, sentPrice: sentBefore('sentPrice', offer.priceHash, accepted.price) };
  // Stored as a code and its values (JSON) so the listings screen words it in the merchant's language.
  const message =
    stock && price ? said('changedElsewhere.quantityAndPrice', { ...quantities, ...prices })
    : stock ? said('changedElsewhere.quantity', quantities)
    : price ? said('changedElsewhere.price', prices)
    : null;
  return { text: storeMessage(message), stock, price };
}

const NO_CHANGE = { text: '', stock: false, price: false };

/** The account's snapshot of a listing taken over and never sent follows what Back Market holds now (read at `now`). */
function followSnapshot(db: Db, country: string, sku: string, listing: ListingPublic, now: string): void {
  db.prepare(
    `UPDATE account_listings SET quantity = @quantity, price = @price, currency = @currency, grade = @grade, comment = @comment, warranty_delay = @warranty,
       publication_state = @publicationState, read_at = @now WHERE country = @country AND sku = @sku`,
  ).run({
    country,
    sku,
    quantity: Number(listing.quantity) || 0,
    price: String(listing.price ?? ''),
    currency: listing.currency ?? '',
    grade: listing.grade ?? '',
    comment: listing.comment ?? '',
    warranty: Number.isFinite(Number(listing.warranty_delay)) ? Number(listing.warranty_delay) : null,
    publicationState: Number.isInteger(listing.publication_state) ? listing.publication_state : null,
    now,
  });
}

function reconcileCountry(ctx: RunContext, country: string, bySku: Map<string, ListingPublic>): number {
  const now = stamp(ctx);
  let changed = 0;
  ctx.db.transaction(() => {
    for (const offer of offersOfCountry(ctx.db, country)) {
      const listing = listingOf(bySku, offer.sku);
      if (!listing) continue;
      const published = offer.status === 'published';
      const diff = published && !offer.takenOverUnsent ? backOfficeChange(offer, { quantity: listing.quantity, price: String(listing.price ?? ''), currency: listing.currency ?? '' }) : NO_CHANGE;
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
          quantity: diff.stock ? String(listing.quantity) : '',
          price: diff.price ? String(listing.price) : '',
        },
        now,
      );
      // Read after applySeen stamped the offer: the account service compares this listing with what was taken over.
      if (published && offer.takenOverUnsent) followSnapshot(ctx.db, country, offer.sku, listing, now);
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

