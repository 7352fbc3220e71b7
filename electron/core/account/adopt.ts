// Takes over what Back Market already holds for catalogue products that have a listing there and that Refurb Desk never
// had accepted (matched SKUs, imported listings): field by field, the catalogue's intent is compared with the listing.
// Equal (or decided "keep Back Market's"): the intent's hash is stored as accepted, so the first sync sends nothing.
// Decided "keep mine": that group's hash is left unequal and the product goes to the outbox, so the sync sends the
// catalogue's value. Undecided: one review row per differing field, and nothing is written to listing_states (the
// planner holds the offer until the merchant decides).
import type { ReviewDecision, ReviewField } from '../../../shared/account';
import { compileContext, type MappingSnapshot, type ValidationContext, type ValidationProduct } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { batchedInsert } from '../db/batched-insert';
import { markPending } from '../db/outbox-repo';
import { compileOfferRules } from '../sync/plan/offer-cells';
import { countryCells, offerValues, productCells } from '../sync/plan/offer-intent';
import { offerProducts } from '../sync/plan/plan-reads';
import type { OfferHashes } from '../sync/plan-types';
import { snapshotOf, type SnapshotListing } from './account-repo';
import { catalogueHeld } from './catalogue-held';
import { carriedPrevious, NO_PREVIOUS, previousOf, type PreviousColumns } from './review';
import { backMarketValues, catalogueValues, COMPARED_FIELDS, GROUP_OF, sameValue } from './offer-fields';

/** A hash no intent ever has: the group it stands for is sent by the next sync (the merchant kept the catalogue's value). */
export const SEND_MINE = 'keep-mine';

export interface AdoptCounts {
  /** Offers whose state was taken over from Back Market. */
  adopted: number;
  /** Offers held for the review (some field differs and is undecided). */
  toReview: number;
}

export interface AdoptOptions {
  /**
   * The decision a new difference gets at once: an import takes Back Market's values as the catalogue's ('backmarket'),
   * so where the mapping cannot hold them (a fixed value) the sync still sends nothing. Default: none (the review asks).
   */
  decideNew?: ReviewDecision;
}

interface Decided extends PreviousColumns {
  backmarket: string;
  mine: string;
  decision: ReviewDecision | null;
  /** None for a decision the import recorded (Back Market's values taken over), not the merchant's. */
  decided_at: string | null;
}

const NONE: ReadonlyMap<ReviewField, Decided> = new Map();

/** Quantity and grade belong to the listing, shared by all its markets: one decision for all of them. */
const SHARED_FIELDS: ReadonlySet<ReviewField> = new Set(['quantity', 'grade']);

/**
 * What an adoption reads per offer, read for all the products at once (an import adopts tens of thousands of offers):
 * the review rows already there, and the offers Refurb Desk manages already (an accepted or in-flight state).
 */
