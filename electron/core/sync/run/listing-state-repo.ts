// What the runner writes to listing_states: Back Market's answer for each offer (accepted, refused, held back by the
// pre-flight check), real-time stock that went through, and what GET /ws/listings shows it holds now.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/connection';
import type { BlockedOffer, HeldListing, OfferHashes } from '../plan-types';
import type { MerchantMessage } from '../../../../shared/messages/merchant-message';
import { listingNeverSent } from '../../db/never-sent-sql';

export interface OfferKey {
  productNumber: string;
  country: string;
  sku: string;
}

export interface Accepted extends OfferKey {
  values: Record<string, string>;
  hashes: OfferHashes;
  listingId?: number | undefined;
  listingUuid?: string | undefined;
  backMarketProductId?: string | undefined;
  /** Back Market created new product content from this line: it validates it before the offer goes online. */
  productCreated: boolean;
}

export interface Refused extends OfferKey {
  error: string;
  csvLine: string;
  rejectedHash: string;
  /** Our own words about it as a code, for the grid to word in the merchant's language (none: Back Market's words, shown as written). */
  said?: MerchantMessage;
}

const UPSERT_HEAD = `INSERT INTO listing_states (product_number, country, sku, status, updated_at) VALUES (@productNumber, @country, @sku, 'pending', @now)
  ON CONFLICT(product_number, country) DO NOTHING`;

// Prepared once per connection: a 10,000-line task applies 10,000 answers, and preparing costs more than running.
const statements = new WeakMap<Db, Map<string, Statement>>();
function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

function ensureRow(db: Db, offer: OfferKey, now: string): void {
  prepared(db, UPSERT_HEAD).run({ productNumber: offer.productNumber, country: offer.country, sku: offer.sku, now });
}

export function applyAccepted(db: Db, offer: Accepted, now: string): void {
  ensureRow(db, offer, now);
  prepared(db, 
    `UPDATE listing_states SET sku = @sku, status = 'published', none_source = NULL, change_held = 0, error = '', error_said = '', csv_line = '', accepted_values = @values,
       stock_hash = @stock, price_hash = @price, content_hash = @content, rejected_hash = '',
       listing_id = coalesce(@listingId, listing_id), listing_uuid = coalesce(@listingUuid, listing_uuid), bm_product_id = coalesce(@productId, bm_product_id),
       validating = @validating, publication_state = CASE WHEN @validating = 1 THEN 1 ELSE publication_state END,
       changed_elsewhere = '', last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  ).run({
    productNumber: offer.productNumber,
    country: offer.country,
    sku: offer.sku,
    values: JSON.stringify(offer.values),
    stock: offer.hashes.stock,
    price: offer.hashes.price,
    content: offer.hashes.content,
    listingId: offer.listingId ?? null,
    listingUuid: offer.listingUuid ?? null,
    productId: offer.backMarketProductId ?? null,
    validating: offer.productCreated ? 1 : 0,
    now,
  });
}

export function applyRefused(db: Db, offer: Refused, now: string): void {
  ensureRow(db, offer, now);
  prepared(db, 
    `UPDATE listing_states SET sku = @sku, status = 'none', none_source = 'backmarket', change_held = 0, error = @error, error_said = '', csv_line = @csvLine, rejected_hash = @rejectedHash,
       last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  ).run({ productNumber: offer.productNumber, country: offer.country, sku: offer.sku, error: offer.error, csvLine: offer.csvLine, rejectedHash: offer.rejectedHash, now });
}

/**
 * Back Market did not confirm a line (read-back.ts): a published offer stays published with the note (it still holds its
 * previous values); another is pending while the line goes once more, and None from Back Market once given up on
 * (`rejectedHash` set: not sent again by itself).
 */
