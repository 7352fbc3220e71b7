// The price the merchant kept for a matched offer, written where the mapping reads prices. With Price mapped to the price
// grid ("Grid only"), an offer taken over from Back Market whose box is empty in a market gets the price kept there:
// the catalogue's where the review said "keep mine", else the one Back Market holds and the offer was taken over at (the
// two agreed, or "keep Back Market's", which writes its own). Without it the sync would find no price there and never
// send the offer, while the review said the price was settled. A box the merchant filled is never overwritten, nor one
// of an offer Refurb Desk has already sent a line for (its price is the merchant's since), nor one the merchant emptied
// (adopted-guard.ts records that as "keep mine" with no price, which keeps it empty). The box remembers it is a copy
// (copied_cents): a new catalogue price replaces it (mapping/price-copies.ts).
import type { MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { listingNeverSent } from '../db/never-sent-sql';

/** The markets whose price the mapping reads from the price grid alone (their own source, else the shared one). */
export function gridPriceMarkets(snapshot: MappingSnapshot, countries: readonly string[]): string[] {
  const price = snapshot.fields.filter((entry) => entry.backMarketField === 'price');
  const shared = price.find((entry) => entry.country === '')?.source;
  return countries.filter((country) => (price.find((entry) => entry.country === country)?.source ?? shared)?.kind === 'price-matrix');
}

/** The kept price (text as the review and the accepted values hold it, "279.00"), in cents; NULL when there is none. */
const KEPT_CENTS = `CAST(round(100 * CAST(nullif(trim(CASE WHEN r.decision = 'mine' THEN r.mine ELSE json_extract(s.accepted_values, '$.price') END), '') AS REAL)) AS INTEGER)`;

/**
 * Fills the empty price-grid boxes of the offers taken over (of these products; all when not given) with the price kept
 * for them, in the markets reading the price grid. Returns how many boxes it filled. Call it inside the transaction of
 * the take-over, or after it.
 */
export function keepPricesInGrid(db: Db, snapshot: MappingSnapshot, countries: readonly string[], productNumbers?: readonly string[]): number {
  const markets = gridPriceMarkets(snapshot, countries);
  if (markets.length === 0 || productNumbers?.length === 0) return 0;
  const only = productNumbers ? 'AND s.product_number IN (SELECT value FROM json_each(@products))' : '';
  return db
    .prepare(
      `INSERT INTO country_prices (product_id, country, price_cents, copied_cents)
       SELECT id, country, cents, cents FROM (
         SELECT p.id AS id, s.country AS country, ${KEPT_CENTS} AS cents
           FROM listing_states s
           JOIN products p ON p.product_number = s.product_number
           LEFT JOIN account_reviews r ON r.product_number = s.product_number AND r.country = s.country AND r.field = 'price' AND r.decision = 'mine'
          WHERE s.country IN (SELECT value FROM json_each(@markets)) ${only}
            AND s.task IS NULL AND (s.stock_hash <> '' OR s.price_hash <> '' OR s.content_hash <> '')
            AND NOT EXISTS (SELECT 1 FROM country_prices cp WHERE cp.product_id = p.id AND cp.country = s.country)
            AND EXISTS (SELECT 1 FROM account_listings a WHERE a.country = s.country AND a.sku = s.product_number COLLATE NOCASE)
            AND ${listingNeverSent('s')}
       ) WHERE cents > 0`,
    )
    .run({ markets: JSON.stringify(markets), ...(productNumbers ? { products: JSON.stringify(productNumbers) } : {}) }).changes;
}
