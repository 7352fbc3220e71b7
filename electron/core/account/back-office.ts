// What Back Market holds, read again (an account read from Settings, or the sync's read of the listings), for the offers
// Refurb Desk manages: what the app knows Back Market holds (listing_states.accepted_values, the dry run's "before" and
// the grid's) follows what was read. A change made on Back Market is never overwritten unseen:
// - an offer Refurb Desk sent is the merchant's: Back Market's new quantity or price is noted in the grid with the value
//   Refurb Desk sent, and the next sync restores the catalogue's value, the dry run showing « 5 → 9 » (reconcile.ts);
// - an offer taken over from the account and never sent holds values the merchant never chose: Back Market's new value is
//   not undone. Where the catalogue still differs from it, the review asks again — "Back Market's value went from 9 (taken
//   over) to 5" — and the offer is held until the merchant decides (adopted-guard.ts). The catalogue is not changed on
//   the merchant's behalf: its value may be one of theirs (a matched SKU, a stock file) that only happened to equal
//   Back Market's, or one the mapping reads from a fixed value or a price grid.
import type { ReviewField } from '../../../shared/account';
import type { MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { backOfficeChange } from '../sync/run/reconcile';
import { guardAdoptedOffers, type AdoptedOffer } from './adopted-guard';
import { backMarketValues, COMPARED_FIELDS, sameValue } from './offer-fields';
import type { SnapshotListing } from './account-repo';
import { listingNeverSent } from '../db/never-sent-sql';

/** A managed offer's state beside the listing values the account read found for it. */
type ManagedRow = Pick<SnapshotListing, 'country' | 'sku' | 'grade' | 'quantity' | 'price' | 'currency' | 'comment' | 'warrantyDelay'> & {
  productNumber: string;
  acceptedValues: string;
  stockHash: string;
  priceHash: string;
  changedElsewhere: string;
  unsent: number;
};

/**
 * The managed offers (an accepted state, no task in flight) of these markets whose listing the snapshot read after the
 * offer's state last changed: a sale or a sync since the read is newer than the snapshot, which then says nothing new.
 */
function managedOffers(db: Db, countries: readonly string[]): ManagedRow[] {
  return db
    .prepare(
      `SELECT s.product_number AS productNumber, s.country, s.accepted_values AS acceptedValues, s.stock_hash AS stockHash, s.price_hash AS priceHash,
         s.changed_elsewhere AS changedElsewhere,
         ${listingNeverSent('s')} AS unsent,
         a.sku, a.grade, a.quantity, a.price, a.currency, a.comment, a.warranty_delay AS warrantyDelay
       FROM listing_states s JOIN account_listings a ON a.country = s.country AND a.sku = s.sku
       WHERE s.country IN (SELECT value FROM json_each(?)) AND s.task IS NULL AND s.status = 'published'
         AND (s.stock_hash <> '' OR s.price_hash <> '' OR s.content_hash <> '') AND a.read_at >= s.updated_at
       ORDER BY s.product_number, s.country`,
    )
    .all(JSON.stringify(countries)) as ManagedRow[];
}

const asListing = (row: ManagedRow): SnapshotListing => ({
  country: row.country,
  sku: row.sku,
  listingId: null,
  listingUuid: '',
  productId: '',
  title: '',
  grade: row.grade,
  quantity: row.quantity,
  price: row.price,
  currency: row.currency,
  comment: row.comment,
  warrantyDelay: row.warrantyDelay,
  publicationState: null,
});

export interface Followed {
  /** Offers whose known Back Market values changed. */
  changed: number;
  /** Of those taken over and never sent, the offers held for the review. */
  held: number;
}

/**
 * Brings what the app knows Back Market holds up to the last read, in these markets (call it once a market's snapshot
 * was replaced, or once the sync's read refreshed it).
 */
export function followBackMarket(db: Db, snapshot: MappingSnapshot, countries: readonly string[], now: string): Followed {
  const rows = managedOffers(db, countries);
  if (rows.length === 0) return { changed: 0, held: 0 };
  const setAccepted = db.prepare('UPDATE listing_states SET accepted_values = ?, updated_at = ? WHERE product_number = ? AND country = ?');
  const noteSent = db.prepare(
    `UPDATE listing_states SET accepted_values = @values, changed_elsewhere = @note, stock_hash = CASE WHEN @stock = 1 THEN '' ELSE stock_hash END,
       price_hash = CASE WHEN @price = 1 THEN '' ELSE price_hash END, updated_at = @now WHERE product_number = @productNumber AND country = @country`,
  );
  const offers: AdoptedOffer[] = [];
  const takenOverAt = new Map<string, Partial<Record<ReviewField, string>>>();
  let changed = 0;
  db.transaction(() => {
    for (const row of rows) {
      const accepted = JSON.parse(row.acceptedValues) as Record<string, string>;
      const theirs = backMarketValues(asListing(row));
      if (row.unsent !== 1) {
        const diff = backOfficeChange({ acceptedValues: accepted, changedElsewhere: row.changedElsewhere, stockHash: row.stockHash, priceHash: row.priceHash }, { quantity: theirs.quantity, price: theirs.price, currency: row.currency });
        if (!diff.stock && !diff.price) continue;
        if (diff.stock) accepted.quantity = theirs.quantity;
        if (diff.price) accepted.price = theirs.price;
        noteSent.run({ values: JSON.stringify(accepted), note: diff.text, stock: diff.stock ? 1 : 0, price: diff.price ? 1 : 0, now, productNumber: row.productNumber, country: row.country });
        changed += 1;
        continue;
      }
      const was: Partial<Record<ReviewField, string>> = {};
      for (const field of COMPARED_FIELDS) {
        const known = accepted[field] ?? '';
        if (sameValue(field, known, theirs[field])) continue;
        was[field] = known;
        accepted[field] = theirs[field];
      }
      if (Object.keys(was).length === 0) continue;
      setAccepted.run(JSON.stringify(accepted), now, row.productNumber, row.country);
      offers.push({ productNumber: row.productNumber, country: row.country, quantity: theirs.quantity });
      takenOverAt.set(`${row.productNumber}\u0000${row.country}`, was);
      changed += 1;
    }
  })();
  // Where the catalogue still says otherwise, the review asks (the offer is held meanwhile); equal, nothing to ask.
  const held = offers.length > 0 ? guardAdoptedOffers(db, snapshot, now, countries, '', 'mapping', { offers, takenOverAt }) : 0;
  return { changed, held };
}
