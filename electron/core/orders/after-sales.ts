// After-sales as Back Market lists them: Backship returns and care folders with their linked order (from the imported
// orders where possible), and a refund from a care folder, recorded first so it is never sent twice.
import type { CareFolderPage, CareFolderRefundInput, CareFolderRefundResult, CareFolderSummary, ReturnPage } from '../../../shared/orders';
import type { CareFolder, Page } from '../backmarket';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { followBackshipReturns } from '../units/unit-returns';
import { absorbOrders } from './absorb-orders';
import { asAppError, provesNotApplied } from './failures';
import { recordAction, settleAction } from './order-actions';
import { orderDetail } from './order-queries';
import type { OrdersContext } from './orders-context';
import { oneAtATime, settleLeftovers } from './send-move';

interface LineLink {
  order_id: number;
  sku: string;
  customer_name: string;
}

const linkOf = (db: Db, orderlineId: number): LineLink | undefined =>
  db.prepare('SELECT l.order_id, l.sku, o.customer_name FROM orderlines l JOIN orders o ON o.order_id = l.order_id WHERE l.id = ?').get(orderlineId) as LineLink | undefined;

/** Back Market's next link tells whether there is another page (care folders leave it out when there is none). */
const hasMore = (page: Page<unknown>) => typeof page.next === 'string' && page.next !== '';

export async function listReturns(ctx: OrdersContext, query: { page: number; orderId?: number | undefined }): Promise<ReturnPage> {
  const page = await ctx
    .run((api) => api.listReturns({ page: query.page, ...(query.orderId === undefined ? {} : { order_id: query.orderId }) }))
    .catch((error: unknown) => {
      throw asAppError(error, 'list the Backship returns');
    });
  const db = ctx.db();
  // Each returned line's device comes back in Units, flagged when it is its second return.
  const followed = followBackshipReturns(db, page.results, ctx.stamp());
  if (followed.skus.length > 0) ctx.events.emit('units:changed', { skus: followed.skus });
  if (followed.stockChanged) ctx.events.emit('catalogue:changed', { reason: 'edit' });
  return {
    returns: page.results.map((entry) => {
      const link = linkOf(db, entry.orderlineId);
      return {
        orderId: entry.orderId,
        orderlineId: entry.orderlineId,
        shipmentId: entry.shipmentId,
        type: entry.type,
        referenceNumber: entry.referenceNumber,
        trackingNumber: entry.trackingNumber,
        trackingUrl: entry.trackingUrl,
        carrierName: entry.carrierName,
        hubScanned: entry.hubScanned,
        dateCreation: entry.dateCreation,
        datePickup: entry.datePickup,
        dateDelivery: entry.dateDelivery,
        label: entry.label,
        sku: link?.sku ?? '',
        customerName: link?.customer_name ?? '',
      };
    }),
    page: query.page,
    hasMore: hasMore(page),
    total: page.count,
  };
}

const STATE_QUERY = { open: 0, closed: 9 } as const;

export async function listCareFolders(ctx: OrdersContext, query: { page: number; state: 'open' | 'closed' | 'all' }): Promise<CareFolderPage> {
  const what = 'list the care folders';
  const page = await ctx
    .run((api) => api.listCareFolders({ page: query.page, ...(query.state === 'all' ? {} : { state: STATE_QUERY[query.state] }) }))
    .catch((error: unknown) => {
      throw asAppError(error, what);
    });
  const summaries: CareFolderSummary[] = [];
  for (const folder of page.results) summaries.push(await summaryOf(ctx, folder));
  return { careFolders: summaries, page: query.page, hasMore: hasMore(page) };
}

