// Stock agrees with Back Market after orders, against the sandbox: a sale lowers both sides and is never read back as a
// change made elsewhere; a cancellation puts the catalogue's stock back, counts as a change not synced, and the next
// sync sends it in real time so Back Market's quantity equals the catalogue's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../backmarket';
import { allSynced } from '../../../shared/offer-status';
import { pendingCount } from '../db/outbox-repo';
import { shipperFor } from '../mapping/carriers';
import { createOrdersService, type OrdersService } from '../orders/orders-service';
import { phone } from './plan/plan-test-kit';
import { startSyncKit, type SyncKit } from './run/run-test-kit';

let kit: SyncKit;
let orders: OrdersService;
beforeEach(async () => {
  kit = await startSyncKit();
  orders = createOrdersService({ database: () => kit.catalogue.db, run: (job) => job(kit.client), events: kit.bus, now: () => new Date(), resolveShipper: shipperFor });
});
afterEach(async () => {
  await kit.close();
});

const backMarketQuantity = (sku: string) => kit.market.sandbox.state.listings.find((listing) => listing.sku === sku)?.quantity;
const catalogueStock = (sku: string) => kit.catalogue.db.prepare('SELECT stock FROM products WHERE product_number = ?').pluck().get(sku) as number;
const changedElsewhere = (sku: string) => kit.catalogue.db.prepare("SELECT group_concat(changed_elsewhere, '') FROM listing_states WHERE product_number = ?").pluck().get(sku) as string;

describe('sell, cancel, sync', () => {
  it('leaves Back Market holding the catalogue stock, and never calls the sale a change made elsewhere', async () => {
    kit.catalogue.save(phone(1, { stock: 3 }));
    await kit.sync();
    expect(backMarketQuantity('IP13-1')).toBe(3);
    await orders.importOrders();

    const placed = await kit.market.control<Order>('POST', '/orders', { country_code: 'fr-fr', items: [{ sku: 'IP13-1' }] });
    expect(backMarketQuantity('IP13-1')).toBe(2);
    await orders.importOrders();
    expect(catalogueStock('IP13-1')).toBe(2);
    // The sale is what Back Market holds now: nothing waits, and reading the listings back finds no outside change.
    expect(pendingCount(kit.catalogue.db)).toBe(0);
    await kit.sync();
    expect(changedElsewhere('IP13-1')).toBe('');
    expect(backMarketQuantity('IP13-1')).toBe(2);

    const line = placed.orderlines[0];
    await kit.client.updateOrder(placed.order_id, { new_state: 4, sku: line?.listing ?? '', return_reason: 25, return_message: 'Cancelled by the customer.' });
    await orders.importOrders();
    expect(catalogueStock('IP13-1')).toBe(3);
    // Back Market does not put the stock back: until the next sync the header counts it as a change not synced.
    expect(backMarketQuantity('IP13-1')).toBe(2);
    expect(pendingCount(kit.catalogue.db)).toBe(1);
    expect(allSynced(kit.service.state().truth)).toBe(false);
    // Counted per offer: IP13-1 in each of its three markets.
    expect(kit.service.state().truth.pendingChanges).toBe(3);

    const realtimeBefore = kit.listingWrites().realtime;
    await kit.sync();
    expect(kit.listingWrites().realtime).toBe(realtimeBefore + 1);
    expect(backMarketQuantity('IP13-1')).toBe(catalogueStock('IP13-1'));
    expect(backMarketQuantity('IP13-1')).toBe(3);
    expect(pendingCount(kit.catalogue.db)).toBe(0);
    expect(changedElsewhere('IP13-1')).toBe('');
    // Now the header may say it: nothing differs, and every country's offer is on sale.
    expect(allSynced(kit.service.state().truth)).toBe(true);
    const last = kit.service.state().lastRun;
    expect(last?.standings?.map((entry) => [entry.country, entry.onSale])).toEqual([['fr-fr', 1], ['de-de', 1], ['en-gb', 1]]);
  });

  it('a sale older than the last sync is already in what that sync sent: the catalogue stock is sent again', async () => {
    kit.catalogue.save(phone(1, { stock: 3 }));
    await kit.sync();
    await orders.importOrders();
    await kit.market.control<Order>('POST', '/orders', { country_code: 'fr-fr', items: [{ sku: 'IP13-1' }] });
    // The merchant syncs before the order is imported: the sync sends nothing new, and reads Back Market's 2 back.
    kit.catalogue.edit('IP13-1', 'title', 'iPhone 13 128 Go Noir (edited)');
    await kit.sync();
    await orders.importOrders();
    expect(catalogueStock('IP13-1')).toBe(2);
    await kit.sync();
    expect(backMarketQuantity('IP13-1')).toBe(catalogueStock('IP13-1'));
    expect(pendingCount(kit.catalogue.db)).toBe(0);
    expect(changedElsewhere('IP13-1')).toBe('');
  });
});

