// The local stock an orderline moves, each change exactly once per orderline (the ledger's primary key sees to it):
// a paid line lowers products.stock without marking it pending (Back Market lowered its own already, and the quantity
// recorded as accepted follows it); a cancelled line (or one refunded before it shipped) puts it back and marks it
// pending, since Back Market does not: the next sync sends the stock in real time.
import type { OrderLine } from '../backmarket';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { PAID_STATES, RESTOCKED_STATES } from './order-place';
import { recordSaleOnBackMarket } from './sale-on-back-market';

type MoveKind = 'sold' | 'restored';

/** The merchant's product for a SKU: the exact product number first, then one differing only in case, as Back Market matches. */
export function productNumberFor(db: Db, sku: string): string | undefined {
  return (
    (db.prepare('SELECT product_number FROM products WHERE product_number = ?').pluck().get(sku) as string | undefined) ??
    (db.prepare('SELECT product_number FROM products WHERE product_number = ? COLLATE NOCASE ORDER BY id LIMIT 1').pluck().get(sku) as string | undefined)
  );
}

/**
 * Claims the move for the orderline; applies `delta` to the product's stock only when the claim is new. Returns the
 * product number whose stock changed, if any. `apply: false` records the move as done without touching the stock.
 */
function claim(db: Db, orderlineId: number, kind: MoveKind, sku: string, delta: number, now: string, note: string, apply = true, soldAt?: string): string | undefined {
  const productNumber = apply ? productNumberFor(db, sku) : undefined;
  const current = productNumber === undefined ? null : (db.prepare('SELECT stock FROM products WHERE product_number = ?').pluck().get(productNumber) as number | null);
  // A product whose stock was never given stays unknown; stock never goes below 0.
  const next = current === null ? null : Math.max(0, current + delta);
  const applied = current === null || next === null ? 0 : next - current;
  const inserted = db
    .prepare('INSERT OR IGNORE INTO order_stock_moves (orderline_id, kind, sku, delta, note, applied_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(orderlineId, kind, sku, applied, note, now).changes;
  if (inserted === 0 || productNumber === undefined) return undefined;
  // Back Market lowered its quantity by the line's, whatever the catalogue's stock was.
  if (kind === 'sold') recordSaleOnBackMarket(db, productNumber, -delta, next, soldAt, now);
  if (applied === 0) return undefined;
  db.prepare('UPDATE products SET stock = ?, updated_at = ? WHERE product_number = ?').run(next, now, productNumber);
  if (kind === 'restored') markPending(db, productNumber, 'upsert', ['stock'], now);
  return productNumber;
}

export interface StockOptions {
  /** The first import records the history it finds without moving stock, except for lines still to process. */
  baseline: boolean;
}

/** Applies what this orderline's state means for the local stock; returns the product numbers whose stock changed. */
export function applyStockMoves(db: Db, line: OrderLine, now: string, options: StockOptions): string[] {
  const changed: string[] = [];
  const quantity = line.quantity ?? 1;
  // History older than Refurb Desk is already in the merchant's stock figures; open lines are not yet, or were just sold.
  const apply = !options.baseline || line.state === 1 || line.state === 2;
  if (PAID_STATES.includes(line.state)) {
    const product = claim(db, line.id, 'sold', line.listing, -quantity, now, apply ? 'paid on Back Market' : 'before the first import', apply, line.date_creation);
    if (product) changed.push(product);
  }
  if (RESTOCKED_STATES.includes(line.state)) {
    const product = claim(db, line.id, 'restored', line.listing, quantity, now, apply ? 'cancelled' : 'before the first import', apply);
    if (product) changed.push(product);
  }
  return changed;
}

/**
 * Before a cancellation with stock set to 0 is sent: the line's stock will not come back. Claimed ahead so an import
 * that sees the cancellation first cannot restore it; released if Back Market refuses the cancellation.
 */
export function holdRestore(db: Db, orderlineId: number, sku: string, now: string): boolean {
  return db.prepare("INSERT OR IGNORE INTO order_stock_moves (orderline_id, kind, sku, delta, note, applied_at) VALUES (?, 'restored', ?, 0, 'stock set to 0', ?)").run(orderlineId, sku, now).changes === 1;
}

export function releaseRestore(db: Db, orderlineId: number): void {
  db.prepare("DELETE FROM order_stock_moves WHERE orderline_id = ? AND kind = 'restored' AND note = 'stock set to 0'").run(orderlineId);
}

/** Sets the product's local stock to 0 (a stock mistake); returns its product number when there is one. */
export function zeroStock(db: Db, sku: string, now: string): string | undefined {
  const productNumber = productNumberFor(db, sku);
  if (productNumber === undefined) return undefined;
  db.prepare('UPDATE products SET stock = 0, updated_at = ? WHERE product_number = ?').run(now, productNumber);
  return productNumber;
}
