// The real margin on Home and in the Prices matrix, from sales on the sandbox marketplace: each line's price and
// Back Market's fee as imported, the devices sold on it with their costs and VAT regime, the merchant's settings.
import { describe, expect, it } from 'vitest';
import { centsOf } from '../dashboard/sales-math';
import { imeiNumber, unitsOnOrdersInEachTest } from './units-test-kit';

const SKU = 'IP14P-256-VIO-B';
const shop = unitsOnOrdersInEachTest(SKU, 0);
const lineOf = (orderlineId: number) =>
  shop.kit.db.prepare('SELECT price, orderline_fee FROM orderlines WHERE id = ?').get(orderlineId) as { price: string; orderline_fee: string };

describe('the real margin per market', () => {
  it('sums each French sale after fee, parcel, purchase and repair cost and the VAT its regime owes', async () => {
    shop.add({ imei: imeiNumber(1), purchaseDate: '2026-01-01', purchaseCostCents: 40_000, repairCostCents: 2500, vatRegime: 'margin' });
    shop.add({ imei: imeiNumber(2), purchaseDate: '2026-01-02', purchaseCostCents: 38_000, repairCostCents: 0, vatRegime: 'regular' });
    shop.units.saveMarginSettings({ shippingCents: { EUR: 650 } });
    const first = await shop.kit.placeOrder([{ sku: SKU }], { country_code: 'fr-fr' });
    const second = await shop.kit.placeOrder([{ sku: SKU }], { country_code: 'fr-fr' });
    await shop.kit.orders.importOrders();

    const report = shop.units.marginReport(30);
    const france = report.countries.find((country) => country.country === 'fr-fr');
    const a = lineOf(first.orderlines[0]?.id ?? 0);
    const b = lineOf(second.orderlines[0]?.id ?? 0);
    const cents = (amount: string) => centsOf(amount) ?? Number.NaN;
    const [priceA, feeA, priceB, feeB] = [cents(a.price), cents(a.orderline_fee), cents(b.price), cents(b.orderline_fee)] as [number, number, number, number];
    // One sale took the margin-scheme device, VAT on (price − 400.00) at 20 %; the other the regular one, VAT on the price.
    expect(priceA).toBe(priceB);
    const vatA = Math.round(((priceA - 40_000) * 2000) / 12_000);
    const vatB = Math.round((priceB * 2000) / 12_000);
    expect(france).toMatchObject({ currency: 'EUR', linesKnown: 2, vatCents: vatA + vatB, shippingCents: 1300, costCents: 80_500 });
    expect(france?.marginCents).toBe(priceA - feeA - 650 - 42_500 - vatA + (priceB - feeB - 650 - 38_000 - vatB));
    // The seeded French order sold devices never recorded: counted, not guessed.
    expect(france?.lines).toBeGreaterThan(2);

    // The sales export carries each line's margin; a line without recorded devices has its margin left empty.
    const exported = shop.units.exportSales().content.split('\r\n');
    expect(exported[0]).toBe('\ufeffOrder;Orderline;Date;Market;Currency;SKU;Quantity;Devices;VAT regimes;Revenue;Back Market fee;Parcel;Purchase and repair cost;VAT due;Margin');
    // Both orders are of the same listing at the same price, so either may have taken the margin-scheme device.
    const lineA = exported.find((row) => row.includes(`;${imeiNumber(1)};margin;`));
    expect(lineA?.split(';').slice(7)).toEqual([imeiNumber(1), 'margin', (priceA / 100).toFixed(2), (feeA / 100).toFixed(2), '6.50', '425.00', (vatA / 100).toFixed(2), ((priceA - feeA - 650 - 42_500 - vatA) / 100).toFixed(2)]);
    expect(exported.some((row) => row.endsWith(';;;;;;'))).toBe(true);
  });

  it('counts returns per model and per grade once devices come back after shipping', async () => {
    shop.add({ imei: imeiNumber(1), grade: 'GOOD', purchaseCostCents: 30_000 });
    const sale = await shop.sell();
    await shop.kit.orders.accept(sale);
    await shop.kit.orders.ship({ orderId: sale.orderId, trackingNumber: '6A1', carrier: 'Colissimo (contrat pro)', vatType: 'MARGINAL' });
    expect(shop.units.marginReport(30).returnsByGrade).toEqual([{ key: 'GOOD', label: '', sold: 1, returned: 0 }]);
    await shop.kit.orders.refund({ ...sale, reason: 21, message: 'Refunded.' });
    const report = shop.units.marginReport(30);
    expect(report.returnsByModel).toEqual([expect.objectContaining({ key: SKU, sold: 1, returned: 1 })]);
  });
});

describe('the margin at a price for the cheapest unit in stock', () => {
  it('takes the unit with the lowest cost in the market currency and warns below the minimum', () => {
    shop.add({ imei: imeiNumber(1), purchaseCostCents: 45_000, vatRegime: 'margin' });
    shop.add({ imei: imeiNumber(2), purchaseCostCents: 40_000, repairCostCents: 1000, vatRegime: 'margin' });
    shop.units.saveMarginSettings({ minimumMarginCents: 5000 });
    // 599.00 in France: fee 59.90, VAT on 199.00 at 20 % = 33.17; 599 − 59.90 − 400 − 10 − 33.17 = 95.93.
    expect(shop.units.marginAtPrice(SKU, 'fr-fr', 59_900)).toMatchObject({ marginCents: 9593, vatCents: 3317, belowMinimum: false });
    expect(shop.units.marginAtPrice(SKU, 'fr-fr', 50_000).belowMinimum).toBe(true);
    // No device was bought in pounds: the margin in the UK is not known.
    expect(shop.units.marginAtPrice(SKU, 'en-gb', 59_900)).toEqual({ unitId: null, marginCents: null, vatCents: null, belowMinimum: false });
  });

  it('keeps VAT rates the merchant changed and drops one set back to its default', () => {
    expect(shop.units.marginSettings().vatBasisPoints['de-de']).toBe(1900);
    shop.units.saveMarginSettings({ vatBasisPoints: { 'de-de': 700 } });
    expect(shop.units.marginSettings().vatBasisPoints['de-de']).toBe(700);
    shop.units.saveMarginSettings({ vatBasisPoints: { 'de-de': 1900 } });
    expect(shop.kit.db.prepare('SELECT count(*) FROM vat_rates').pluck().get()).toBe(0);
  });
});
