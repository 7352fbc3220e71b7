// The merchant's moves against the sandbox marketplace through the real client: each legal move, each refusal in
// Back Market's own words, the checks made before sending, and what a cancellation does to the stock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelInputSchema, shipInputSchema } from '../../../shared/orders';
import { AppError } from '../errors';
import { startOrdersKit, type OrdersKit } from './orders-test-kit';

let kit: OrdersKit;
beforeEach(async () => {
  kit = await startOrdersKit();
});
afterEach(async () => {
  await kit.close();
});

const VALID_IMEI = '490154203237518';

async function importedOrder(place: 'to-accept' | 'to-ship' | 'shipped') {
  await kit.orders.importOrders();
  const summary = kit.orders.list({ tab: place, search: '', offset: 0, limit: 50 }).orders[0];
  if (!summary) throw new Error(`no ${place} order in the demo seed`);
  return kit.orders.get(summary.orderId);
}

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const ship = (orderId: number, extra: Partial<Parameters<OrdersKit['orders']['ship']>[0]> = {}) =>
  kit.orders.ship({ orderId, trackingNumber: '6A123456789', carrier: 'Colissimo (contrat pro)', vatType: 'MARGINAL', ...extra });

describe('accept and cancel (new_state 2 and 4)', () => {
  it('accepts a paid line; accepting it again gets Back Market refusal, shown plainly', async () => {
    const order = await importedOrder('to-accept');
    const [first] = order.lines;
    const accepted = await kit.orders.accept({ orderId: order.orderId, orderlineId: first?.id ?? 0 });
    expect(accepted.alreadyDone).toBe(false);
    expect(accepted.order.lines[0]).toMatchObject({ state: 2, canAccept: false });
    expect(accepted.order.place).toBe('to-accept');

    const refused = await failure(kit.orders.accept({ orderId: order.orderId, orderlineId: first?.id ?? 0 }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^Back Market refused to accept orderline \d+ \(SKU IP13-128-MID-A\) of order \d+\. Back Market said: .*state 2 \(accepted\); it cannot move to 2/);
    const actions = kit.db.prepare('SELECT kind, status FROM order_actions ORDER BY id').all();
    expect(actions).toEqual([
      { kind: 'accept', status: 'done' },
      { kind: 'accept', status: 'refused' },
    ]);
  });

  it('cancels a line with a reason and a message; its stock comes back and is marked for the next sync', async () => {
    kit.addProduct('SWITCH-OLED-W', 3);
    const order = await importedOrder('to-accept');
    expect(kit.stockOf('SWITCH-OLED-W')).toBe(2);
    const line = order.lines.find((candidate) => candidate.sku === 'SWITCH-OLED-W');
    const cancelled = await kit.orders.cancel({ orderId: order.orderId, orderlineId: line?.id ?? 0, reason: 24, message: 'Sorry, the screen is scratched.', setStockToZero: false });
    expect(cancelled.order.lines.find((candidate) => candidate.id === line?.id)).toMatchObject({ state: 4, returnReason: 24, returnMessage: 'Sorry, the screen is scratched.' });
    expect(kit.stockOf('SWITCH-OLED-W')).toBe(3);
    expect(kit.pending('SWITCH-OLED-W')).toEqual(['stock']);
    await kit.orders.importOrders();
    expect(kit.stockOf('SWITCH-OLED-W')).toBe(3);
  });

  it('a stock mistake may set the listing to 0 at once, here and on Back Market, and the stock does not come back', async () => {
    kit.addProduct('IP13-128-MID-A', 6);
    const order = await importedOrder('to-accept');
    const line = order.lines.find((candidate) => candidate.sku === 'IP13-128-MID-A');
    const cancelled = await kit.orders.cancel({ orderId: order.orderId, orderlineId: line?.id ?? 0, reason: 0, message: 'This one is no longer in stock, sorry.', setStockToZero: true });
    expect(cancelled.stockZeroSent).toBe(true);
    expect(kit.stockOf('IP13-128-MID-A')).toBe(0);
    expect(kit.pending('IP13-128-MID-A')).toBeUndefined();
    const listing = kit.market.sandbox.state.listings.find((candidate) => candidate.sku === 'IP13-128-MID-A');
    expect(listing?.quantity).toBe(0);
    await kit.orders.importOrders();
    expect(kit.stockOf('IP13-128-MID-A')).toBe(0);
  });

  it('refuses stock 0 with any reason but a stock mistake, before anything is sent', () => {
    const parsed = cancelInputSchema.safeParse({ orderId: 1, orderlineId: 2, reason: 24, message: 'x', setStockToZero: true });
    expect(parsed.success).toBe(false);
    expect(cancelInputSchema.safeParse({ orderId: 1, orderlineId: 2, reason: 7, message: 'x' }).success).toBe(false);
    expect(cancelInputSchema.safeParse({ orderId: 1, orderlineId: 2, reason: 0, message: '' }).success).toBe(false);
  });
});

describe('ship (new_state 3)', () => {
  it('ships an accepted order with its tracking, the mapped shipper and the VAT type', async () => {
    const order = await importedOrder('to-ship');
    expect(order.canShip).toBe(true);
    const shipped = await ship(order.orderId, { trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A123456789', imei: VALID_IMEI });
    expect(shipped.order).toMatchObject({ place: 'shipped', trackingNumber: '6A123456789', shipper: 'Colissimo', canShip: false, shipmentUnconfirmed: false });
    expect(shipped.order.lines[0]).toMatchObject({ state: 3, imei: VALID_IMEI, canRefund: true });
    const sandboxOrder = kit.market.sandbox.state.orders.find((candidate) => candidate.order_id === order.orderId);
    expect(sandboxOrder).toMatchObject({ vat_type: 'MARGINAL', shipper_display: 'Colissimo' });

    const again = await failure(ship(order.orderId));
    expect(again).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already shipped \(tracking 6A123456789\)\. Nothing was sent again/) });
    expect(kit.market.count('POST', '/ws/orders/')).toBe(1);
  });

  it('blocks an unmapped carrier with a message pointing to the carrier mapping, sending nothing', async () => {
    const order = await importedOrder('to-ship');
    const refused = await failure(ship(order.orderId, { carrier: 'Coursier du quartier' }));
    expect(refused).toMatchObject({ code: 'invalid-input', issues: [{ path: 'carrier' }] });
    expect(refused.message).toMatch(/"Coursier du quartier" is not mapped .* Mapping › Carriers/);
    expect(kit.market.count('POST', '/ws/orders/')).toBe(0);
  });

  it('checks the IMEI (15 digits, Luhn) and allows identifiers only for one line of quantity 1', async () => {
    expect(shipInputSchema.safeParse({ orderId: 1, trackingNumber: 'T', carrier: 'C', vatType: 'REGULAR', imei: '490154203237517' }).success).toBe(false);
    expect(shipInputSchema.safeParse({ orderId: 1, trackingNumber: ' ', carrier: 'C', vatType: 'REGULAR' }).success).toBe(false);
    expect(shipInputSchema.safeParse({ orderId: 1, trackingNumber: 'T', carrier: 'C', vatType: 'NORMAL' }).success).toBe(false);
    const order = await importedOrder('to-accept');
    for (const line of order.lines) await kit.orders.accept({ orderId: order.orderId, orderlineId: line.id });
    const refused = await failure(ship(order.orderId, { serialNumber: 'C02XK0AAJG5J' }));
    expect(refused).toMatchObject({ code: 'invalid-input', issues: [{ path: 'serialNumber' }] });
    expect(kit.market.count('POST', '/ws/orders/')).toBe(2);
  });

  it('gets Back Market refusal when a paid line is still to accept', async () => {
    const order = await importedOrder('to-accept');
    const refused = await failure(ship(order.orderId));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^Back Market refused to ship order \d+\. Back Market said: .*Accept or cancel every paid orderline before shipping/);
  });
});

describe('refund after shipping (new_state 6)', () => {
  it('refunds a shipped line with a return reason and a message', async () => {
    const order = await importedOrder('shipped');
    const line = order.lines[0];
    const refunded = await kit.orders.refund({ orderId: order.orderId, orderlineId: line?.id ?? 0, reason: 21, message: 'Refunded: the device was faulty on arrival.' });
    expect(refunded.order.lines[0]).toMatchObject({ state: 6, returnReason: 21, stateLabel: 'Refunded after shipping' });
    expect(refunded.order.place).toBe('cancelled-refunded');
  });

  it('gets Back Market refusal for a line that has not shipped', async () => {
    const order = await importedOrder('to-ship');
    const refused = await failure(kit.orders.refund({ orderId: order.orderId, orderlineId: order.lines[0]?.id ?? 0, reason: 25, message: 'x' }));
    expect(refused.message).toMatch(/Back Market said: .*state 2 \(accepted\); it cannot move to 6/);
  });

  it('says plainly when an order is not imported yet', async () => {
    const refused = await failure(kit.orders.accept({ orderId: 999999, orderlineId: 1 }));
    expect(refused).toMatchObject({ code: 'not-found' });
  });
});
