// Order calls: list and read orders, move orderlines through their states, register IMEI and serial numbers.
import { withUtcDateFilters } from './dates';
import { UncertainWriteError } from './errors';
import { orderUpdateApplied, orderUpdatePending } from './order-update-check';
import { checkPageSize, eachItem, iteratePages, withQuery } from './pagination';
import type { RetryWrite } from './retry';
import type { Caller } from './transport';
import type { Order, OrderlineIdentifiers, OrderlineIdentifiersAnswer, OrdersQuery, OrderUpdate } from './types/orders';
import type { Page } from './types/page';

export interface OrderCalls {
  listOrders(query?: OrdersQuery): Promise<Page<Order>>;
  allOrders(query?: Omit<OrdersQuery, 'page'>): AsyncGenerator<Order>;
  getOrder(orderId: number): Promise<Order>;
  /**
   * Accepts, cancels, ships or refunds; the body names the order as `order_id` (its description) and `id` (the schema's required field), the URL's value in both. After a lost answer the order is read again: the update is re-sent only while the
   * order is still where it started, and the re-read order is answered when it already took effect.
   */
  updateOrder(orderId: number, update: OrderUpdate, options?: { retryWrite?: RetryWrite }): Promise<Order>;
  /** Registers an IMEI and/or serial number; the same values twice are accepted, so it is retried. */
  updateOrderline(orderlineId: number, identifiers: OrderlineIdentifiers): Promise<OrderlineIdentifiersAnswer>;
}

export function orderCalls(call: Caller): OrderCalls {
  const getOrder = (orderId: number) => call<Order>({ method: 'GET', path: `/ws/orders/${encodeURIComponent(String(orderId))}` });

  return {
    listOrders: (query = {}) => call<Page<Order>>({ method: 'GET', path: withQuery('/ws/orders', { ...withUtcDateFilters(query), 'page-size': checkPageSize(query['page-size']) }) }),
    allOrders: (query = {}) =>
      eachItem(
        iteratePages(
          (path) => call<Page<Order>>({ method: 'GET', path }),
          withQuery('/ws/orders', { ...withUtcDateFilters(query), 'page-size': checkPageSize(query['page-size'] ?? 50) }),
        ),
      ),
    getOrder,
    updateOrder: async (orderId, update, options = {}) => {
      let reread: Order | undefined;
      const verify = async () => {
        reread = await getOrder(orderId);
        return orderUpdatePending(reread, update);
      };
      try {
        return await call<Order>({
          method: 'POST',
          path: `/ws/orders/${encodeURIComponent(String(orderId))}`,
          body: { ...update, order_id: orderId, id: orderId },
          retryWrite: options.retryWrite ?? { verify },
          uncertainHint: `open order ${orderId} to see whether the change is there before doing it again.`,
        });
      } catch (error) {
        if (error instanceof UncertainWriteError && reread !== undefined && orderUpdateApplied(reread, update)) return reread;
        throw error;
      }
    },
    updateOrderline: (orderlineId, identifiers) =>
      call<OrderlineIdentifiersAnswer>({
        method: 'PATCH',
        path: `/ws/orderlines/${encodeURIComponent(String(orderlineId))}`,
        body: identifiers,
        retryWrite: 'idempotent',
      }),
  };
}
