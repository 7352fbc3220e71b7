// The margin stored with each sale is the margin the shared arithmetic gives afresh: right after the sale, after the
// device's cost is edited, after a VAT rate changes in Settings, and after a cancellation takes the line out of the report.
import { describe, expect, it } from 'vitest';
import { lineMargin, type SaleRow } from './margin-report';
import { readMarginSettings } from './margin-settings';
import { storedSaleMargin } from './sale-margins';
import { editableFields, imeiNumber, unitsOnOrdersInEachTest } from './units-test-kit';

const SKU = 'IP14P-256-VIO-B';
const shop = unitsOnOrdersInEachTest(SKU, 0);

/** The line's margin priced now from the orders and units tables, as the report priced every line before it was stored. */
function computedMargin(orderlineId: number) {
  const rows = shop.kit.db
    .prepare(
      `SELECT l.id, o.country_code, COALESCE(NULLIF(l.currency, ''), o.currency) AS currency, l.price, l.orderline_fee, l.quantity,
              u.purchase_cost_cents, u.repair_cost_cents, u.vat_regime, u.currency AS unit_currency
         FROM orders o JOIN orderlines l ON l.order_id = o.order_id LEFT JOIN unit_sales s ON s.orderline_id = l.id LEFT JOIN units u ON u.id = s.unit_id
        WHERE l.id = ?`,
    )
    .all(orderlineId) as SaleRow[];
  return lineMargin(rows, readMarginSettings(shop.kit.db));
}

function expectStoredEqualsComputed(orderlineId: number): void {
  const computed = computedMargin(orderlineId);
  expect(computed).toBeDefined();
  expect(storedSaleMargin(shop.kit.db, orderlineId)).toMatchObject({ known: true, ...computed });
}

describe('the margin stored with each sale', () => {
  it('equals the arithmetic done afresh after the sale, a cost edit, a VAT rate change and a cancellation', async () => {
    const unit = shop.add({ imei: imeiNumber(1), purchaseCostCents: 40_000, repairCostCents: 1500, vatRegime: 'margin' });
    shop.units.saveMarginSettings({ shippingCents: { EUR: 700 } });
    const { orderId, orderlineId } = await shop.sell('fr-fr');
    expectStoredEqualsComputed(orderlineId);
    const atSale = storedSaleMargin(shop.kit.db, orderlineId);
    expect(atSale).toMatchObject({ paid: true, costCents: 41_500, shippingCents: 700 });
    const french = () => shop.units.marginReport(30).countries.find((country) => country.country === 'fr-fr');
    // The seeded French orders sold devices never recorded: the report's French margin is this sale's alone.
    expect(french()?.marginCents).toBe(atSale?.marginCents);

    // The merchant finds the repair cost more: the sale's margin drops by the difference.
    shop.units.update(unit.id, { ...editableFields(shop.units.get(unit.id)), repairCostCents: 4000 });
    expectStoredEqualsComputed(orderlineId);
    expect(storedSaleMargin(shop.kit.db, orderlineId)?.marginCents).toBe((atSale?.marginCents ?? 0) - 2500);

    // France's VAT at 5.5 % instead of 20 %: the VAT due on the margin falls, the margin rises.
    const vatBefore = storedSaleMargin(shop.kit.db, orderlineId)?.vatCents ?? 0;
    shop.units.saveMarginSettings({ vatBasisPoints: { 'fr-fr': 550 } });
    expectStoredEqualsComputed(orderlineId);
    expect(storedSaleMargin(shop.kit.db, orderlineId)?.vatCents).toBeLessThan(vatBefore);
    expect(french()?.vatCents).toBe(storedSaleMargin(shop.kit.db, orderlineId)?.vatCents);

    // Cancelled: the line is no longer paid for and leaves the report; the device is back in stock, unlinked from the sale's sums.
    const linesBefore = french()?.lines ?? 0;
    await shop.kit.orders.cancel({ orderId, orderlineId, reason: 25, message: 'Sorry, we cannot ship this one.', setStockToZero: false });
    expect(storedSaleMargin(shop.kit.db, orderlineId)?.paid).toBe(false);
    expect(french()?.lines ?? 0).toBe(linesBefore - 1);
    expect(shop.units.get(unit.id).status).toBe('in-stock');
  });

  it('leaves a line whose device is not recorded counted, with its margin not known', async () => {
    const { orderlineId } = await shop.sell('fr-fr');
    expect(computedMargin(orderlineId)).toBeUndefined();
    expect(storedSaleMargin(shop.kit.db, orderlineId)).toEqual({ paid: true, known: false, revenueCents: null, commissionCents: null, shippingCents: null, costCents: null, vatCents: null, marginCents: null });
  });
});
