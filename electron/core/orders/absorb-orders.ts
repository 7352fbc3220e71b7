// Takes orders as Back Market answered them into SQLite in one transaction: the orders themselves, the stock their
// orderlines move (once each), and the recorded moves they prove done.
import type { Order } from '../backmarket';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { moveApplied } from './move-check';
import { settleAction, unsettledActions, type OrderAction } from './order-actions';
import type { OrdersContext } from './orders-context';
import { storeOrder, type StoreOutcome } from './order-store';
import { applyStockMoves, releaseRestore, zeroStock } from './stock-moves';
import { followOrderLine } from '../units/unit-orders';
import { recordSaleMargins } from '../units/sale-margins';

export interface Absorbed {
  outcomes: Record<StoreOutcome, number>;
  /** Product numbers whose local stock changed. */
  stockChanged: Set<string>;
  changedOrderIds: number[];
  /** Moves left unsettled earlier (a lost answer, a restart) that these orders show done. */
  settledDone: OrderAction[];
}

export function absorbOrders(ctx: OrdersContext, db: Db, orders: readonly Order[], options: { baseline: boolean }): Absorbed {
  const now = ctx.stamp();
  const absorbed: Absorbed = { outcomes: { added: 0, updated: 0, unchanged: 0 }, stockChanged: new Set(), changedOrderIds: [], settledDone: [] };
  db.transaction(() => {
    for (const order of orders) {
      const outcome = storeOrder(db, order, now);
      absorbed.outcomes[outcome] += 1;
      if (outcome !== 'unchanged') absorbed.changedOrderIds.push(order.order_id);
      for (const line of order.orderlines) {
        for (const product of applyStockMoves(db, line, now, options)) absorbed.stockChanged.add(product);
        // A unit-tracked product's devices follow the line too, and its stock is set to its units in stock.
        const followed = followOrderLine(db, line, now, options);
        if (followed) absorbed.stockChanged.add(followed);
      }
      for (const action of unsettledActions(db, order.order_id)) {
        // A move this process is still sending settles itself; one left over (lost answer, restart) is settled here:
        // its request has ended, so what the order shows now is all it will ever do.
        if (ctx.inFlight.has(action.id)) continue;
        if (!moveApplied(order, action.kind, action.orderlineId)) {
          settleAction(db, action.id, 'not-applied', 'not on Back Market when the order was read again', now);
          if (action.kind === 'cancel' && action.request.setStockToZero === true && action.orderlineId !== null) releaseRestore(db, action.orderlineId);
          continue;
        }
        settleAction(db, action.id, 'done', 'seen done on Back Market', now);
        absorbed.settledDone.push(action);
        if (action.kind === 'cancel' && action.request.setStockToZero === true && typeof action.request.sku === 'string') {
          const product = zeroStock(db, action.request.sku, now);
          if (product) {
            markPending(db, product, 'upsert', ['stock'], now);
            absorbed.stockChanged.add(product);
          }
        }
      }
    }
    // Each line's margin is stored with the sale, priced again as the order stands now (a cancellation, a refund, a device).
    recordSaleMargins(db, { orderIds: orders.map((order) => order.order_id) });
  })();
  if (absorbed.changedOrderIds.length > 0) ctx.events.emit('orders:changed', { reason: 'import', orderIds: absorbed.changedOrderIds });
  if (absorbed.stockChanged.size > 0) ctx.events.emit('catalogue:changed', { reason: 'edit' });
  return absorbed;
}
