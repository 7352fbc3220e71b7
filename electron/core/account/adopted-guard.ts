// Offers taken over from Back Market (adopt.ts) that Refurb Desk has never sent a line for: what Back Market holds there
// is still the merchant's until they choose otherwise. A change that sets many offers' values at once without the
// merchant choosing any of them — a mapping change ("Map every suggested field"), a value map, a new read of the account,
// a CSV import (the file's values were never weighed against Back Market's: the same row that adds a product goes to the
// review, so it does when it updates one) — that makes such an offer's price, quantity, grade, comment or warranty differ
// from what Back Market holds is not sent silently: the difference goes back to the review, undecided, and the offer is
// held as on the first import (its accepted hashes cleared: the planner holds it; the review's decision takes it over
// again). An edit of the product's own values (a price typed in the Prix screen, a product saved, units or stock set) is
// the merchant's choice: the value it changed is recorded as decided "keep mine" and goes with the next sync. A box of
// the price grid the merchant emptied is such an edit too: "mine" is no price there (never the catalogue's own price
// filled in for comparison), so the price kept is not written back into it (kept-prices.ts). A decision already made
// stands only while both values are those it was made on. Offers of a listing Refurb Desk has sent to (a task line in
// any of its markets, or its stock in real time) are the merchant's: their changes go as they always did.
import type { ReviewDecision, ReviewField } from '../../../shared/account';
import { compileContext, type MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { compileOfferRules } from '../sync/plan/offer-cells';
import { countryCells, offerValues, productCells } from '../sync/plan/offer-intent';
import { offerProducts } from '../sync/plan/plan-reads';
import { snapshotOf } from './account-repo';
import { catalogueHeld } from './catalogue-held';
import { gridPriceMarkets } from './kept-prices';
import { carriedPrevious, NO_PREVIOUS, previousOf, takenOverPrevious, type PreviousColumns } from './review';
import { backMarketValues, catalogueValues, COMPARED_FIELDS, sameValue } from './offer-fields';
import { listingNeverSent } from '../db/never-sent-sql';

interface Decided extends PreviousColumns {
  backmarket: string;
  mine: string;
  decision: ReviewDecision | null;
  /** None for a decision the import recorded (Back Market's values taken over), not the merchant's. */
  decided_at: string | null;
}

/** An offer taken over and never sent, as the guard compares it: the quantity Back Market was last known to hold. */
export interface AdoptedOffer {
  productNumber: string;
  country: string;
  quantity: string | null;
}

export interface GuardOptions {
  /** Compare these offers (taken over, never sent) rather than those the outbox says changed. */
  offers?: readonly AdoptedOffer[];
  /**
   * Per offer (product number + NUL + country), the values Refurb Desk took over that Back Market has changed since: a
   * row asked for one of them with no decision before says it was taken over with that value (no choice was made).
   */
  takenOverAt?: ReadonlyMap<string, Partial<Record<ReviewField, string>>>;
}

/**
 * What made the products change: 'mapping' (many offers at once, values nobody chose: every new difference is asked) or
 * 'edit' (the merchant set the product's own values: a value the edit changed is their choice).
 */
export type GuardCause = 'mapping' | 'edit';

/** Quantity and grade belong to the listing, shared by all its markets: a decision made in one market stands in the others. */
const SHARED_FIELDS: ReadonlySet<ReviewField> = new Set(['quantity', 'grade']);

/**
 * The offers to look at again: of a product the outbox says changed (a catalogue edit or a mapping change marks it), in
 * an enabled market, taken over (an accepted state, no task in flight), of a listing the account read found, and of a
 * listing Refurb Desk never sent to. The listing, not the market: its quantity and grade are one for all its markets, and
 * once a line went to any of them (or its stock in real time) Refurb Desk manages it, so a CSV's new values are the
 * merchant's edit and go like any other (a price sent in France and a quantity held as "never sent" in Germany was the
 * second CSV of review 24). Returns product number, country and the quantity Back Market was last known to hold.
 */
function adoptedUnsent(db: Db, countries: readonly string[], since: string): AdoptedOffer[] {
  return db
    .prepare(
      `SELECT s.product_number AS productNumber, s.country, CAST(json_extract(s.accepted_values, '$.quantity') AS TEXT) AS quantity
         FROM outbox o JOIN listing_states s ON s.product_number = o.product_number
        WHERE o.change = 'upsert' AND o.last_changed_at >= ? AND s.country IN (SELECT value FROM json_each(?)) AND s.task IS NULL
          AND (s.stock_hash <> '' OR s.price_hash <> '' OR s.content_hash <> '')
          AND EXISTS (SELECT 1 FROM account_listings a WHERE a.country = s.country AND a.sku = s.product_number COLLATE NOCASE)
          AND ${listingNeverSent('s')}
        ORDER BY s.product_number, s.country`,
    )
    .all(since, JSON.stringify(countries)) as AdoptedOffer[];
}

/**
 * Compares the changed offers taken over from Back Market and never sent with what Back Market holds; those whose
 * difference the merchant has not decided go back to the review and are held. `since`: only products changed at or
 * after this time (the previous look: an edit after a mapping change that marked every product does not compare them
 * all again). Returns how many offers it held.
 */
export function guardAdoptedOffers(db: Db, snapshot: MappingSnapshot, now: string, countries: readonly string[], since = '', cause: GuardCause = 'mapping', options: GuardOptions = {}): number {
  const candidates = options.offers ?? adoptedUnsent(db, countries, since);
  if (candidates.length === 0) return 0;
  const context = compileContext(snapshot);
  const rules = compileOfferRules(context);
  const byProduct = new Map<string, Map<string, string | null>>();
  for (const { productNumber, country, quantity } of candidates) {
    const markets = byProduct.get(productNumber) ?? new Map<string, string | null>();
    markets.set(country, quantity);
    byProduct.set(productNumber, markets);
  }
  const productNumbers = [...byProduct.keys()];
  const list = JSON.stringify(productNumbers);
  const listings = snapshotOf(db, productNumbers, rules.countries.map((country) => country.code));
  const reviews = new Map<string, Map<ReviewField, Decided>>();
  const rowKey = (productNumber: string, country: string) => `${productNumber}\u0000${country}`;
  for (const row of db
    .prepare(
      `SELECT product_number, country, field, backmarket, mine, decision, decided_at, previous_backmarket, previous_mine, previous_decision, previous_taken_over FROM account_reviews
        WHERE field <> 'market' AND product_number IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as ({ product_number: string; country: string; field: ReviewField } & Decided)[]) {
    const entry = reviews.get(rowKey(row.product_number, row.country)) ?? new Map<ReviewField, Decided>();
    entry.set(row.field, row);
    reviews.set(rowKey(row.product_number, row.country), entry);
  }
  const ids = db.prepare('SELECT id FROM products WHERE product_number IN (SELECT value FROM json_each(?)) ORDER BY id').pluck().all(list) as number[];
  const inCatalogue = catalogueHeld(db, context);
  // Where the price is read from the price grid alone, the boxes of these offers were filled with the price kept when they
  // were taken over (keepPricesInGrid runs first): an empty one is the merchant's.
  const gridMarkets = new Set(gridPriceMarkets(snapshot, countries));
  const clearReview = db.prepare("DELETE FROM account_reviews WHERE product_number = ? AND country = ? AND field <> 'market'");
  const dropRow = db.prepare('DELETE FROM account_reviews WHERE product_number = ? AND country = ? AND field = ?');
  const addReview = db.prepare(
    'INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at, previous_backmarket, previous_mine, previous_decision, previous_taken_over) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const hold = db.prepare("UPDATE listing_states SET stock_hash = '', price_hash = '', content_hash = '', updated_at = ? WHERE product_number = ? AND country = ?");
  // A sale on Back Market since the read lowered the listing's quantity (accepted_values follows it): the review and the
  // take-over after it compare with that, not with the quantity read before the sale.
  const followSale = db.prepare('UPDATE account_listings SET quantity = ? WHERE sku = ? COLLATE NOCASE AND quantity <> ?');
  let held = 0;

  db.transaction(() => {
    for (const product of offerProducts(db, context, ids)) {
      const markets = byProduct.get(product.productNumber);
      const onBackMarket = listings.get(product.productNumber);
      if (!markets || !onBackMarket) continue;
      const cells = productCells(product, rules);
      const decidedElsewhere = (field: ReviewField, theirs: string, mine: string): Decided | undefined => {
        for (const code of markets.keys()) {
          const row = reviews.get(rowKey(product.productNumber, code))?.get(field);
          if (row?.decision && row.backmarket === theirs && row.mine === mine) return row;
        }
        return undefined;
      };
      for (const countryRules of rules.countries) {
        if (!markets.has(countryRules.code)) continue;
        const listing = onBackMarket.find((entry) => entry.country === countryRules.code);
        if (!listing) continue;
        const values = offerValues(rules.base, cells, countryCells(cells, countryRules));
        const asMapped = catalogueValues(values);
        const boxEmptied = gridMarkets.has(listing.country) && asMapped.price === '';
        const mine = inCatalogue.fill(product, listing.country, asMapped);
        if (boxEmptied) mine.price = '';
        const theirs = backMarketValues(listing);
        const accepted = markets.get(countryRules.code);
        if (accepted !== null && accepted !== undefined && accepted !== '') theirs.quantity = accepted;
        const before = reviews.get(rowKey(product.productNumber, listing.country));
        const differing: { field: ReviewField; decision: ReviewDecision | null; decidedAt: string | null; chosen: boolean }[] = [];
        for (const field of COMPARED_FIELDS) {
          if (sameValue(field, theirs[field], mine[field])) continue;
          const known = before?.get(field);
          const stands = known?.decision && known.backmarket === theirs[field] && known.mine === mine[field] ? known : SHARED_FIELDS.has(field) ? decidedElsewhere(field, theirs[field], mine[field]) : undefined;
          // An edit chose the value it changed (one the review never saw, or not the one it showed); a value it left as
          // the review last saw it is asked again (Back Market's side changed).
          const chosen = !stands && cause === 'edit' && known?.mine !== mine[field];
          differing.push({ field, decision: stands?.decision ?? (chosen ? 'mine' : null), decidedAt: stands ? stands.decided_at : chosen ? now : null, chosen });
        }
        if (!differing.some((entry) => entry.decision === null)) {
          // Nothing to ask: the values chosen are recorded (a later mapping change keeps them while they stand) and the
          // offer stays taken over, so the sync sends them.
          for (const { field } of differing.filter((entry) => entry.chosen)) {
            dropRow.run(product.productNumber, listing.country, field);
            addReview.run(product.productNumber, listing.country, field, theirs[field], mine[field], 'mine', now, ...NO_PREVIOUS);
          }
          continue;
        }
        if (theirs.quantity !== String(listing.quantity)) followSale.run(Number(theirs.quantity), listing.sku, Number(theirs.quantity));
        clearReview.run(product.productNumber, listing.country);
        // A row asked again keeps the decision that no longer stands, and its values: the review says what changed since.
        const takenOver = options.takenOverAt?.get(rowKey(product.productNumber, listing.country));
        for (const { field, decision, decidedAt } of differing) {
          const known = before?.get(field);
          const was = takenOver?.[field];
          const previous = decision ? NO_PREVIOUS : known || was === undefined ? carriedPrevious(known && { ...known, previous: previousOf(known) }) : takenOverPrevious(was);
          addReview.run(product.productNumber, listing.country, field, theirs[field], mine[field], decision, decidedAt, ...previous);
        }
        hold.run(now, product.productNumber, listing.country);
        held += 1;
      }
    }
  })();
  return held;
}
