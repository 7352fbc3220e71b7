// The order import: every order Back Market changed since the last import (all pages), stored so that importing twice
// changes nothing, and a notice for each order newly waiting to be accepted.
import type { OrderImportReport, NewOrdersEvent } from '../../../shared/orders';
import { parseBackMarketDate, type Order } from '../backmarket';
import type { Db } from '../db/connection';
import { absorbOrders } from './absorb-orders';
import { unsettledActions } from './order-actions';
import type { OrdersContext } from './orders-context';

const CURSOR = 'last_date_modification';
const FIRST_IMPORT = 'first_import_at';

const readState = (db: Db, key: string): string | undefined => db.prepare('SELECT value FROM order_import_state WHERE key = ?').pluck().get(key) as string | undefined;
const writeState = (db: Db, key: string, value: string) =>
  db.prepare('INSERT INTO order_import_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);

/**
 * Back Market's own latest date_modification: its clock, not ours, so no skew loses an order. The >= filter repeats it
 * harmlessly. Kept as RFC 3339 UTC (an offset-less date read as UTC), so the cursor means the same instant in every zone.
 */
function latestModification(orders: readonly Order[], previous: string | undefined): string | undefined {
  let latest = previous === undefined ? undefined : parseBackMarketDate(previous);
  for (const order of orders) {
    const at = order.date_modification === undefined ? undefined : parseBackMarketDate(order.date_modification);
    if (at !== undefined && (latest === undefined || at > latest)) latest = at;
  }
  return latest === undefined ? previous : new Date(latest).toISOString();
}

function announceNewOrders(ctx: OrdersContext, db: Db): void {
  const rows = db
    .prepare("SELECT o.order_id, o.customer_name, o.price, o.currency, o.expected_dispatch_date, (SELECT count(*) FROM orderlines l WHERE l.order_id = o.order_id) AS line_count FROM orders o WHERE o.place = 'to-accept' AND o.notified_at IS NULL ORDER BY o.order_id")
    .all() as { order_id: number; customer_name: string; price: string; currency: string; expected_dispatch_date: string; line_count: number }[];
  if (rows.length === 0) return;
  const mark = db.prepare('UPDATE orders SET notified_at = ? WHERE order_id = ?');
  const now = ctx.stamp();
  db.transaction(() => rows.forEach((row) => mark.run(now, row.order_id)))();
  const event: NewOrdersEvent = {
    orders: rows.map((row) => ({
      orderId: row.order_id,
      customerName: row.customer_name,
      total: row.price,
      currency: row.currency,
      lineCount: row.line_count,
      expectedDispatchDate: row.expected_dispatch_date,
    })),
  };
  ctx.events.emit('orders:new', event);
}

export async function importOrders(ctx: OrdersContext): Promise<OrderImportReport> {
  const since = readState(ctx.db(), CURSOR);
  const received = await ctx.run(async (api) => {
    const orders: Order[] = [];
    for await (const order of api.allOrders(since === undefined ? {} : { date_modification: since })) orders.push(order);
    return orders;
  });
  // A move left unsettled (lost answer, restart) on an order that did not change is settled by reading that order too.
  const listed = new Set(received.map((order) => order.order_id));
  const leftover = [...new Set(unsettledActions(ctx.db()).filter((action) => !ctx.inFlight.has(action.id)).map((action) => action.orderId))].filter((id) => !listed.has(id));
  const reread = await ctx.run(async (api) => Promise.all(leftover.map((orderId) => api.getOrder(orderId))));
  // Read again after the network wait: the mode (and so the database) may have changed meanwhile.
  const db = ctx.db();
  const baseline = readState(db, FIRST_IMPORT) === undefined;
  const absorbed = absorbOrders(ctx, db, received, { baseline });
  absorbOrders(ctx, db, reread, { baseline });
  const latest = latestModification(received, since);
  db.transaction(() => {
    if (latest !== undefined) writeState(db, CURSOR, latest);
    if (baseline) writeState(db, FIRST_IMPORT, ctx.stamp());
  })();
  announceNewOrders(ctx, db);
  const toAccept = db.prepare("SELECT count(*) FROM orders WHERE place = 'to-accept'").pluck().get() as number;
  return {
    received: received.length,
    added: absorbed.outcomes.added,
    updated: absorbed.outcomes.updated,
    unchanged: absorbed.outcomes.unchanged,
    toAccept,
    stockChanges: absorbed.stockChanged.size,
    since: since ?? '',
  };
}