export function markUnconfirmed(db: Db, offer: Refused, now: string): void {
  ensureRow(db, offer, now);
  prepared(db, 
    `UPDATE listing_states SET sku = @sku,
       status = CASE WHEN status = 'published' THEN 'published' WHEN @rejectedHash <> '' THEN 'none' ELSE 'pending' END,
       none_source = CASE WHEN status <> 'published' AND @rejectedHash <> '' THEN 'backmarket' ELSE NULL END,
       error = @error, error_said = @errorSaid, csv_line = @csvLine, rejected_hash = @rejectedHash, last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  ).run({ productNumber: offer.productNumber, country: offer.country, sku: offer.sku, error: offer.error, errorSaid: offer.said ? JSON.stringify([offer.said]) : '', csvLine: offer.csvLine, rejectedHash: offer.rejectedHash, now });
}

/**
 * A change Back Market did not take (its catalog post answered 503): the offer keeps its status (a new one stays pending)
 * and says why its change is not there yet; the next accepted push clears the note.
 */
/** How a note left by markNotSent starts: the status model reads it as "not sent: Back Market did not answer". */
export const NOT_SENT_NOTE = 'Not sent: Back Market did not answer';

export function markNotSent(db: Db, offers: readonly OfferKey[], note: string, now: string): void {
  const update = prepared(db, `UPDATE listing_states SET error = @note, error_said = '', updated_at = @now WHERE product_number = @productNumber AND country = @country AND status IN ('published', 'pending')`);
  db.transaction(() => offers.forEach((offer) => update.run({ productNumber: offer.productNumber, country: offer.country, note, now })))();
}

/**
 * Back Market holds this offer in this market (published there, accepted from Refurb Desk or adopted from the account) and
 * has not refused it. A listing id alone is not enough: Back Market keeps one listing per SKU, read back for every market.
 */
const HOLDS_LISTING_SQL = `(task IS NULL AND (status = 'published' OR (status = 'none' AND coalesce(none_source, '') <> 'backmarket' AND (content_hash <> '' OR accepted_values NOT IN ('', '{}')))))`;

/**
 * Held back by the pre-flight check, never sent: None · 'preflight' with its problems when Back Market holds no listing of
 * it, else published as Back Market holds it with its change held back (change_held) and the problems beside it.
 */
export function applyBlocked(db: Db, offer: OfferKey & { problems: string[]; reasons?: readonly MerchantMessage[]; asRead?: HeldListing | 'managed' }, now: string): void {
  ensureRow(db, offer, now);
  if (offer.asRead === 'managed') {
    prepared(
      db,
      `UPDATE listing_states SET change_held = CASE WHEN status = 'published' THEN 1 ELSE change_held END, error = @error, error_said = @errorSaid, updated_at = @now
        WHERE product_number = @productNumber AND country = @country`,
    ).run({
      productNumber: offer.productNumber,
      country: offer.country,
      error: offer.problems.join(' '),
      errorSaid: offer.reasons?.length ? JSON.stringify(offer.reasons) : '',
      now,
    });
    return;
  }
  if (offer.asRead) {
    // Held for the existing account's review: Back Market holds it as read (maybe on sale). Nothing is accepted (the
    // hashes stay empty, so the planner keeps holding it); the reason shows beside what Back Market holds.
    prepared(
      db,
      `UPDATE listing_states SET sku = @sku, status = 'published', none_source = NULL, change_held = 1, error = @error, error_said = @errorSaid, csv_line = '',
         listing_id = @listingId, listing_uuid = @listingUuid, bm_product_id = coalesce(@productId, bm_product_id), publication_state = @publicationState,
         validating = @validating, updated_at = @now
       WHERE product_number = @productNumber AND country = @country`,
    ).run({
      productNumber: offer.productNumber,
      country: offer.country,
      sku: offer.sku,
      error: offer.problems.join(' '),
      errorSaid: offer.reasons?.length ? JSON.stringify(offer.reasons) : '',
      ...offer.asRead,
      validating: offer.asRead.publicationState === 1 ? 1 : 0,
      now,
    });
    return;
  }
  // Back Market holds the listing (accepted, or adopted from the account): it stays what Back Market holds (published, on
  // sale or not), and only the merchant's change is held back. Otherwise the offer is None · held back.
  prepared(
    db,
    `UPDATE listing_states SET sku = @sku, status = CASE WHEN ${HOLDS_LISTING_SQL} THEN 'published' ELSE 'none' END,
       none_source = CASE WHEN ${HOLDS_LISTING_SQL} THEN NULL ELSE 'preflight' END, change_held = CASE WHEN ${HOLDS_LISTING_SQL} THEN 1 ELSE 0 END,
       error = @error, error_said = @errorSaid, csv_line = '', last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  ).run({ productNumber: offer.productNumber, country: offer.country, sku: offer.sku, error: offer.problems.join(' '), errorSaid: offer.reasons?.length ? JSON.stringify(offer.reasons) : '', now });
}

