// The Orders entries of the contract bound to the Orders service, for the composition root to spread into its handlers.
import type { Handlers } from '../../../shared/contract';
import type { ordersCalls } from '../../../shared/contract/orders-calls';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import type { OrdersService } from './orders-service';

export function ordersHandlers(orders: OrdersService): Pick<Handlers, keyof typeof ordersCalls> {
  return {
    'orders:list': async (query) => orders.list(query),
    'orders:get': async ({ orderId }) => orders.get(orderId),
    'orders:import': async () => orders.importOrders(),
    'orders:accept': async (input) => orders.accept(input),
    'orders:cancel': async (input) => orders.cancel(input),
    'orders:ship': async (input) => orders.ship(input),
    'orders:refund': async (input) => orders.refund(input),
    'returns:list': async (query) => orders.listReturns(query),
    'careFolders:list': async (query) => orders.listCareFolders(query),
    'careFolders:refund': async (input) => orders.refundCareFolder(input),
    // A PDF needs a browser engine that prints: the Electron shell replaces this (electron/platform/packing-slip-pdf.ts).
    'orders:savePackingSlip': async () => {
      throw saidError('unavailable', said('orders.pdfDesktopOnly'));
    },
  };
}