/** The linked order from the imported orders; for an orderline not imported yet, from the care folder's own detail. */
async function summaryOf(ctx: OrdersContext, folder: CareFolder): Promise<CareFolderSummary> {
  const link = linkOf(ctx.db(), folder.orderline);
  let orderId = link?.order_id ?? null;
  let sku = link?.sku ?? '';
  let customerName = link?.customer_name ?? '';
  if (!link) {
    const detail = await ctx.run((api) => api.getCareFolder(folder.id)).catch(() => undefined);
    orderId = detail?.orderline?.order?.order_id ?? null;
    sku = detail?.orderline?.snapshot?.sku ?? '';
    customerName = [detail?.client?.first_name, detail?.client?.last_name].filter(Boolean).join(' ');
  }
  return {
    id: folder.id,
    state: folder.state === 9 ? 'closed' : 'open',
    orderlineId: folder.orderline,
    orderId,
    sku,
    customerName,
    countryCode: folder.country_code ?? '',
    dateCreation: folder.date_creation ?? '',
    dateModification: folder.date_modification ?? '',
    dateLastMessage: folder.date_last_message ?? '',
    dateClosed: folder.date_closed ?? '',
  };
}

/** refund_type by the orderline's state: 4 paid, 5 accepted, 6 shipped (the only one that may be partial). */
const REFUND_TYPE: Record<number, 4 | 5 | 6> = { 1: 4, 2: 5, 3: 6 };

export async function refundCareFolder(ctx: OrdersContext, input: CareFolderRefundInput): Promise<CareFolderRefundResult> {
  const folder = await ctx.run((api) => api.getCareFolder(input.careFolderId)).catch((error: unknown) => {
    throw asAppError(error, `open care folder ${input.careFolderId}`);
  });
  const orderlineId = folder.orderline?.id;
  const orderId = folder.orderline?.order?.order_id;
  if (orderlineId === undefined || orderId === undefined) throw saidError('not-found', said('orders.careFolderNoOrderline', { careFolderId: input.careFolderId }));
  return oneAtATime(ctx, orderId, async () => {
    const done = await settleLeftovers(ctx, orderId);
    if (done.some((move) => move.kind === 'care-refund' && move.orderlineId === orderlineId)) {
      return { message: 'This refund had already reached Back Market: nothing was sent again.', order: orderDetail(ctx.db(), orderId) ?? null };
    }
    const order = await ctx.run((api) => api.getOrder(orderId)).catch((error: unknown) => {
      throw asAppError(error, `read order ${orderId}`);
    });
    const line = order.orderlines.find((candidate) => candidate.id === orderlineId);
    const refundType = line === undefined ? undefined : REFUND_TYPE[line.state];
    if (line === undefined || refundType === undefined) {
      absorbOrders(ctx, ctx.db(), [order], { baseline: false });
      throw saidError('conflict', said('orders.careRefundState', { orderlineId, orderId, state: line?.state ?? 'unknown' }));
    }
    if (input.amount !== undefined && refundType !== 6) throw saidError('invalid-input', said('orders.partialRefundShippedOnly'), [{ path: 'amount', message: 'Only a shipped orderline can be refunded in part.' }]);
    const db = ctx.db();
    absorbOrders(ctx, db, [order], { baseline: false });
    const request = { orderline_pk: orderlineId, refund_type: refundType, ...(input.amount === undefined ? {} : { amount: input.amount }) };
    const id = recordAction(db, { orderId, orderlineId, kind: 'care-refund', request }, ctx.stamp());
    ctx.inFlight.add(id);
    try {
      const message = await ctx.run((api) => api.createRefund(request));
      settleAction(ctx.db(), id, 'done', message, ctx.stamp());
      const after = await ctx.run((api) => api.getOrder(orderId)).catch(() => undefined);
      if (after) absorbOrders(ctx, ctx.db(), [after], { baseline: false });
      ctx.events.emit('orders:changed', { reason: 'move', orderIds: [orderId] });
      return { message, order: orderDetail(ctx.db(), orderId) ?? null };
    } catch (error) {
      if (provesNotApplied(error)) settleAction(ctx.db(), id, 'refused', error instanceof Error ? error.message : String(error), ctx.stamp());
      throw asAppError(error, `refund orderline ${orderlineId} from care folder ${input.careFolderId}`);
    } finally {
      ctx.inFlight.delete(id);
    }
  });
}

