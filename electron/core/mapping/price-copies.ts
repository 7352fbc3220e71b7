// Price-grid boxes Refurb Desk filled itself and a new catalogue price. A box holding the price Refurb Desk copied into
// it (copied_cents: a price kept in the existing-account review, Back Market's price of a listing imported) is no price
// the merchant chose in the Prices screen: when the merchant gives the product a new catalogue price (a CSV, the product
// form, the catalogue grid), the box takes it, so the sync sends the merchant's new price rather than the copy. A box the
// merchant set stays as it is (it wins over the catalogue price, as the grid always has): the import report names it.
// Only markets where the catalogue price is the merchant's price: selling in its currency (EUR is no price in pounds),
// Price read from the grid or the catalogue price (a market reading a free column or a fixed value never took it).
import { findMarketChoice } from '../../../shared/connection';
import { PLATFORM_CURRENCY } from '../../../shared/mapping';
import type { Db } from '../db/connection';
import { fieldMappings } from './mapping-repo';

/** A box that kept its own price over the product's new catalogue price (cents). */
export interface BoxKept {
  productId: number;
  country: string;
  boxCents: number;
  catalogueCents: number;
}

/** Whether the catalogue price is a market's price, as the mapping's price source there says (its own, else the shared one). */
function catalogueMarkets(db: Db): (country: string) => boolean {
  const mapped = fieldMappings(db).filter((entry) => entry.backMarketField === 'price');
  const shared = mapped.find((entry) => entry.country === '')?.source ?? null;
  return (country) => {
    if ((findMarketChoice(country)?.currency ?? PLATFORM_CURRENCY) !== PLATFORM_CURRENCY) return false;
    const source = mapped.find((entry) => entry.country === country)?.source ?? shared;
    return !source || source.kind === 'price-matrix' || (source.kind === 'field' && source.field === 'price');
  };
}

/**
 * The copied boxes of these products take the product's catalogue price as it is now (call it after writing the new
 * price, in the same transaction); returns the boxes of another price the merchant set, which keep theirs. A product
 * without a catalogue price leaves its boxes as they are.
 */
export function followCataloguePrice(db: Db, productIds: readonly number[]): BoxKept[] {
  if (productIds.length === 0) return [];
  const boxes = db
    .prepare(
      `SELECT cp.product_id AS productId, cp.country, cp.price_cents AS boxCents, cp.copied_cents AS copiedCents, p.price_cents AS catalogueCents
         FROM country_prices cp JOIN products p ON p.id = cp.product_id
        WHERE cp.product_id IN (SELECT value FROM json_each(?)) AND p.price_cents IS NOT NULL AND cp.price_cents <> p.price_cents
        ORDER BY cp.product_id, cp.country`,
    )
    .all(JSON.stringify(productIds)) as (BoxKept & { copiedCents: number | null })[];
  // Most products have no box of another price: the mapping is read only when one does.
  if (boxes.length === 0) return [];
  const follow = db.prepare('UPDATE country_prices SET price_cents = @cents, copied_cents = @cents WHERE product_id = @productId AND country = @country');
  const kept: BoxKept[] = [];
  const followsCatalogue = catalogueMarkets(db);
  for (const { copiedCents, ...box } of boxes) {
    if (!followsCatalogue(box.country)) continue;
    if (copiedCents === box.boxCents) follow.run({ cents: box.catalogueCents, productId: box.productId, country: box.country });
    else kept.push(box);
  }
  return kept;
}

/** Writes a box as a copy Refurb Desk made (a price of Back Market's kept in the review), replacing what it held. */
export function setCopiedPrice(db: Db, productId: number, country: string, cents: number): void {
  db.prepare(
    `INSERT INTO country_prices (product_id, country, price_cents, copied_cents) VALUES (?, ?, ?, ?)
     ON CONFLICT(product_id, country) DO UPDATE SET price_cents = excluded.price_cents, copied_cents = excluded.copied_cents`,
  ).run(productId, country, cents, cents);
}
