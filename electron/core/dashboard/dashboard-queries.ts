// Reads the dashboard needs from the catalogue database: orders waiting for the merchant, offers in None per country,
// the outbox's size and age, and the paid orderlines of a window. Plain SQL over a db handle, every value bound.
import type { OrderPlace } from '../../../shared/orders';
import type { Db } from '../db/connection';
import { pendingCount } from '../db/outbox-repo';

export interface WaitingOrderRow {
  order_id: number;
  customer_name: string;
  country_code: string;
  expected_dispatch_date: string;
}

/** Every order in a to-do place: a merchant's open orders are a handful, and deadlines carry offsets, so JS orders them. */
export function waitingOrders(db: Db, place: Extract<OrderPlace, 'to-accept' | 'to-ship'>): WaitingOrderRow[] {
  return db
    .prepare('SELECT order_id, customer_name, country_code, expected_dispatch_date FROM orders WHERE place = ? ORDER BY expected_dispatch_date, order_id')
    .all(place) as WaitingOrderRow[];
}

export function noneOffersByCountry(db: Db): { country: string; count: number }[] {
  return db
    .prepare("SELECT country, count(*) AS count FROM listing_states WHERE status = 'none' GROUP BY country ORDER BY count DESC, country")
    .all() as { country: string; count: number }[];
}

export function pendingChanges(db: Db, waiting?: (db: Db) => number): { count: number; oldestSince: string | null } {
  const count = waiting ? waiting(db) : pendingCount(db);
  // An entry a dry run cut down to no market waits for nothing (its product is kept for the planner alone).
  const oldestSince = count === 0 ? null : (db.prepare("SELECT min(first_changed_at) FROM outbox WHERE countries IS NULL OR countries <> '[]'").pluck().get() as string | null);
  return { count, oldestSince };
}

export interface SoldLineRow {
  order_id: number;
  country_code: string;
  order_currency: string;
  line_currency: string;
  date_creation: string;
  price: string;
  quantity: number;
}

/**
 * Orderlines still paid for (1 to accept, 2 accepted, 3 shipped: not cancelled, refunded or unpaid) of orders created
 * on or after `createdSince` (text comparison; the caller narrows to exact days). An order with such a line is in one
 * of the three places below, so the (place, date_creation) index serves the query.
 */
export const SOLD_LINES_SQL = `SELECT o.order_id, o.country_code, o.currency AS order_currency, l.currency AS line_currency, o.date_creation,
       l.price, l.quantity
  FROM orders o JOIN orderlines l ON l.order_id = o.order_id
 WHERE o.place IN ('to-accept', 'to-ship', 'shipped') AND o.date_creation >= ? AND l.state IN (1, 2, 3)`;

export function soldLines(db: Db, createdSince: string): SoldLineRow[] {
  return db.prepare(SOLD_LINES_SQL).all(createdSince) as SoldLineRow[];
}
