// The catalogue's products without a category, split by whether Back Market already holds them: a category (and a
// brand) is needed only to create a product on Back Market, so an imported product already on sale there lacks nothing.
import type { Db } from '../db/connection';

/** Back Market holds a listing of the product in some market (accepted, or adopted from the account read). */
const HELD_ON_BACK_MARKET = `EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = p.product_number
    AND (s.content_hash <> '' OR s.listing_id IS NOT NULL OR s.listing_uuid IS NOT NULL))
  OR EXISTS (SELECT 1 FROM account_listings a WHERE a.sku = p.product_number COLLATE NOCASE)`;

export function uncategorised(db: Db): { uncategorisedProducts: number; uncategorisedOnBackMarket: number } {
  const row = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(CASE WHEN ${HELD_ON_BACK_MARKET} THEN 1 ELSE 0 END), 0) AS held
         FROM products p WHERE p.category IS NULL OR p.category = ''`,
    )
    .get() as { total: number; held: number };
  return { uncategorisedProducts: row.total - row.held, uncategorisedOnBackMarket: row.held };
}
