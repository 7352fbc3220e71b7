// The merchant's moves on an order: accept (2) or cancel (4) a paid orderline, ship the order (3), refund a shipped
// orderline (6). Back Market decides whether a move is allowed; its refusal reaches the merchant in its own words.
import type { AcceptInput, CancelInput, OrderMoveResult, RefundInput, ShipInput } from '../../../shared/orders';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';
import { saidError } from '../errors';
import { plainEnglish, said } from '../../../shared/messages/merchant-message';
import { findOrderline, orderDetail } from './order-queries';
import type { OrdersContext } from './orders-context';
import { oneAtATime, orderNotImported, sendMove, settleLeftovers } from './send-move';
import { holdRestore, zeroStock } from './stock-moves';
import { assertUnitShippable } from '../units/unit-shipping';

function detailOrThrow(db: Db, orderId: number) {
  const detail = orderDetail(db, orderId);
  if (!detail) throw orderNotImported(orderId);
  return detail;
}

function lineOrThrow(db: Db, orderId: number, orderlineId: number) {
  const line = findOrderline(db, orderId, orderlineId);
  if (!line) throw saidError('not-found', said('orders.noOrderline', { orderId, orderlineId }));
  return line;
}

const result = (ctx: OrdersContext, orderId: number, alreadyDone: boolean, extra: Partial<OrderMoveResult> = {}): OrderMoveResult => {
  ctx.events.emit('orders:changed', { reason: 'move', orderIds: [orderId] });
  return { order: detailOrThrow(ctx.db(), orderId), alreadyDone, ...extra };
};

export function acceptOrderline(ctx: OrdersContext, input: AcceptInput): Promise<OrderMoveResult> {
  return oneAtATime(ctx, input.orderId, async () => {
    const line = lineOrThrow(ctx.db(), input.orderId, input.orderlineId);
    const done = await settleLeftovers(ctx, input.orderId);
    if (done.some((move) => move.kind === 'accept' && move.orderlineId === input.orderlineId)) return result(ctx, input.orderId, true);
    await sendMove(ctx, {
      orderId: input.orderId,
      orderlineId: input.orderlineId,
      kind: 'accept',
      update: { new_state: 2, sku: line.sku },
      what: `accept orderline ${input.orderlineId} (SKU ${line.sku}) of order ${input.orderId}`,
    });
    return result(ctx, input.orderId, false);
  });
}

export function cancelOrderline(ctx: OrdersContext, input: CancelInput): Promise<OrderMoveResult> {
  return oneAtATime(ctx, input.orderId, async () => {
    const line = lineOrThrow(ctx.db(), input.orderId, input.orderlineId);
    const done = await settleLeftovers(ctx, input.orderId);
    if (done.some((move) => move.kind === 'cancel' && move.orderlineId === input.orderlineId)) return result(ctx, input.orderId, true);
    await sendMove(ctx, {
      orderId: input.orderId,
      orderlineId: input.orderlineId,
      kind: 'cancel',
      update: { new_state: 4, sku: line.sku, return_reason: input.reason, return_message: input.message },
      what: `cancel orderline ${input.orderlineId} (SKU ${line.sku}) of order ${input.orderId}`,
      note: { setStockToZero: input.setStockToZero },
      // Claimed before sending: an import that sees the cancellation first must not put the stock back.
      prepare: input.setStockToZero ? (db) => void holdRestore(db, input.orderlineId, line.sku, ctx.stamp()) : undefined,
    });
    if (!input.setStockToZero) return result(ctx, input.orderId, false);
    return result(ctx, input.orderId, false, { stockZeroSent: await sendStockZero(ctx, line.sku, line.listingId) });
  });
}

/** A stock mistake: the listing goes to 0 here and on Back Market now, so no other customer orders what is not there. */
async function sendStockZero(ctx: OrdersContext, sku: string, listingId: number | null): Promise<boolean> {
  const db = ctx.db();
  const productNumber = zeroStock(db, sku, ctx.stamp());
  if (productNumber) ctx.events.emit('catalogue:changed', { reason: 'edit' });
  try {
    if (listingId === null) throw new Error('no listing id');
    await ctx.run((api) => api.updateListing(listingId, { quantity: 0 }));
    return true;
  } catch {
    // Kept for the next sync, which sends the product's stock (now 0).
    if (productNumber) markPending(ctx.db(), productNumber, 'upsert', ['stock'], ctx.stamp());
    return false;
  }
}

export function refundOrderline(ctx: OrdersContext, input: RefundInput): Promise<OrderMoveResult> {
  return oneAtATime(ctx, input.orderId, async () => {
    const line = lineOrThrow(ctx.db(), input.orderId, input.orderlineId);
    const done = await settleLeftovers(ctx, input.orderId);
    if (done.some((move) => move.kind === 'refund' && move.orderlineId === input.orderlineId)) return result(ctx, input.orderId, true);
    await sendMove(ctx, {
      orderId: input.orderId,
      orderlineId: input.orderlineId,
      kind: 'refund',
      update: { new_state: 6, sku: line.sku, return_reason: input.reason, return_message: input.message },
      what: `refund orderline ${input.orderlineId} (SKU ${line.sku}) of order ${input.orderId}`,
    });
    return result(ctx, input.orderId, false);
  });
}

export function shipOrder(ctx: OrdersContext, input: ShipInput): Promise<OrderMoveResult> {
  return oneAtATime(ctx, input.orderId, async () => {
    const db = ctx.db();
    const before = detailOrThrow(db, input.orderId);
    const shipper = ctx.resolveShipper(db, input.carrier);
    if (shipper === undefined) {
      const refusal = said('orders.carrierUnmapped', { carrier: input.carrier });
      throw saidError('invalid-input', refusal, [{ path: 'carrier', message: plainEnglish(refusal) }]);
    }
    if ((input.imei !== undefined || input.serialNumber !== undefined) && !before.identifiersAllowed) {
      const refusal = said('orders.identifiersOneLine');
      throw saidError('invalid-input', refusal, [{ path: input.imei !== undefined ? 'imei' : 'serialNumber', message: plainEnglish(refusal) }]);
    }
    // A device of the unit ledger ships once: its IMEI or serial is refused if it already left or is not in stock.
    assertUnitShippable(db, input.orderId, input.imei ?? input.serialNumber);
    // Never sent twice: an earlier shipment whose answer was lost is checked on Back Market first.
    const done = await settleLeftovers(ctx, input.orderId);
    if (done.some((move) => move.kind === 'ship')) return result(ctx, input.orderId, true);
    const current = detailOrThrow(ctx.db(), input.orderId);
    if (!current.canShip && current.lines.some((line) => line.state === 3)) {
      const tracking = current.trackingNumber;
      throw saidError('conflict', tracking ? said('orders.alreadyShippedTracking', { orderId: input.orderId, tracking }) : said('orders.alreadyShipped', { orderId: input.orderId }));
    }
    await sendMove(ctx, {
      orderId: input.orderId,
      orderlineId: null,
      kind: 'ship',
      update: {
        new_state: 3,
        tracking_number: input.trackingNumber,
        ...(input.trackingUrl ? { tracking_url: input.trackingUrl } : {}),
        shipper,
        vat_type: input.vatType,
        ...(input.imei ? { imei: input.imei } : {}),
        ...(input.serialNumber ? { serial_number: input.serialNumber } : {}),
      },
      what: `ship order ${input.orderId}`,
      note: { carrier: input.carrier },
    });
    return result(ctx, input.orderId, false);
  });
}
