// What a cancellation does to the stock when things go wrong: a lost answer with stock set to 0, a refusal, and a line
// cancelled on Back Market before Refurb Desk ever saw it paid.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOrdersKit, type OrdersKit } from './orders-test-kit';

let kit: OrdersKit;
beforeEach(async () => {
  kit = await startOrdersKit();
});
afterEach(async () => {
  await kit.close();
});

async function lineToAccept(sku: string) {
  await kit.orders.importOrders();
  const order = kit.orders.list({ tab: 'to-accept', search: '', offset: 0, limit: 50 }).orders[0];
  const line = kit.orders.get(order?.orderId ?? 0).lines.find((candidate) => candidate.sku === sku);
  if (!order || !line) throw new Error(`no ${sku} line to accept`);
  return { orderId: order.orderId, orderlineId: line.id };
}

describe('cancellation and stock', () => {
  it('with stock set to 0 and the app stopped before the answer: the next import sets 0 and never puts the stock back', async () => {
    kit.addProduct('IP13-128-MID-A', 6);
    const { orderId, orderlineId } = await lineToAccept('IP13-128-MID-A');
    expect(kit.stockOf('IP13-128-MID-A')).toBe(5);
    const crashing = kit.crashingService();
    await expect(crashing.cancel({ orderId, orderlineId, reason: 0, message: 'Out of stock, sorry.', setStockToZero: true })).rejects.toThrow('the app stopped');
    const restarted = kit.restart();
    await restarted.importOrders();
    expect(kit.stockOf('IP13-128-MID-A')).toBe(0);
    expect(kit.pending('IP13-128-MID-A')).toEqual(['stock']);
    expect(kit.db.prepare('SELECT kind, status FROM order_actions').all()).toEqual([{ kind: 'cancel', status: 'done' }]);
  });

  it('a refused cancellation with stock 0 changes no stock and leaves the line free to come back later', async () => {
    kit.addProduct('IP13-128-MID-A', 6);
    const { orderId, orderlineId } = await lineToAccept('IP13-128-MID-A');
    await kit.orders.accept({ orderId, orderlineId });
    const refused = await kit.orders.cancel({ orderId, orderlineId, reason: 0, message: 'Out of stock.', setStockToZero: true }).catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Back Market said: .*cannot move to 4/) });
    expect(kit.stockOf('IP13-128-MID-A')).toBe(5);
    expect(kit.db.prepare("SELECT count(*) FROM order_stock_moves WHERE kind = 'restored'").pluck().get()).toBe(0);
  });

  it('a line first seen cancelled puts back what Back Market took, and marks it to be sent', async () => {
    await kit.orders.importOrders();
    kit.addProduct('SWITCH-OLED-W', 4);
    const placed = await kit.placeOrder([{ sku: 'SWITCH-OLED-W' }]);
    const line = placed.orderlines[0];
    await kit.client.updateOrder(placed.order_id, { new_state: 4, sku: line?.listing ?? '', return_reason: 25, return_message: 'Cancelled in the back office.' });
    await kit.orders.importOrders();
    expect(kit.stockOf('SWITCH-OLED-W')).toBe(4);
    expect(kit.pending('SWITCH-OLED-W')).toEqual(['stock']);
    await kit.orders.importOrders();
    expect(kit.stockOf('SWITCH-OLED-W')).toBe(4);
  });
});
