// Stock follows units through real orders on the sandbox marketplace: a sale reserves the oldest device, a
// cancellation puts it back (and the stock the next sync sends goes up), shipping with a device's IMEI ships that very
// device, and a refund after shipping or a Backship return marks it returned, a second return flagged.
import { describe, expect, it } from 'vitest';
import { isReturnedAgain } from '../../../shared/device-units';
import { editableFields, imeiNumber, unitsOnOrdersInEachTest } from './units-test-kit';

const SKU = 'IP14P-256-VIO-B';
const shop = unitsOnOrdersInEachTest(SKU, 9);
const statusOf = (id: number) => shop.units.get(id).status;

describe('stock from units', () => {
  it('a sale reserves the oldest device and the stock is what is left; a cancellation puts it back and marks the stock to send', async () => {
    const older = shop.add({ imei: imeiNumber(1), purchaseDate: '2026-01-10' });
    const newer = shop.add({ imei: imeiNumber(2), purchaseDate: '2026-02-10' });
    expect(shop.kit.stockOf(SKU)).toBe(2);
    shop.kit.db.prepare('DELETE FROM outbox').run();

    const { orderId, orderlineId } = await shop.sell();
    expect([statusOf(older.id), statusOf(newer.id)]).toEqual(['reserved', 'in-stock']);
    expect(shop.kit.stockOf(SKU)).toBe(1);
    // Back Market lowered its own stock when the order was paid: nothing to send.
    expect(shop.kit.pending(SKU)).toBeUndefined();
    expect(shop.units.get(older.id).history.at(-1)).toMatchObject({ status: 'reserved', cause: 'order', orderlineId });
    // The ship dialog offers the device reserved for the line first, then the others in stock.
    expect(shop.units.pickable(SKU, orderlineId).map((unit) => unit.id)).toEqual([older.id, newer.id]);
    expect(shop.units.pickable(SKU).map((unit) => unit.id)).toEqual([newer.id]);
    expect(shop.units.ofOrderline(orderlineId).map((unit) => unit.imei)).toEqual([imeiNumber(1)]);

    await shop.kit.orders.cancel({ orderId, orderlineId, reason: 25, message: 'Sorry, we cannot ship this one.', setStockToZero: false });
    expect(statusOf(older.id)).toBe('in-stock');
    expect(shop.kit.stockOf(SKU)).toBe(2);
    expect(shop.kit.pending(SKU)).toEqual(['stock']);
  });

  it('shipping with a device IMEI ships that device (the reserved one goes back), and a refund after shipping marks it returned', async () => {
    const reservedFirst = shop.add({ imei: imeiNumber(1), purchaseDate: '2026-01-10' });
    const scanned = shop.add({ imei: imeiNumber(2), purchaseDate: '2026-02-10', vatRegime: 'margin' });
    const { orderId, orderlineId } = await shop.sell();
    await shop.kit.orders.accept({ orderId, orderlineId });
    await shop.kit.orders.ship({ orderId, trackingNumber: '6A123456789', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(2), vatType: 'MARGINAL' });
    expect(shop.kit.market.sandbox.state.orders.find((order) => order.order_id === orderId)?.orderlines[0]?.imei).toBe(imeiNumber(2));
    expect([statusOf(reservedFirst.id), statusOf(scanned.id)]).toEqual(['in-stock', 'shipped']);
    expect(shop.kit.stockOf(SKU)).toBe(1);

    await shop.kit.orders.refund({ orderId, orderlineId, reason: 21, message: 'Refunded: the screen flickers.' });
    expect(shop.units.get(scanned.id)).toMatchObject({ status: 'returned', returns: 1, orderlineIds: [orderlineId] });
    expect(shop.units.get(scanned.id).history.at(-1)).toMatchObject({ status: 'returned', cause: 'return' });
    // A returned device is checked before it is sold again: the stock does not rise until the merchant says so.
    expect(shop.kit.stockOf(SKU)).toBe(1);
    shop.units.setStatus(scanned.id, 'in-stock', 'checked, fine');
    expect(shop.kit.stockOf(SKU)).toBe(2);

    // Sold again, shipped, refunded again: its second return is counted.
    const second = await shop.sell();
    await shop.kit.orders.accept(second);
    await shop.kit.orders.ship({ orderId: second.orderId, trackingNumber: '6A987654321', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(2), vatType: 'MARGINAL' });
    await shop.kit.orders.refund({ ...second, reason: 21, message: 'Refunded again.' });
    expect(shop.units.get(scanned.id)).toMatchObject({ status: 'returned', returns: 2 });
  });

  it('a Backship return puts the shipped device in returned once, never the same device sold again, and a second return is flagged', async () => {
    const device = shop.add({ imei: imeiNumber(3), grade: 'GOOD', purchaseCostCents: 30_000 });
    const first = await shop.sell();
    await shop.kit.orders.accept(first);
    await shop.kit.orders.ship({ orderId: first.orderId, trackingNumber: '6A1', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(3), vatType: 'MARGINAL' });
    await shop.kit.market.control('POST', '/returns', { orderline_id: first.orderlineId });

    const listed = await shop.kit.orders.listReturns({ page: 1 });
    expect(listed.returns.map((entry) => entry.orderlineId)).toContain(first.orderlineId);
    expect(shop.units.get(device.id)).toMatchObject({ status: 'returned', returns: 1, orderlineIds: [first.orderlineId] });
    expect(shop.units.get(device.id).history.at(-1)).toMatchObject({ status: 'returned', cause: 'return', orderlineId: first.orderlineId, note: 'backship-return' });
    expect(isReturnedAgain(shop.units.get(device.id))).toBe(false);
    // The line is not refunded, yet the device came back: the returns rates count it.
    expect(shop.units.marginReport(30).returnsByGrade).toEqual([{ key: 'GOOD', label: '', sold: 1, returned: 1 }]);
    // The same return listed again moves nothing twice.
    await shop.kit.orders.listReturns({ page: 1 });
    expect(shop.units.get(device.id).returns).toBe(1);

    // Checked and sold again: the first line's return, still listed, leaves the device shipped on the new line alone.
    shop.units.setStatus(device.id, 'in-stock', 'checked, fine');
    const second = await shop.sell();
    await shop.kit.orders.accept(second);
    await shop.kit.orders.ship({ orderId: second.orderId, trackingNumber: '6A2', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(3), vatType: 'MARGINAL' });
    await shop.kit.orders.listReturns({ page: 1 });
    expect(shop.units.get(device.id)).toMatchObject({ status: 'shipped', returns: 1 });

    // Back again by a refund after shipping: the same move, its second return, flagged.
    await shop.kit.orders.refund({ ...second, reason: 21, message: 'Refunded.' });
    expect(shop.units.get(device.id)).toMatchObject({ status: 'returned', returns: 2 });
    expect(isReturnedAgain(shop.units.get(device.id))).toBe(true);
  });

  it('refuses to change the IMEI of a device that has shipped, saying why, and still edits its other details', async () => {
    const device = shop.add({ imei: imeiNumber(4), purchaseCostCents: 30_000 });
    const sale = await shop.sell();
    await shop.kit.orders.accept(sale);
    await shop.kit.orders.ship({ orderId: sale.orderId, trackingNumber: '6A1', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(4), vatType: 'MARGINAL' });
    const { id } = device;
    const fields = editableFields(shop.units.get(id));

    const refused = (() => {
      try {
        return shop.units.update(id, { ...fields, imei: imeiNumber(5) });
      } catch (caught) {
        return caught;
      }
    })();
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/has shipped: Back Market holds its IMEI.*never corrects/), issues: [{ path: 'imei' }] });
    expect(shop.units.get(id).imei).toBe(imeiNumber(4));

    const edited = shop.units.update(id, { ...fields, repairCostCents: 1200, notes: 'screen replaced' });
    expect(edited).toMatchObject({ imei: imeiNumber(4), status: 'shipped', repairCostCents: 1200 });
    expect(edited.history.at(-1)).toMatchObject({ status: 'shipped', note: 'edited:repairCostCents,notes' });
  });

  it('never ships a device twice: its IMEI on a second order is refused before anything is sent', async () => {
    const device = shop.add({ imei: imeiNumber(1), purchaseDate: '2026-01-10' });
    shop.add({ imei: imeiNumber(2), purchaseDate: '2026-02-10' });
    const first = await shop.sell();
    await shop.kit.orders.accept(first);
    await shop.kit.orders.ship({ orderId: first.orderId, trackingNumber: '6A1', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(1), vatType: 'MARGINAL' });
    expect(statusOf(device.id)).toBe('shipped');

    const second = await shop.sell();
    await shop.kit.orders.accept(second);
    const posts = shop.kit.market.count('POST', `/ws/orders/${second.orderId}`);
    const refused = await shop.kit.orders
      .ship({ orderId: second.orderId, trackingNumber: '6A2', carrier: 'Colissimo (contrat pro)', imei: imeiNumber(1), vatType: 'MARGINAL' })
      .catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ code: 'conflict', message: `${imeiNumber(1)} is a device already shipped on another order. A device ships once: scan the device you are packing.` });
    expect(shop.kit.market.count('POST', `/ws/orders/${second.orderId}`)).toBe(posts);
  });
});
