// What a sale does to what Back Market holds: it lowers the listing's quantity itself (shared by the listing's markets),
// so the quantity Refurb Desk records as accepted follows, and the next read-back does not take the sale for an edit
// made in the back office. When the catalogue's stock then differs from Back Market's (it already did before the sale),
// the product is marked pending so the next sync sends the catalogue's stock.
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { stockHashOf } from '../sync/plan/hashes';

export function recordSaleOnBackMarket(db: Db, productNumber: string, quantity: number, localStock: number | null, now: string): void {
  const rows = db
    .prepare(`SELECT country, CAST(json_extract(accepted_values, '$.quantity') AS INTEGER) AS held FROM listing_states WHERE product_number = ? AND json_extract(accepted_values, '$.quantity') IS NOT NULL`)
    .all(productNumber) as { country: string; held: number }[];
  if (rows.length === 0) return;
  const update = db.prepare(
    `UPDATE listing_states SET accepted_values = json_set(accepted_values, '$.quantity', @held), stock_hash = @hash, changed_elsewhere = '', updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  );
  let differs = false;
  for (const row of rows) {
    const held = Math.max(0, row.held - quantity);
    update.run({ held: String(held), hash: stockHashOf(String(held)), now, productNumber, country: row.country });
    if (localStock !== null && held !== localStock) differs = true;
  }
  if (differs) markPending(db, productNumber, 'upsert', ['stock'], now);
}
