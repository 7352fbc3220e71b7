// Backship returns and care folders against the sandbox marketplace: listed with their state and linked order, and a
// refund from a care folder sent once, with Back Market's summary and the orderline's new state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { startOrdersKit, type OrdersKit } from './orders-test-kit';

let kit: OrdersKit;
beforeEach(async () => {
  kit = await startOrdersKit();
});
afterEach(async () => {
  await kit.close();
});

async function shippedLine() {
  await kit.orders.importOrders();
  const summary = kit.orders.list({ tab: 'shipped', search: '', offset: 0, limit: 50 }).orders[0];
  const order = kit.orders.get(summary?.orderId ?? 0);
  const line = order.lines[0];
  if (!line) throw new Error('no shipped line in the demo seed');
  return { order, line };
}

describe('Backship returns', () => {
  it('lists returns with their linked order and customer', async () => {
    const { order, line } = await shippedLine();
    await kit.market.control('POST', '/returns', { orderline_id: line.id });
    const page = await kit.orders.listReturns({ page: 1 });
    expect(page).toMatchObject({ page: 1, hasMore: false, total: 1 });
    expect(page.returns[0]).toMatchObject({ orderId: order.orderId, orderlineId: line.id, sku: line.sku, customerName: order.customerName, hubScanned: false, type: 'RETURN' });
    expect(page.returns[0]?.trackingNumber).not.toBe('');
    expect((await kit.orders.listReturns({ page: 1, orderId: order.orderId + 1000 })).returns).toEqual([]);
  });
});

describe('care folders', () => {
  it('lists care folders with their state and linked order, also for an order not imported yet', async () => {
    const { order, line } = await shippedLine();
    await kit.market.control('POST', '/care-folders', { orderline_id: line.id, message: 'The battery drains in two hours.' });
    const fresh = await kit.placeOrder([{ sku: 'SWITCH-OLED-W' }]);
    const freshLine = fresh.orderlines[0];
    const closed = await kit.market.control<{ id: number }>('POST', '/care-folders', { orderline_id: freshLine?.id });
    await kit.market.control('POST', `/care-folders/${closed.id}/close`);

    const all = await kit.orders.listCareFolders({ page: 1, state: 'all' });
    expect(all.careFolders).toHaveLength(2);
    expect(all.careFolders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ state: 'open', orderlineId: line.id, orderId: order.orderId, sku: line.sku, customerName: order.customerName }),
        expect.objectContaining({ state: 'closed', orderlineId: freshLine?.id, orderId: fresh.order_id, sku: 'SWITCH-OLED-W' }),
      ]),
    );
    const open = await kit.orders.listCareFolders({ page: 1, state: 'open' });
    expect(open.careFolders.map((folder) => folder.orderlineId)).toEqual([line.id]);
  });

  it('refunds the orderline of a care folder once, with Back Market summary', async () => {
    const { order, line } = await shippedLine();
    const folder = await kit.market.control<{ id: number }>('POST', '/care-folders', { orderline_id: line.id });
    const refunded = await kit.orders.refundCareFolder({ careFolderId: folder.id, amount: 10 });
    expect(refunded.message).toMatch(/^10\.00 EUR refunded on the sku /);
    expect(refunded.order?.lines[0]).toMatchObject({ id: line.id, state: 6 });
    expect(kit.orders.get(order.orderId).place).toBe('cancelled-refunded');

    const again = await kit.orders.refundCareFolder({ careFolderId: folder.id }).catch((caught: unknown) => caught);
    expect(again).toBeInstanceOf(AppError);
    expect(again).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already cancelled or refunded/) });
    expect(kit.market.count('POST', '/ws/sav/refund')).toBe(1);
  });

  it('refuses a partial refund of a line that has not shipped, before anything is sent', async () => {
    await kit.orders.importOrders();
    const summary = kit.orders.list({ tab: 'to-ship', search: '', offset: 0, limit: 50 }).orders[0];
    const line = kit.orders.get(summary?.orderId ?? 0).lines[0];
    const folder = await kit.market.control<{ id: number }>('POST', '/care-folders', { orderline_id: line?.id });
    const refused = await kit.orders.refundCareFolder({ careFolderId: folder.id, amount: 5 }).catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ code: 'invalid-input', issues: [{ path: 'amount' }] });
    expect(kit.market.count('POST', '/ws/sav/refund')).toBe(0);
    const full = await kit.orders.refundCareFolder({ careFolderId: folder.id });
    expect(full.order?.lines[0]).toMatchObject({ state: 5 });
  });
});
