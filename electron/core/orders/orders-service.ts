// The Orders service: order import, the merchant's moves (accept, cancel, ship, refund), the Orders screen's queries,
// Backship returns and care folders. Back Market work runs through the connection, so it is held while the token is rejected.
import type { OrderQuery } from '../../../shared/orders';
import type { Db } from '../db/connection';
import { notFound, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { EventBus } from '../events';
import { listCareFolders, listReturns, refundCareFolder } from './after-sales';
import { importOrders } from './import-orders';
import { acceptOrderline, cancelOrderline, refundOrderline, shipOrder } from './order-moves';
import { listOrders, orderDetail } from './order-queries';
import type { ApiRunner } from '../connection/api-runner';
import type { OrdersContext, ShipperResolver } from './orders-context';

export interface OrdersDeps {
  /** The database of the current mode, undefined until setup chose one. */
  database: () => Db | undefined;
  run: ApiRunner;
  events: EventBus;
  now: () => Date;
  resolveShipper: ShipperResolver;
}

export function createOrdersService(deps: OrdersDeps) {
  const ctx: OrdersContext = {
    db: () => {
      const db = deps.database();
      if (!db) throw saidError('unavailable', said('setup.notSetUp'));
      return db;
    },
    run: deps.run,
    events: deps.events,
    stamp: () => deps.now().toISOString(),
    resolveShipper: deps.resolveShipper,
    inFlight: new Set(),
  };
  return {
    importOrders: () => importOrders(ctx),
    list: (query: OrderQuery) => listOrders(ctx.db(), query),
    get: (orderId: number) => {
      const detail = orderDetail(ctx.db(), orderId);
      if (!detail) throw notFound({ thing: 'order', id: orderId });
      return detail;
    },
    accept: (input: Parameters<typeof acceptOrderline>[1]) => acceptOrderline(ctx, input),
    cancel: (input: Parameters<typeof cancelOrderline>[1]) => cancelOrderline(ctx, input),
    ship: (input: Parameters<typeof shipOrder>[1]) => shipOrder(ctx, input),
    refund: (input: Parameters<typeof refundOrderline>[1]) => refundOrderline(ctx, input),
    listReturns: (query: Parameters<typeof listReturns>[1]) => listReturns(ctx, query),
    listCareFolders: (query: Parameters<typeof listCareFolders>[1]) => listCareFolders(ctx, query),
    refundCareFolder: (input: Parameters<typeof refundCareFolder>[1]) => refundCareFolder(ctx, input),
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