/**
 * Offers recorded as held back whose listing Back Market holds (accepted or adopted) and that are ready now: their status
 * is again what Back Market holds (published, with the publication state last read), and the reason goes.
 */
export function restoreHeld(db: Db, offers: readonly OfferKey[], now: string): void {
  const update = prepared(
    db,
    `UPDATE listing_states SET status = 'published', none_source = NULL, change_held = 0, error = '', error_said = '', updated_at = @now
      WHERE product_number = @productNumber AND country = @country AND ((status = 'none' AND none_source = 'preflight') OR change_held = 1)`,
  );
  db.transaction(() => offers.forEach((offer) => update.run({ productNumber: offer.productNumber, country: offer.country, now })))();
}

/**
 * Offers recorded as None · held back (never on Back Market) that the pre-flight check no longer holds: the offer goes
 * with this sync, so the record of the hold goes (a line Back Market refused as it is stays None from Back Market).
 */
export function releaseHeld(db: Db, offers: readonly OfferKey[], now: string): void {
  const release = prepared(
    db,
    `UPDATE listing_states SET status = 'none', none_source = 'backmarket', updated_at = @now
      WHERE product_number = @productNumber AND country = @country AND status = 'none' AND none_source = 'preflight' AND rejected_hash <> '' AND task IS NULL`,
  );
  const remove = prepared(
    db,
    `DELETE FROM listing_states WHERE product_number = @productNumber AND country = @country AND status = 'none' AND none_source = 'preflight'
       AND rejected_hash = '' AND content_hash = '' AND listing_id IS NULL AND listing_uuid IS NULL AND task IS NULL`,
  );
  db.transaction(() =>
    offers.forEach((offer) => {
      const key = { productNumber: offer.productNumber, country: offer.country };
      release.run({ ...key, now });
      remove.run(key);
    }),
  )();
}

/** Offers recorded as held back in a market the merchant keeps the product off: never sent there, so no record at all. */
export function clearKeptOff(db: Db, offers: readonly OfferKey[]): void {
  const remove = prepared(
    db,
    `DELETE FROM listing_states WHERE product_number = @productNumber AND country = @country AND status = 'none' AND none_source = 'preflight' AND content_hash = '' AND task IS NULL`,
  );
  db.transaction(() => offers.forEach((offer) => remove.run({ productNumber: offer.productNumber, country: offer.country })))();
}

/** Blocked offers read per batch: their products are read again and validated for the messages. */
const BLOCKED_BATCH = 20_000;

/**
 * A plan's blocked offers, recorded in one transaction; `resolve` builds a batch's messages at once (Plan.resolveProblems)
 * rather than one product read per offer.
 */
export function applyBlockedOffers(db: Db, offers: readonly BlockedOffer[], resolve: ((offers: readonly BlockedOffer[]) => void) | undefined, now: string): void {
  db.transaction(() => {
    for (let start = 0; start < offers.length; start += BLOCKED_BATCH) {
      const batch = offers.slice(start, start + BLOCKED_BATCH);
      resolve?.(batch);
      for (const offer of batch) applyBlocked(db, offer, now);
    }
  })();
}

/**
 * Real-time stock went through: every country row of the listing shares the new quantity, and remembers Refurb Desk sent
 * to it (stock_sent_at: the listing is no longer "taken over, never sent", adopted-guard.ts).
 */
export function applyStock(db: Db, productNumber: string, countries: readonly string[], quantity: number, stockHash: string, now: string): void {
  const update = db.prepare(
    `UPDATE listing_states SET stock_hash = @stockHash, accepted_values = json_set(accepted_values, '$.quantity', @quantity),
       changed_elsewhere = '', stock_sent_at = @now, last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  );
  db.transaction(() => countries.forEach((country) => update.run({ productNumber, country, stockHash, quantity: String(quantity), now })))();
}

/**
 * Back Market refused a real-time stock update: the offer shows its words, and the same stock is not sent again until it
 * changes or is retried (the planner's line hash of the new stock with the accepted price and content).
 */
export function applyStockRefused(db: Db, productNumber: string, countries: readonly string[], stockHash: string, error: string, now: string): void {
  const update = db.prepare(
    `UPDATE listing_states SET status = 'none', none_source = 'backmarket', error = @error, error_said = '', csv_line = '',
       rejected_hash = @stockHash || '.' || price_hash || '.' || content_hash, last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  );
  db.transaction(() => countries.forEach((country) => update.run({ productNumber, country, stockHash, error, now })))();
}

