// offer_min_prices: per offer, the min_price Back Market accepted from Refurb Desk, what its answer said it holds, and a
// value it refused (with its words), so the plan never sends the same min_price twice.
import type { Db } from '../db/connection';

export interface MinPriceRecord {
  sent: string | null;
  held: string | null;
  refused: string | null;
  refusedMessage: string;
  updatedAt: string;
}

/** Back Market accepted `minPrice` (null: cleared) and answered holding `held`. */
export function recordMinPriceAccepted(db: Db, productNumber: string, country: string, minPrice: string | null, held: string | null, at: string): void {
  db.prepare(
    `INSERT INTO offer_min_prices (product_number, country, sent, held, refused, refused_message, updated_at) VALUES (?, ?, ?, ?, NULL, '', ?)
     ON CONFLICT(product_number, country) DO UPDATE SET sent = excluded.sent, held = excluded.held, refused = NULL, refused_message = '', updated_at = excluded.updated_at`,
  ).run(productNumber, country, minPrice, held, at);
}

/** Back Market refused `minPrice` (null: refused clearing, kept as ''): what it holds from before stays recorded. */
export function recordMinPriceRefused(db: Db, productNumber: string, country: string, minPrice: string | null, message: string, at: string): void {
  db.prepare(
    `INSERT INTO offer_min_prices (product_number, country, sent, held, refused, refused_message, updated_at) VALUES (?, ?, NULL, NULL, ?, ?, ?)
     ON CONFLICT(product_number, country) DO UPDATE SET refused = excluded.refused, refused_message = excluded.refused_message, updated_at = excluded.updated_at`,
  ).run(productNumber, country, minPrice ?? '', message, at);
}

export function minPriceRecord(db: Db, productNumber: string, country: string): MinPriceRecord | undefined {
  const row = db.prepare('SELECT sent, held, refused, refused_message, updated_at FROM offer_min_prices WHERE product_number = ? AND country = ?').get(productNumber, country) as
    | { sent: string | null; held: string | null; refused: string | null; refused_message: string; updated_at: string }
    | undefined;
  return row && { sent: row.sent, held: row.held, refused: row.refused, refusedMessage: row.refused_message, updatedAt: row.updated_at };
}
