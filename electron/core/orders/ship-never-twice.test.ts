// A shipment confirmation is never sent twice: not when the answer is lost, not when the re-read fails too, not when the
// app stops between the request and its answer. Before anything is sent again, the order is read on Back Market.
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

async function orderToShip(): Promise<number> {
  await kit.orders.importOrders();
  const summary = kit.orders.list({ tab: 'to-ship', search: '', offset: 0, limit: 50 }).orders[0];
  if (!summary) throw new Error('no order to ship in the demo seed');
  return summary.orderId;
}

/** The test client's tries per call: dropping that many reads makes the client's own check after a lost answer fail. */
const READ_TRIES = 3;
const shipInput = (orderId: number) => ({ orderId, trackingNumber: 'JD014600004GB', carrier: 'UPS Express Saver', vatType: 'REGULAR' as const });
const posts = () => kit.market.count('POST', '/ws/orders/');
const shippedOnSandbox = (orderId: number) => kit.market.sandbox.state.orders.find((order) => order.order_id === orderId)?.orderlines.every((line) => line.state === 3);
const actions = () => kit.db.prepare('SELECT kind, status FROM order_actions ORDER BY id').all();

describe('the never-twice shipment', () => {
  it('answers the shipped order when the connection drops after Back Market acted, without sending it again', async () => {
    const orderId = await orderToShip();
    kit.market.standIn('POST', `/ws/orders/${orderId}`, 'drop-after-forward');
    const result = await kit.orders.ship(shipInput(orderId));
    expect(result.order).toMatchObject({ place: 'shipped', trackingNumber: 'JD014600004GB', shipper: 'UPS express save' });
    expect(posts()).toBe(1);
    expect(actions()).toEqual([{ kind: 'ship', status: 'done' }]);
  });

  it('when even the re-read fails: says it is unconfirmed, then reads the order and sends nothing on the next try', async () => {
    const orderId = await orderToShip();
    kit.market.standIn('POST', `/ws/orders/${orderId}`, 'drop-after-forward');
    kit.market.standIn('GET', `/ws/orders/${orderId}`, 'drop', READ_TRIES);
    const error = await kit.orders.ship(shipInput(orderId)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/broke after Refurb Desk asked to ship order \d+.*read the order on Back Market before sending anything again/) });
    expect(shippedOnSandbox(orderId)).toBe(true);
    expect(kit.orders.get(orderId).shipmentUnconfirmed).toBe(true);
    expect(actions()).toEqual([{ kind: 'ship', status: 'sending' }]);

    const readsBefore = kit.market.count('GET', `/ws/orders/${orderId}`);
    const again = await kit.orders.ship(shipInput(orderId));
    expect(again.alreadyDone).toBe(true);
    expect(again.order).toMatchObject({ place: 'shipped', shipmentUnconfirmed: false });
    expect(posts()).toBe(1);
    expect(kit.market.count('GET', `/ws/orders/${orderId}`)).toBe(readsBefore + 1);
    expect(actions()).toEqual([{ kind: 'ship', status: 'done' }]);
  });

  it('after the app stopped between the request and its answer, the restarted app reads the order instead of resending', async () => {
    const orderId = await orderToShip();
    // The process "dies" once the request has left: the answer is never handled, the recorded move stays unsettled.
    const crashing = kit.crashingService();
    await expect(crashing.ship(shipInput(orderId))).rejects.toThrow('the app stopped');
    expect(shippedOnSandbox(orderId)).toBe(true);
    expect(actions()).toEqual([{ kind: 'ship', status: 'sending' }]);

    const restarted = kit.restart();
    expect(restarted.get(orderId).shipmentUnconfirmed).toBe(true);
    const again = await restarted.ship(shipInput(orderId));
    expect(again).toMatchObject({ alreadyDone: true, order: { place: 'shipped' } });
    expect(posts()).toBe(1);
  });

  it('an import settles a shipment left unconfirmed once it sees the order shipped', async () => {
    const orderId = await orderToShip();
    kit.market.standIn('POST', `/ws/orders/${orderId}`, 'drop-after-forward');
    kit.market.standIn('GET', `/ws/orders/${orderId}`, 'drop', READ_TRIES);
    await kit.orders.ship(shipInput(orderId)).catch(() => undefined);
    await kit.orders.importOrders();
    expect(actions()).toEqual([{ kind: 'ship', status: 'done' }]);
    expect(kit.orders.get(orderId).shipmentUnconfirmed).toBe(false);
    expect(posts()).toBe(1);
  });

  it('an import reads an order with a shipment left unconfirmed even when Back Market lists it as unchanged', async () => {
    const orderId = await orderToShip();
    kit.market.standIn('POST', `/ws/orders/${orderId}`, 'drop');
    kit.market.standIn('GET', `/ws/orders/${orderId}`, 'drop', READ_TRIES);
    await kit.orders.ship(shipInput(orderId)).catch(() => undefined);
    expect(kit.orders.get(orderId).shipmentUnconfirmed).toBe(true);
    await kit.orders.importOrders();
    expect(actions()).toEqual([{ kind: 'ship', status: 'not-applied' }]);
    expect(kit.orders.get(orderId)).toMatchObject({ shipmentUnconfirmed: false, canShip: true });
    expect(posts()).toBe(1);
  });

  it('sends again only when the read shows the lost shipment never arrived', async () => {
    const orderId = await orderToShip();
    kit.market.standIn('POST', `/ws/orders/${orderId}`, 'drop');
    kit.market.standIn('GET', `/ws/orders/${orderId}`, 'drop', READ_TRIES);
    await kit.orders.ship(shipInput(orderId)).catch(() => undefined);
    expect(shippedOnSandbox(orderId)).toBe(false);
    const again = await kit.orders.ship(shipInput(orderId));
    expect(again.alreadyDone).toBe(false);
    expect(shippedOnSandbox(orderId)).toBe(true);
    expect(actions()).toEqual([
      { kind: 'ship', status: 'not-applied' },
      { kind: 'ship', status: 'done' },
    ]);
  });
});