export interface StoredOffer {
  productNumber: string;
  sku: string;
  status: string;
  acceptedValues: Record<string, string>;
  stockHash: string;
  priceHash: string;
  /** The back-office change noted before (a stored message), '' for none. */
  changedElsewhere: string;
  /**
   * Taken over from the account (the account read found its listing there) and never in a line Refurb Desk sent: what
   * Back Market holds is the merchant's until they choose otherwise (account/back-office.ts).
   */
  takenOverUnsent: boolean;
}

export function offersOfCountry(db: Db, country: string): StoredOffer[] {
  const rows = db
    .prepare(
      `SELECT product_number, sku, status, accepted_values, stock_hash, price_hash, changed_elsewhere,
         EXISTS (SELECT 1 FROM account_listings a WHERE a.country = s.country AND a.sku = s.sku)
           AND ${listingNeverSent('s')} AS taken_over_unsent
       FROM listing_states s WHERE country = ?`,
    )
    .all(country) as {
    product_number: string;
    sku: string;
    status: string;
    accepted_values: string;
    stock_hash: string;
    price_hash: string;
    changed_elsewhere: string;
    taken_over_unsent: number;
  }[];
  return rows.map((row) => ({
    productNumber: row.product_number,
    sku: row.sku,
    status: row.status,
    acceptedValues: JSON.parse(row.accepted_values) as Record<string, string>,
    stockHash: row.stock_hash,
    priceHash: row.price_hash,
    changedElsewhere: row.changed_elsewhere,
    takenOverUnsent: row.taken_over_unsent === 1,
  }));
}

export interface SeenOnBackMarket {
  listingId: number;
  listingUuid: string;
  backMarketProductId: string;
  publicationState: number;
  /** Text for the grid when Back Market's values differ from what it accepted from us; '' otherwise. */
  changedElsewhere: string;
  clearStockHash: boolean;
  clearPriceHash: boolean;
  /** What Back Market holds now where it changed (accepted_values follows it: the dry run's "before"); '' unchanged. */
  quantity: string;
  price: string;
}

export function applySeen(db: Db, productNumber: string, country: string, seen: SeenOnBackMarket, now: string): void {
  prepared(db, 
    `UPDATE listing_states SET listing_id = @listingId, listing_uuid = @listingUuid, bm_product_id = @productId, publication_state = @publicationState,
       validating = CASE WHEN @publicationState = 1 THEN 1 ELSE 0 END,
       -- A change noted before stays said until the sync that restores the catalogue's value is accepted.
       changed_elsewhere = CASE WHEN @changedElsewhere = '' AND (stock_hash = '' OR price_hash = '') THEN changed_elsewhere ELSE @changedElsewhere END,
       accepted_values = CASE WHEN @quantity = '' AND @price = '' THEN accepted_values WHEN @price = '' THEN json_set(accepted_values, '$.quantity', @quantity)
         WHEN @quantity = '' THEN json_set(accepted_values, '$.price', @price) ELSE json_set(accepted_values, '$.quantity', @quantity, '$.price', @price) END,
       stock_hash = CASE WHEN @clearStock = 1 THEN '' ELSE stock_hash END, price_hash = CASE WHEN @clearPrice = 1 THEN '' ELSE price_hash END,
       last_sync_at = @now, updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  ).run({
    productNumber,
    country,
    listingId: seen.listingId,
    listingUuid: seen.listingUuid,
    productId: seen.backMarketProductId,
    publicationState: seen.publicationState,
    changedElsewhere: seen.changedElsewhere,
    clearStock: seen.clearStockHash ? 1 : 0,
    clearPrice: seen.clearPriceHash ? 1 : 0,
    quantity: seen.quantity,
    price: seen.price,
    now,
  });
}