function readsOf(db: Db, productNumbers: readonly string[]) {
  const list = JSON.stringify(productNumbers);
  const key = (productNumber: string, country: string) => `${productNumber}\u0000${country}`;
  const reviews = new Map<string, Map<ReviewField, Decided>>();
  const reviewRows = db
    .prepare(
      `SELECT product_number, country, field, backmarket, mine, decision, decided_at, previous_backmarket, previous_mine, previous_decision, previous_taken_over FROM account_reviews
        WHERE product_number IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as ({ product_number: string; country: string; field: ReviewField } & Decided)[];
  for (const row of reviewRows) {
    const entry = reviews.get(key(row.product_number, row.country)) ?? new Map<ReviewField, Decided>();
    entry.set(row.field, row);
    reviews.set(key(row.product_number, row.country), entry);
  }
  const managed = new Set<string>();
  const stated = new Set<string>();
  const states = db
    .prepare(
      `SELECT product_number, country, (task IS NOT NULL OR stock_hash <> '' OR price_hash <> '' OR content_hash <> '') FROM listing_states
        WHERE product_number IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(list) as [string, string, number][];
  for (const [productNumber, country, isManaged] of states) {
    stated.add(key(productNumber, country));
    if (isManaged) managed.add(key(productNumber, country));
  }
  // Products just imported have neither: no key is built for them.
  return {
    /** Whether listing_states has a row for the offer at all (a new product's offers have none: a plain insert writes them). */
    stated: (productNumber: string, country: string): boolean => stated.size > 0 && stated.has(key(productNumber, country)),
    reviewRowsOf: (productNumber: string, country: string): ReadonlyMap<ReviewField, Decided> => (reviews.size === 0 ? NONE : (reviews.get(key(productNumber, country)) ?? NONE)),
    /** Whether listing_states already holds an accepted (or in-flight) state for the offer: then Refurb Desk manages it already. */
    managed: (productNumber: string, country: string): boolean => managed.size > 0 && managed.has(key(productNumber, country)),
  };
}

// Positional parameters: binding a 13-key object per offer cost a tenth of an import of 30,000 offers. A new offer (no
// row yet: every offer of an imported product) is a plain insert, several rows a statement, the columns not named
// taking their defaults.
const INSERT_STATES = `INSERT INTO listing_states (product_number, country, sku, status, accepted_values, stock_hash, price_hash, content_hash,
    listing_id, listing_uuid, bm_product_id, publication_state, validating, updated_at) VALUES`;
const STATE_ROW = "(?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const WRITE_STATE = `INSERT INTO listing_states (product_number, country, sku, status, none_source, error, csv_line, accepted_values, stock_hash, price_hash, content_hash,
    rejected_hash, listing_id, listing_uuid, bm_product_id, publication_state, validating, changed_elsewhere, task, last_sync_at, updated_at)
  VALUES (?, ?, ?, 'published', NULL, '', '', ?, ?, ?, ?, '', ?, ?, ?, ?, ?, '', NULL, NULL, ?)
  ON CONFLICT(product_number, country) DO UPDATE SET sku = excluded.sku, status = 'published', none_source = NULL, error = '', csv_line = '',
    accepted_values = excluded.accepted_values, stock_hash = excluded.stock_hash, price_hash = excluded.price_hash, content_hash = excluded.content_hash,
    rejected_hash = '', listing_id = excluded.listing_id, listing_uuid = excluded.listing_uuid, bm_product_id = excluded.bm_product_id,
    publication_state = excluded.publication_state, validating = excluded.validating, changed_elsewhere = '', updated_at = excluded.updated_at`;

const productIds = (db: Db, productNumbers: readonly string[]): number[] =>
  db.prepare('SELECT id FROM products WHERE product_number IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(JSON.stringify(productNumbers)) as number[];

/** Compares and adopts one product's offers at a time: an import adopts each product as it writes it, and holds none of them. */
export interface OfferAdopter {
  /** The enabled markets, in the merchant's order. */
  readonly countries: readonly string[];
  readonly counts: AdoptCounts;
  /** The product as the planner reads it (offerProducts), with the listings Back Market holds of it. */
  adopt(product: ValidationProduct, held: readonly SnapshotListing[]): void;
  /** Writes the adopted offers' states: call it before anything reads listing_states, and once at the end. */
  flush(): void;
}

/**
 * The adopter of these products' offers in every market of the context (use it inside a transaction with the writes
 * that led to it). Offers Refurb Desk manages already are left as they are.
 */
export function offerAdopter(db: Db, context: ValidationContext, productNumbers: readonly string[], now: string, options: AdoptOptions = {}): OfferAdopter {
  const counts: AdoptCounts = { adopted: 0, toReview: 0 };
  const rules = compileOfferRules(context);
  const write = db.prepare(WRITE_STATE);
  const inserts = batchedInsert(db, INSERT_STATES, STATE_ROW, 13);
  const inCatalogue = catalogueHeld(db, context);
  const { managed, stated, reviewRowsOf } = readsOf(db, productNumbers);
  const clearReview = db.prepare('DELETE FROM account_reviews WHERE product_number = ? AND country = ?');
  const addReview = db.prepare(
    'INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at, previous_backmarket, previous_mine, previous_decision, previous_taken_over) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const countries = rules.countries.map((country) => country.code);
  const decidedElsewhere = (productNumber: string, field: ReviewField): Decided | undefined => {
    for (const code of countries) {
      const row = reviewRowsOf(productNumber, code).get(field);
      if (row?.decision) return row;
    }
    return undefined;
  };
  const decideNew = options.decideNew ?? null;
  // The states are written a few hundred products at a time, in a tight loop: interleaved with the comparing and hashing
  // of each offer, the same inserts ran at about half the speed.
  const rewrites: unknown[][] = [];
  return {
    countries,
    counts,
    flush() {
      inserts.flush();
      for (const row of rewrites) write.run(row);
      rewrites.length = 0;
    },
    adopt(product, held) {
      const cells = productCells(product, rules);
      for (const countryRules of rules.countries) {
        const listing = listingIn(held, countryRules.code);
        if (!listing || managed(product.productNumber, listing.country)) continue;
        const country = countryCells(cells, countryRules);
        const values = offerValues(rules.base, cells, country);
        const theirs = backMarketValues(listing);
        // As the catalogue holds them: a grade through the condition map, price/quantity/grade the mapping does not read yet from their own columns.
        const mine = inCatalogue.fill(product, listing.country, catalogueValues(values));
        const before = reviewRowsOf(product.productNumber, listing.country);
        if (before.size > 0) clearReview.run(product.productNumber, listing.country);
        // Built only for the offers where the merchant kept a value of the catalogue's (an import has none).
        let send: Set<keyof OfferHashes> | undefined;
        let sentFields: string[] | undefined;
        let undecided = 0;
        for (const field of COMPARED_FIELDS) {
          if (sameValue(field, theirs[field], mine[field])) continue;
          // Quantity and grade are one per listing: a market read later takes the decision its other markets had.
          const known = before.get(field) ?? (SHARED_FIELDS.has(field) ? decidedElsewhere(product.productNumber, field) : undefined);
          // A decision stands while both values are those it was taken on.
          const stands = known && known.backmarket === theirs[field] && known.mine === mine[field];
          const decision = stands ? known.decision : decideNew;
          // Asked again: the decision that no longer stands is kept with its values, so the review says what changed.
          const previous = decision === null ? carriedPrevious(known && { ...known, previous: previousOf(known) }) : NO_PREVIOUS;
          // The import's own decision (decideNew) has no time: Back Market's values taken over, not chosen by the merchant.
          addReview.run(product.productNumber, listing.country, field, theirs[field], mine[field], decision, stands ? known.decided_at : null, ...previous);
          if (decision === null) undecided += 1;
          else if (decision === 'mine') {
            (send ??= new Set()).add(GROUP_OF[field]);
            (sentFields ??= []).push(field);
          }
        }
        if (undecided > 0) {
          counts.toReview += 1;
          continue;
        }
        // What Back Market holds: the intent's cells (built for this offer alone), with the listing's own values over the five it shows.
        // A value kept as the catalogue's where Back Market holds none: none is what it holds (the planner compares with it).
        for (const field of COMPARED_FIELDS) if (theirs[field] !== '') values[field] = theirs[field];
        else if (sentFields?.includes(field)) delete values[field];
        const { hashes } = country;
        const accepted = JSON.stringify(values);
        const stock = send?.has('stock') ? SEND_MINE : hashes.stock;
        const price = send?.has('price') ? SEND_MINE : hashes.price;
        const content = send?.has('content') ? SEND_MINE : hashes.content;
        const { listingId, publicationState } = listing;
        const uuid = listing.listingUuid || null;
        const bmProduct = listing.productId || null;
        const validating = publicationState === 1 ? 1 : 0;
        if (stated(product.productNumber, listing.country)) {
          rewrites.push([product.productNumber, listing.country, listing.sku, accepted, stock, price, content, listingId, uuid, bmProduct, publicationState, validating, now]);
        } else {
          inserts.pending.push(product.productNumber, listing.country, listing.sku, accepted, stock, price, content, listingId, uuid, bmProduct, publicationState, validating, now);
        }
        if (sentFields) markPending(db, product.productNumber, 'upsert', sentFields, now, [listing.country]);
        counts.adopted += 1;
      }
    },
  };
}

/** A product's listing in one market (a product has a handful: no index is worth building). */
function listingIn(held: readonly SnapshotListing[], country: string): SnapshotListing | undefined {
  for (const listing of held) if (listing.country === country) return listing;
  return undefined;
}

/**
 * Compares and adopts the offers of these products in every market of the snapshot (call it inside a transaction with
 * the writes that led to it). Offers Refurb Desk manages already are left as they are.
 */
export function adoptOffers(db: Db, snapshot: MappingSnapshot, productNumbers: readonly string[], now: string, options: AdoptOptions = {}): AdoptCounts {
  if (productNumbers.length === 0) return { adopted: 0, toReview: 0 };
  const context = compileContext(snapshot);
  const adopter = offerAdopter(db, context, productNumbers, now, options);
  const listings = snapshotOf(db, productNumbers, adopter.countries);
  for (const product of offerProducts(db, context, productIds(db, productNumbers))) {
    const held = listings.get(product.productNumber);
    if (held) adopter.adopt(product, held);
  }
  adopter.flush();
  return adopter.counts;
}
