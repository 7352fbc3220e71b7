// What each sale really earned: every orderline still paid for in the window, with the devices sold on it, priced
// through the shared margin arithmetic when the sale is recorded (sale-margins.ts) and summed per market here. A line
// whose devices are not all recorded with a purchase cost in the sale's currency is counted but not summed: its margin
// is not known, and the report says how many.
import { marginOf, type CountryMargin, type MarginAtPrice, type MarginReport, type MarginSettings, type MarginSums, type ReturnsRate } from '../../../shared/margin';
import type { VatRegime } from '../../../shared/device-units';
import { findMarketChoice } from '../../../shared/connection';
import { centsOf, commissionOf } from '../dashboard/sales-math';
import type { Db } from '../db/connection';
import { OLDEST_FIRST } from './units-repo';

export interface SaleRow {
  id: number;
  country_code: string;
  currency: string;
  price: string;
  orderline_fee: string;
  quantity: number;
  purchase_cost_cents: number | null;
  repair_cost_cents: number | null;
  vat_regime: VatRegime | null;
  unit_currency: string | null;
}

/** One line's sums (the report adds them up per market). */
export type LineMargin = MarginSums;

/**
 * One line's margin from its rows (one per device sold on it), or undefined when it is not known: a device not
 * recorded, without a purchase cost, or costed in another currency than the sale's. Back Market's price is per unit;
 * its fee is for the whole line, and the fee and parcel are shared evenly between the devices (the last takes the
 * rounding), each device with its own VAT regime.
 */
export function lineMargin(rows: readonly SaleRow[], settings: MarginSettings): LineMargin | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const price = centsOf(first.price);
  const devices = rows.filter((row) => row.vat_regime !== null);
  const quantity = Math.max(1, first.quantity);
  const known = price !== undefined && devices.length === quantity && devices.every((row) => row.purchase_cost_cents !== null && row.unit_currency === first.currency);
  if (!known) return undefined;
  const commission = centsOf(first.orderline_fee) ?? commissionOf(price * quantity);
  const shipping = settings.shippingCents[first.currency] ?? 0;
  const basisPoints = settings.vatBasisPoints[first.country_code] ?? 0;
  const sums: LineMargin = { revenueCents: price * quantity, commissionCents: commission, shippingCents: shipping, costCents: 0, vatCents: 0, marginCents: 0 };
  devices.forEach((device, index) => {
    const share = (total: number) => (index === quantity - 1 ? total - Math.floor(total / quantity) * (quantity - 1) : Math.floor(total / quantity));
    const result = marginOf({
      priceCents: price,
      commissionCents: share(commission),
      shippingCents: share(shipping),
      purchaseCostCents: device.purchase_cost_cents ?? 0,
      repairCostCents: device.repair_cost_cents ?? 0,
      vatRegime: device.vat_regime ?? 'regular',
      vatBasisPoints: basisPoints,
    });
    sums.vatCents += result.vatCents;
    sums.marginCents += result.marginCents;
    sums.costCents += (device.purchase_cost_cents ?? 0) + (device.repair_cost_cents ?? 0);
  });
  return sums;
}

// Each market's sums over the window, from the margins stored with each sale (sale-margins.ts): SUM ignores the nulls
// of the lines whose margin is not known, and the covering index answers without reading the table.
const COUNTRY_SQL = `SELECT country_code AS country, currency, count(*) AS lines, sum(known) AS linesKnown,
       total(revenue_cents) AS revenueCents, total(commission_cents) AS commissionCents, total(shipping_cents) AS shippingCents,
       total(cost_cents) AS costCents, total(vat_cents) AS vatCents, total(margin_cents) AS marginCents
  FROM sale_margins WHERE paid = 1 AND date_creation >= ? GROUP BY country_code, currency`;

export function countryMargins(db: Db, createdSince: string): CountryMargin[] {
  const rows = db.prepare(COUNTRY_SQL).all(createdSince) as CountryMargin[];
  return rows.sort((a, b) => b.lines - a.lines || a.country.localeCompare(b.country));
}

/** Shipped sales of recorded devices and how many were refunded after shipping, per model and per grade, all time. */
export function returnsRates(db: Db): { byModel: ReturnsRate[]; byGrade: ReturnsRate[] } {
  const rows = db
    .prepare('SELECT sku, max(label) AS label, grade, count(*) AS sold, sum(returned) AS returned FROM sale_devices WHERE shipped = 1 GROUP BY sku, grade')
    .all() as { sku: string; label: string; grade: string; sold: number; returned: number }[];
  const sum = (key: (row: (typeof rows)[number]) => string, label: (row: (typeof rows)[number]) => string) => {
    const groups = new Map<string, ReturnsRate>();
    for (const row of rows) {
      const group = groups.get(key(row)) ?? { key: key(row), label: label(row), sold: 0, returned: 0 };
      group.sold += row.sold;
      group.returned += row.returned;
      groups.set(group.key, group);
    }
    return [...groups.values()].sort((a, b) => b.returned / b.sold - a.returned / a.sold || b.sold - a.sold || a.key.localeCompare(b.key));
  };
  return { byModel: sum((row) => row.sku, (row) => row.label), byGrade: sum((row) => row.grade, () => '') };
}

export function marginReport(db: Db, now: Date, days: number): MarginReport {
  const since = new Date(now.getTime() - days * 86_400_000).toISOString();
  const returns = returnsRates(db);
  return { days, countries: countryMargins(db, since), returnsByModel: returns.byModel, returnsByGrade: returns.byGrade };
}

/** The margin of selling the SKU's cheapest unit in stock (purchase plus repair) at this price in this market. */
export function marginAtPrice(db: Db, sku: string, country: string, priceCents: number, settings: MarginSettings): MarginAtPrice {
  const currency = findMarketChoice(country)?.currency ?? 'EUR';
  const unit = db
    .prepare(
      `SELECT id, purchase_cost_cents, repair_cost_cents, vat_regime FROM units
        WHERE sku = ? AND status = 'in-stock' AND purchase_cost_cents IS NOT NULL AND currency = ?
        ORDER BY purchase_cost_cents + repair_cost_cents, ${OLDEST_FIRST} LIMIT 1`,
    )
    .get(sku, currency) as { id: number; purchase_cost_cents: number; repair_cost_cents: number; vat_regime: VatRegime } | undefined;
  if (!unit) return { unitId: null, marginCents: null, vatCents: null, belowMinimum: false };
  const result = marginOf({
    priceCents,
    commissionCents: commissionOf(priceCents),
    shippingCents: settings.shippingCents[currency] ?? 0,
    purchaseCostCents: unit.purchase_cost_cents,
    repairCostCents: unit.repair_cost_cents,
    vatRegime: unit.vat_regime,
    vatBasisPoints: settings.vatBasisPoints[country] ?? 0,
  });
  const belowMinimum = settings.minimumMarginCents !== null && result.marginCents < settings.minimumMarginCents;
  return { unitId: unit.id, marginCents: result.marginCents, vatCents: result.vatCents, belowMinimum };
}
