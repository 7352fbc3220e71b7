// Behaviour: orders placed through the control API, the orderline state machine, shipping rules, identifiers, after-sales.
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Order = { order_id: number; state: number; orderlines: { id: number; state: number; listing: string; imei: string }[]; tracking_number: string };

async function newOrder(harness: Harness, items: { sku: string; quantity: number }[], paid = true): Promise<Order> {
  const created = await harness.control('POST', '/orders', { country_code: 'fr-fr', items, paid });
  expect(created.status, created.text).toBe(201);
  return created.body as Order;
}

describe('orders', () => {
  it('a paid order decreases stock; states 0 and 8 are left out unless asked for', async () => {
    h = await startHarness();
    const before = h.sandbox.state.listings.find((listing) => listing.sku === 'SWITCH-OLED-W')?.quantity ?? 0;
    const pending = await newOrder(h, [{ sku: 'SWITCH-OLED-W', quantity: 2 }], false);
    expect(pending.state).toBe(0);
    expect(h.sandbox.state.listings.find((listing) => listing.sku === 'SWITCH-OLED-W')?.quantity).toBe(before);
    const listed = (await h.api('GET', '/ws/orders')).body as { results: Order[] };
    expect(listed.results.map((order) => order.order_id)).not.toContain(pending.order_id);
    expect(((await h.api('GET', '/ws/orders?state=0')).body as { results: Order[] }).results.map((order) => order.order_id)).toContain(pending.order_id);
    await h.control('POST', `/orders/${pending.order_id}/pay`);
    expect(h.sandbox.state.listings.find((listing) => listing.sku === 'SWITCH-OLED-W')?.quantity).toBe(before - 2);
    expect(((await h.api('GET', `/ws/orders/${pending.order_id}`)).body as Order).state).toBe(1);
    const failed = await newOrder(h, [{ sku: 'SWITCH-OLED-W', quantity: 1 }], false);
    await h.control('POST', `/orders/${failed.order_id}/fail-payment`);
    expect(((await h.api('GET', '/ws/orders?state=8')).body as { results: Order[] }).results.map((order) => order.order_id)).toEqual([failed.order_id]);
    expect(((await h.api('GET', '/ws/orders?country_code=de-de')).body as { count: number }).count).toBe(1);
    expect((await h.api('GET', '/ws/orders?state=5')).status).toBe(400);
  });

  it('enforces the orderline state machine: accept, ship, refund; illegal moves name the current state', async () => {
    h = await startHarness();
    const order = await newOrder(h, [{ sku: 'IP13-128-MID-C', quantity: 1 }]);
    const post = (body: Record<string, unknown>) => h!.api('POST', `/ws/orders/${order.order_id}`, { body });
    const early = await post({ new_state: 3, tracking_number: 'T1' });
    expect(early.status).toBe(400);
    expect((early.body as { error: { message: string } }).error.message).toMatch(/state 1 \(paid\)/);
    const refund = await post({ new_state: 6, sku: 'IP13-128-MID-C', return_reason: 21 });
    expect((refund.body as { error: { message: string } }).error.message).toMatch(/is in state 1/);
    expect((await post({ new_state: 2, sku: 'IP13-128-MID-C' })).status).toBe(200);
    expect((await post({ new_state: 4, sku: 'IP13-128-MID-C' })).status).toBe(400);
    expect(((await post({ new_state: 3 })).body as { error: { message: string } }).error.message).toMatch(/tracking_number is required/);
    expect((await post({ new_state: 3, tracking_number: 'T1', shipper: 'Pigeon' })).status).toBe(400);
    expect((await post({ new_state: 3, tracking_number: 'T1', imei: '123' })).status).toBe(400);
    const shipped = await post({ new_state: 3, tracking_number: '6A0001', shipper: 'Colissimo', tracking_url: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A0001', imei: '490154203237518', vat_type: 'MARGINAL' });
    expect(shipped.status, shipped.text).toBe(200);
    const body = shipped.body as Order;
    expect(body.state).toBe(9);
    expect(body.orderlines[0]?.state).toBe(3);
    expect(body.orderlines[0]?.imei).toBe('490154203237518');
    expect((await post({ new_state: 6, sku: 'IP13-128-MID-C' })).status).toBe(400);
    const refunded = await post({ new_state: 6, sku: 'IP13-128-MID-C', return_reason: 22, return_message: 'Panne au premier usage' });
    expect((refunded.body as Order).orderlines[0]?.state).toBe(6);
    expect((await post({ new_state: 9 })).status).toBe(400);
    expect((await post({ new_state: 2 })).status).toBe(400);
  });

  it('cancel a paid line; imei/serial only for a single line of quantity 1; PATCH sets identifiers once', async () => {
    h = await startHarness();
    const order = await newOrder(h, [{ sku: 'IP13-128-MID-A', quantity: 1 }, { sku: 'S22-128-BLK-B', quantity: 1 }]);
    const post = (body: Record<string, unknown>) => h!.api('POST', `/ws/orders/${order.order_id}`, { body });
    expect((await post({ new_state: 4, sku: 'S22-128-BLK-B', return_message: 'Rupture de stock' })).status).toBe(200);
    expect((await post({ new_state: 2, sku: 'IP13-128-MID-A' })).status).toBe(200);
    expect(((await post({ new_state: 3, tracking_number: 'T', serial_number: 'SN1' })).body as { error: { message: string } }).error.message).toMatch(/single orderline/);
    const line = order.orderlines[0]?.id ?? 0;
    expect((await h.api('PATCH', `/ws/orderlines/${line}`, { body: { imei: '1234567890123456' } })).status).toBe(400);
    expect((await h.api('PATCH', `/ws/orderlines/${line}`, { body: {} })).status).toBe(400);
    const set = await h.api('PATCH', `/ws/orderlines/${line}`, { body: { imei: '490154203237518', serial_number: 'C02XYZ' } });
    expect(set.body).toEqual({ imei: '490154203237518', serial_number: 'C02XYZ' });
    expect((await h.api('PATCH', `/ws/orderlines/${line}`, { body: { imei: '356938035643809' } })).status).toBe(422);
    expect((await h.api('PATCH', '/ws/orderlines/1', { body: { imei: '490154203237518' } })).status).toBe(404);
    expect((await post({ new_state: 3, tracking_number: 'T2' })).status).toBe(200);
  });

  it('care folders (open, closed) and returns linked to orderlines; refunds through /ws/sav/refund', async () => {
    h = await startHarness();
    const order = await newOrder(h, [{ sku: 'DELONGHI-ECAM22', quantity: 1 }]);
    const line = order.orderlines[0]?.id ?? 0;
    expect((await h.control('POST', '/returns', { orderline_id: line })).status).toBe(409);
    const folder = (await h.control('POST', '/care-folders', { orderline_id: line })).body as { id: number };
    expect(((await h.api('GET', `/ws/sav?orderline=${line}`)).body as { results: { id: number }[] }).results.map((entry) => entry.id)).toEqual([folder.id]);
    await h.control('POST', `/care-folders/${folder.id}/close`);
    expect(((await h.api('GET', '/ws/sav?state=9')).body as { results: { id: number }[] }).results.map((entry) => entry.id)).toContain(folder.id);
    expect((await h.api('GET', '/ws/sav/999')).status).toBe(404);
    expect((await h.api('POST', '/ws/sav/refund', { body: { orderline_pk: line, refund_type: 5 } })).status).toBe(400);
    const refunded = await h.api('POST', '/ws/sav/refund', { body: { orderline_pk: line, refund_type: 4 } });
    expect(refunded.status).toBe(201);
    expect(refunded.text).toMatch(/refunded on the sku DELONGHI-ECAM22/);
    expect((await h.api('POST', '/ws/sav/refund', { body: { orderline_pk: 1, refund_type: 4 } })).status).toBe(404);
  });

  it('the control API resets, seeds extra products and exports the state', async () => {
    h = await startHarness({ extraProducts: [{ ean: '3760123456784', title: 'Machine à café Exemple', brand: 'Exemple', category: 'Coffee machines' }] });
    const product = h.sandbox.state.products.find((entry) => entry.ean === '3760123456784');
    expect(product?.category_id).toBe(31);
    expect((await h.control('POST', '/reset', { seed: 'empty' })).status).toBe(200);
    const state = (await h.control('GET', '/state')).body as { listings: unknown[]; orders: unknown[]; products: unknown[] };
    expect(state.listings).toHaveLength(0);
    expect(state.orders).toHaveLength(0);
    expect(state.products.length).toBeGreaterThan(16);
    await h.control('PUT', '/config', { taskDelayMs: 5, validationDelayMs: 10 });
    expect(h.sandbox.state.config.taskDelayMs).toBe(5);
    const saved = h.sandbox.exportState();
    await h.control('POST', '/reset', { seed: 'demo' });
    expect(h.sandbox.state.orders).toHaveLength(3);
    h.sandbox.importState(saved);
    expect(h.sandbox.state.orders).toHaveLength(0);
  });
});
