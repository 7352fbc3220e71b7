// What a sale does to what Back Market holds: it lowers the listing's quantity itself (shared by the listing's markets),
// so the quantity Refurb Desk records as accepted follows, and the next read-back does not take the sale for an edit
// made in the back office. A sale older than the offer's last sync is already in what that sync sent or read: the
// recorded quantity stays. When the catalogue's stock then differs from Back Market's, the product is marked pending so
// the next sync sends the catalogue's stock.
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { stockHashOf } from '../sync/plan/hashes';

export function recordSaleOnBackMarket(db: Db, productNumber: string, quantity: number, localStock: number | null, soldAt: string | undefined, now: string): void {
  const rows = db
    .prepare(
      `SELECT country, CAST(json_extract(accepted_values, '$.quantity') AS INTEGER) AS held, last_sync_at AS lastSyncAt
         FROM listing_states WHERE product_number = ? AND json_extract(accepted_values, '$.quantity') IS NOT NULL`,
    )
    .all(productNumber) as { country: string; held: number; lastSyncAt: string | null }[];
  if (rows.length === 0) return;
  const update = db.prepare(
    `UPDATE listing_states SET accepted_values = json_set(accepted_values, '$.quantity', @held), stock_hash = @hash, changed_elsewhere = '', updated_at = @now
     WHERE product_number = @productNumber AND country = @country`,
  );
  let differs = false;
  for (const row of rows) {
    const soldBefore = soldAt !== undefined && row.lastSyncAt !== null && Date.parse(soldAt) < Date.parse(row.lastSyncAt);
    const held = soldBefore ? row.held : Math.max(0, row.held - quantity);
    update.run({ held: String(held), hash: stockHashOf(String(held)), now, productNumber, country: row.country });
    if (localStock !== null && held !== localStock) differs = true;
  }
  if (differs) markPending(db, productNumber, 'upsert', ['stock'], now);
}
