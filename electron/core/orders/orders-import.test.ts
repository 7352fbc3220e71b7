// Order import against the sandbox marketplace through the real client: everything stored, importing twice changes
// nothing, new orders to accept announced once, and each orderline's stock change applied exactly once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressSpellingUnderTest } from '../../sandbox/tests/address-spelling-under-test';
import type { Db } from '../db/connection';
import { startOrdersKit, type OrdersKit } from './orders-test-kit';

let kit: OrdersKit;
beforeEach(async () => {
  kit = await startOrdersKit();
});
afterEach(async () => {
  await kit.close();
});

const TABLES = ['orders', 'order_addresses', 'orderlines', 'order_stock_moves', 'order_actions', 'products', 'outbox'];
const snapshot = (db: Db) => Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));
const newOrderEvents = () => kit.events.filter((event) => event.name === 'orders:new');

describe('order import', () => {
  it('stores orders, orderlines, addresses and amounts, and importing twice changes nothing', async () => {
    const first = await kit.orders.importOrders();
    expect(first).toMatchObject({ received: 3, added: 3, updated: 0, unchanged: 0, toAccept: 1, since: '' });
    const page = kit.orders.list({ tab: 'all', search: '', offset: 0, limit: 50 });
    expect(page.total).toBe(3);
    expect(page.counts).toEqual({ 'to-accept': 1, 'to-ship': 1, shipped: 1, 'cancelled-refunded': 0 });

    const toAccept = kit.orders.list({ tab: 'to-accept', search: '', offset: 0, limit: 50 }).orders[0];
    expect(toAccept).toMatchObject({ customerName: 'Camille Durand', countryCode: 'fr-fr', currency: 'EUR', lineCount: 2, skus: ['IP13-128-MID-A', 'SWITCH-OLED-W'] });
    const detail = kit.orders.get(toAccept?.orderId ?? 0);
    expect(detail.shippingAddress).toMatchObject({ firstName: 'Camille', lastName: 'Durand', city: 'Lyon', postalCode: '69003', country: 'FR' });
    // The sandbox spells addresses as the GET /ws/orders table does (e-mail included) or, in the orders-camelCase
    // project, as the Address schema does (which has no e-mail): the name, address and phone arrive either way.
    expect(detail.customerPhone).toBe('+33612345678');
    expect(detail.customerEmail).toBe(addressSpellingUnderTest().addressSpelling === 'camelCase' ? '' : 'client@example.com');
    const shipped = page.orders.find((order) => order.place === 'shipped');
    expect(kit.orders.get(shipped?.orderId ?? 0).shipper).toBe('Colissimo');
    expect(detail.deliveryNote).toMatch(/delivery_note/);
    expect(detail.expectedDispatchDate).not.toBe('');
    expect(detail.lines[0]).toMatchObject({ sku: 'IP13-128-MID-A', quantity: 1, grade: 'Excellent', state: 1, stateLabel: 'Paid, to accept or cancel', canAccept: true, canCancel: true, canRefund: false });
    expect(detail.lines[0]?.price).toMatch(/^\d+\.\d{2}$/);
    expect(detail.lines[0]?.fee).toMatch(/^\d+\.\d{2}$/);
    expect(detail.canShip).toBe(false);

    const before = snapshot(kit.db);
    const second = await kit.orders.importOrders();
    // Only what changed since the latest date_modification seen is asked for; the >= filter repeats that one harmlessly.
    expect(second).toMatchObject({ added: 0, updated: 0 });
    expect(second.unchanged).toBe(second.received);
    expect(second.since).not.toBe('');
    expect(kit.market.seen.at(-1)?.path).toContain('date_modification=');
    expect(snapshot(kit.db)).toEqual(before);
    expect(newOrderEvents()).toHaveLength(1);
    expect(newOrderEvents()[0]?.payload).toEqual({ orders: [expect.objectContaining({ orderId: toAccept?.orderId, customerName: 'Camille Durand', lineCount: 2 })] });
  });

  it('reads every page and announces each new order to accept once', async () => {
    await kit.orders.importOrders();
    const placed = [];
    for (let i = 0; i < 12; i += 1) placed.push(await kit.placeOrder([{ sku: i % 2 === 0 ? 'IP13-128-MID-A' : 'SWITCH-OLED-W' }], { customer: { first_name: `Client${i}`, last_name: 'Test' } }));
    const report = await kit.orders.importOrders();
    expect(report.added).toBe(12);
    expect(kit.market.seen.filter((request) => request.path.startsWith('/ws/orders?')).length).toBeGreaterThanOrEqual(2);
    const announced = newOrderEvents().flatMap((event) => (event.payload as { orders: { orderId: number }[] }).orders.map((order) => order.orderId));
    expect(announced).toEqual(expect.arrayContaining(placed.map((order) => order.order_id)));
    await kit.orders.importOrders();
    expect(newOrderEvents().flatMap((event) => (event.payload as { orders: unknown[] }).orders)).toHaveLength(1 + 12);
  });

  it('finds orders by order id, customer name, SKU or tracking number, a page at a time', async () => {
    await kit.orders.importOrders();
    const all = kit.orders.list({ tab: 'all', search: '', offset: 0, limit: 50 }).orders;
    const shipped = all.find((order) => order.place === 'shipped');
    const search = (text: string) => kit.orders.list({ tab: 'all', search: text, offset: 0, limit: 50 }).orders.map((order) => order.orderId);
    expect(search(String(all[1]?.orderId))).toContain(all[1]?.orderId);
    expect(search('becker')).toHaveLength(1);
    expect(search('switch-oled')).toHaveLength(1);
    expect(shipped?.trackingNumber).not.toBe('');
    expect(search(shipped?.trackingNumber ?? '-')).toEqual([shipped?.orderId]);
    expect(search('100%_')).toEqual([]);
    const firstPage = kit.orders.list({ tab: 'all', search: '', offset: 0, limit: 2 });
    const secondPage = kit.orders.list({ tab: 'all', search: '', offset: 2, limit: 2 });
    expect(firstPage.orders).toHaveLength(2);
    expect(secondPage.orders).toHaveLength(1);
    expect(firstPage.total).toBe(3);
  });
});

describe('stock from orders', () => {
  it('lowers the local stock of a paid line once, without marking it pending (Back Market lowered its own)', async () => {
    kit.addProduct('IP13-128-MID-A', 8);
    kit.addProduct('MBA-M1-256-AZ', 4);
    await kit.orders.importOrders();
    // The open demo order lowers it; the shipped one is history the merchant's figures already count.
    expect(kit.stockOf('IP13-128-MID-A')).toBe(7);
    expect(kit.stockOf('MBA-M1-256-AZ')).toBe(4);

    await kit.placeOrder([{ sku: 'IP13-128-MID-A', quantity: 2 }]);
    await kit.orders.importOrders();
    await kit.orders.importOrders();
    expect(kit.stockOf('IP13-128-MID-A')).toBe(5);
    expect(kit.pending('IP13-128-MID-A')).toBeUndefined();
    expect(kit.events.some((event) => event.name === 'catalogue:changed')).toBe(true);
  });

  it('leaves a product without a stock figure alone and never goes below 0', async () => {
    kit.addProduct('IP13-128-MID-A', null);
    kit.addProduct('SWITCH-OLED-W', 0);
    await kit.orders.importOrders();
    expect(kit.stockOf('IP13-128-MID-A')).toBeNull();
    expect(kit.stockOf('SWITCH-OLED-W')).toBe(0);
  });
});
