// The Orders entries of the contract (orders, merchant moves, Backship returns, care folders) and the events they push;
// shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import {
  acceptInputSchema,
  afterSalesQuerySchema,
  cancelInputSchema,
  careFolderQuerySchema,
  careFolderRefundSchema,
  orderQuerySchema,
  orderRefSchema,
  refundInputSchema,
  shipInputSchema,
  type CareFolderPage,
  type CareFolderRefundResult,
  type NewOrdersEvent,
  type OrderDetail,
  type OrderImportReport,
  type OrderMoveResult,
  type OrderPage,
  type OrdersChangedEvent,
  type ReturnPage,
} from '../orders';
import type { PackingSlipSaveResult } from '../packing-slip';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;

export const ordersCalls = {
  'orders:list': { input: orderQuerySchema, result: returns<OrderPage>() },
  'orders:get': { input: orderRefSchema, result: returns<OrderDetail>() },
  'orders:import': { input: z.object({}).strict(), result: returns<OrderImportReport>() },
  'orders:accept': { input: acceptInputSchema, result: returns<OrderMoveResult>() },
  'orders:cancel': { input: cancelInputSchema, result: returns<OrderMoveResult>() },
  'orders:ship': { input: shipInputSchema, result: returns<OrderMoveResult>() },
  'orders:refund': { input: refundInputSchema, result: returns<OrderMoveResult>() },
  'returns:list': { input: afterSalesQuerySchema, result: returns<ReturnPage>() },
  'careFolders:list': { input: careFolderQuerySchema, result: returns<CareFolderPage>() },
  'careFolders:refund': { input: careFolderRefundSchema, result: returns<CareFolderRefundResult>() },
  /** The packing slip the page shows, saved as a PDF: the Electron shell prints its own page; the preview prints in the browser. */
  'orders:savePackingSlip': { input: orderRefSchema, result: returns<PackingSlipSaveResult>() },
} as const;

/** Events the Orders service pushes: new orders to accept (the shell notifies), and orders changed (lists refresh). */
export interface OrdersEventMap {
  'orders:new': NewOrdersEvent;
  'orders:changed': OrdersChangedEvent;
}
export const ORDERS_EVENT_NAMES: (keyof OrdersEventMap)[] = ['orders:new', 'orders:changed'];
