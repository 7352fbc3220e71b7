// Retries that cannot double an effect: reads after 5xx and dropped connections, idempotent listing updates, order updates
// after re-reading the order, and a CSV catalog that is reported, never posted twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UncertainWriteError } from './errors';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';
import type { Order } from './types/orders';

let market: TestMarketplace;
beforeAll(async () => {
  market = await startTestMarketplace();
});
afterAll(() => market.close());
beforeEach(() => market.control('DELETE', '/faults'));

async function orderToAccept(): Promise<{ order: Order; sku: string }> {
  const sku = market.sandbox.state.listings.find((listing) => listing.quantity > 2 && !listing.deactivated && listing.markets['fr-fr']?.price)?.sku;
  if (!sku) throw new Error('no listing to order');
  const order = await market.control<Order>('POST', '/orders', { country_code: 'fr-fr', items: [{ sku }] });
  return { order, sku };
}

describe('reads', () => {
  it('are retried after injected 5xx answers', async () => {
    market.standIn('GET', '/ws/orders', { status: 503, body: '{"error":{"code":"server_error","message":"busy"}}' }, 2);
    const { client, activity } = testClient(market);
    const before = market.count('GET', '/ws/orders');
    await expect(client.listOrders()).resolves.toMatchObject({ results: expect.any(Array) });
    expect(market.count('GET', '/ws/orders') - before).toBe(3);
    expect(activity.map((entry) => entry.status)).toEqual([503, 503, 200]);
  });

  it('are retried after dropped connections', async () => {
    market.standIn('GET', '/ws/listings', 'drop', 2);
    const { client, activity } = testClient(market);
    await expect(client.listListings()).resolves.toMatchObject({ count: expect.any(Number) });
    expect(activity.map((entry) => entry.errorKind ?? entry.status)).toEqual(['network', 'network', 200]);
  });
});

describe('writes', () => {
  it('a listing update is idempotent, so it is re-sent after a 5xx', async () => {
    const listing = market.sandbox.state.listings[0];
    if (!listing) throw new Error('no listing');
    market.standIn('POST', `/ws/listings/${listing.id}`, { status: 502, body: '"Bad gateway"' });
    const { client } = testClient(market);
    await expect(client.updateListing(listing.id, { quantity: 5 })).resolves.toMatchObject({ quantity: 5 });
    expect(market.count('POST', `/ws/listings/${listing.id}`)).toBe(2);
  });

  it('a CSV catalog whose answer is lost is reported as uncertain, not posted again', async () => {
    const sku = market.sandbox.state.listings[1]?.sku;
    const tasksBefore = market.sandbox.state.tasks.length;
    const postsBefore = market.count('POST', '/ws/listings');
    market.standIn('POST', '/ws/listings', 'drop-after-forward');
    const { client, activity } = testClient(market);
    const error = await client.postCatalog({ catalog: `sku;quantity\n"${sku}";"4"\n` }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UncertainWriteError);
    expect((error as Error).message).toMatch(/did not send it again/);
    expect(market.count('POST', '/ws/listings') - postsBefore).toBe(1);
    expect(market.sandbox.state.tasks.length - tasksBefore).toBe(1);
    expect(activity).toHaveLength(1);
    expect(activity[0]).toMatchObject({ status: 0, errorKind: 'network', linesSent: 1 });
  });

  it('a CSV catalog answered with a 5xx is not posted again either', async () => {
    market.standIn('POST', '/ws/listings', { status: 503, body: '{}' });
    const postsBefore = market.count('POST', '/ws/listings');
    await expect(testClient(market).client.postCatalog({ catalog: 'sku;quantity\n"X";"1"\n' })).rejects.toMatchObject({ kind: 'server' });
    expect(market.count('POST', '/ws/listings') - postsBefore).toBe(1);
  });

  it('an order update whose answer was lost is not re-sent when the re-read order shows it applied', async () => {
    const { order, sku } = await orderToAccept();
    market.standIn('POST', `/ws/orders/${order.order_id}`, 'drop-after-forward');
    const { client } = testClient(market);
    const answered = await client.updateOrder(order.order_id, { new_state: 2, sku });
    expect(answered.orderlines[0]?.state).toBe(2);
    expect(market.count('POST', `/ws/orders/${order.order_id}`)).toBe(1);
    expect(market.count('GET', `/ws/orders/${order.order_id}`)).toBe(1);
  });

  it('an order update that never arrived is re-sent once the re-read order shows it pending', async () => {
    const { order, sku } = await orderToAccept();
    market.standIn('POST', `/ws/orders/${order.order_id}`, 'drop');
    const answered = await testClient(market).client.updateOrder(order.order_id, { new_state: 2, sku });
    expect(answered.orderlines[0]?.state).toBe(2);
    expect(market.count('POST', `/ws/orders/${order.order_id}`)).toBe(2);
  });

  it("a caller's verify hook decides; false means uncertain", async () => {
    const { order, sku } = await orderToAccept();
    market.standIn('POST', `/ws/orders/${order.order_id}`, 'drop');
    const verify = async () => false;
    await expect(testClient(market).client.updateOrder(order.order_id, { new_state: 2, sku }, { retryWrite: { verify } })).rejects.toBeInstanceOf(UncertainWriteError);
    expect(market.count('POST', `/ws/orders/${order.order_id}`)).toBe(1);
  });
});
