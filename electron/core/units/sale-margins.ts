// Each sale's margin, stored when the sale is recorded: one row per orderline with what it earned, from the same
// arithmetic as everywhere (lineMargin over shared/margin.ts), so the 30-day report sums rows instead of pricing
// 100,000 lines on every read; and the devices sold on it with their model and grade, for the returns rates. A row is written again whenever what it came from changes: the order read again
// (a cancellation, a refund, a device linked), a device's cost, currency, VAT regime, model or grade edited, a VAT rate or parcel
// cost changed in Settings.
import type { MarginSettings, MarginSums } from '../../../shared/margin';
import type { Db } from '../db/connection';
import { lineMargin, type SaleRow } from './margin-report';
import { readMarginSettings } from './margin-settings';

/** Which lines to price again. */
export type SaleScope =
  | { all: true }
  | { orderIds: readonly number[] }
  | { unitId: number }
  | { countries: readonly string[]; currencies: readonly string[] };

interface StoredSaleRow extends SaleRow {
  order_id: number;
  date_creation: string;
  paid: number;
  state: number;
  product: string | null;
  unit_id: number | null;
  sku: string | null;
  grade: string | null;
  unit_returned: number;
}

const SELECT_SQL = `SELECT l.id, o.order_id, o.date_creation, o.country_code, COALESCE(NULLIF(l.currency, ''), o.currency) AS currency,
       l.price, l.orderline_fee, l.quantity, (o.place IN ('to-accept', 'to-ship', 'shipped') AND l.state IN (1, 2, 3)) AS paid,
       l.state, l.product, u.id AS unit_id, u.sku, u.grade, u.purchase_cost_cents,
       EXISTS (SELECT 1 FROM unit_status_history h WHERE h.unit_id = u.id AND h.orderline_id = l.id AND h.cause = 'return') AS unit_returned, u.repair_cost_cents, u.vat_regime, u.currency AS unit_currency
  FROM orders o JOIN orderlines l ON l.order_id = o.order_id
  LEFT JOIN unit_sales s ON s.orderline_id = l.id LEFT JOIN units u ON u.id = s.unit_id`;

const WHERE: Record<'orderIds' | 'unitId' | 'markets', string> = {
  orderIds: 'WHERE o.order_id IN (SELECT value FROM json_each(@list))',
  unitId: 'WHERE l.id IN (SELECT orderline_id FROM unit_sales WHERE unit_id = @unitId)',
  markets: `WHERE o.country_code IN (SELECT value FROM json_each(@countries))
     OR COALESCE(NULLIF(l.currency, ''), o.currency) IN (SELECT value FROM json_each(@currencies))`,
};

function rowsOf(db: Db, scope: SaleScope): StoredSaleRow[] {
  if ('all' in scope) return db.prepare(SELECT_SQL).all() as StoredSaleRow[];
  if ('orderIds' in scope) return db.prepare(`${SELECT_SQL} ${WHERE.orderIds}`).all({ list: JSON.stringify(scope.orderIds) }) as StoredSaleRow[];
  if ('unitId' in scope) return db.prepare(`${SELECT_SQL} ${WHERE.unitId}`).all({ unitId: scope.unitId }) as StoredSaleRow[];
  return db.prepare(`${SELECT_SQL} ${WHERE.markets}`).all({ countries: JSON.stringify(scope.countries), currencies: JSON.stringify(scope.currencies) }) as StoredSaleRow[];
}

const UPSERT_SQL = `INSERT INTO sale_margins (orderline_id, order_id, country_code, currency, date_creation, paid, known,
    revenue_cents, commission_cents, shipping_cents, cost_cents, vat_cents, margin_cents)
  VALUES (@id, @orderId, @country, @currency, @date, @paid, @known, @revenue, @commission, @shipping, @cost, @vat, @margin)
  ON CONFLICT(orderline_id) DO UPDATE SET order_id = excluded.order_id, country_code = excluded.country_code, currency = excluded.currency,
    date_creation = excluded.date_creation, paid = excluded.paid, known = excluded.known, revenue_cents = excluded.revenue_cents,
    commission_cents = excluded.commission_cents, shipping_cents = excluded.shipping_cents, cost_cents = excluded.cost_cents,
    vat_cents = excluded.vat_cents, margin_cents = excluded.margin_cents`;

/** Prices the scope's lines again and stores each line's margin (or that it is not known). Returns the lines written. */
export function recordSaleMargins(db: Db, scope: SaleScope, settings: MarginSettings = readMarginSettings(db)): number {
  const byLine = new Map<number, StoredSaleRow[]>();
  for (const row of rowsOf(db, scope)) {
    const rows = byLine.get(row.id);
    if (rows) rows.push(row);
    else byLine.set(row.id, [row]);
  }
  const upsert = db.prepare(UPSERT_SQL);
  const device = db.prepare('INSERT INTO sale_devices (orderline_id, unit_id, order_id, sku, grade, label, shipped, returned) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    if ('orderIds' in scope) {
      // A line no longer on its order (Back Market's answer is the whole order) leaves no stale margin behind.
      const orders = JSON.stringify(scope.orderIds);
      db.prepare('DELETE FROM sale_margins WHERE order_id IN (SELECT value FROM json_each(?))').run(orders);
      db.prepare('DELETE FROM sale_devices WHERE order_id IN (SELECT value FROM json_each(?))').run(orders);
    } else if ('all' in scope) db.prepare('DELETE FROM sale_devices').run();
    else db.prepare('DELETE FROM sale_devices WHERE orderline_id IN (SELECT value FROM json_each(?))').run(JSON.stringify([...byLine.keys()]));
    for (const rows of byLine.values()) {
      const first = rows[0] as StoredSaleRow;
      const margin = lineMargin(rows, settings);
      upsert.run({
        id: first.id,
        orderId: first.order_id,
        country: first.country_code,
        currency: first.currency,
        date: first.date_creation,
        paid: first.paid ? 1 : 0,
        known: margin ? 1 : 0,
        revenue: margin?.revenueCents ?? null,
        commission: margin?.commissionCents ?? null,
        shipping: margin?.shippingCents ?? null,
        cost: margin?.costCents ?? null,
        vat: margin?.vatCents ?? null,
        margin: margin?.marginCents ?? null,
      });
      const shipped = first.state === 3 || first.state === 6 ? 1 : 0;
      for (const row of rows) {
        // Back: the line refunded after shipping, or the device returned on this line (a Backship return).
        const returned = first.state === 6 || row.unit_returned === 1 ? 1 : 0;
        if (row.unit_id !== null) device.run(row.id, row.unit_id, row.order_id, row.sku ?? '', row.grade ?? '', row.product ?? '', shipped, returned);
      }
    }
  })();
  return byLine.size;
}

/** The stored margin of one line, as the report reads it: what a test compares with the arithmetic done afresh. */
export type StoredSaleMargin = { paid: boolean; known: boolean } & { [Sum in keyof MarginSums]: MarginSums[Sum] | null };

export function storedSaleMargin(db: Db, orderlineId: number): StoredSaleMargin | undefined {
  const row = db.prepare('SELECT * FROM sale_margins WHERE orderline_id = ?').get(orderlineId) as
    | { paid: number; known: number; revenue_cents: number | null; commission_cents: number | null; shipping_cents: number | null; cost_cents: number | null; vat_cents: number | null; margin_cents: number | null }
    | undefined;
  if (!row) return undefined;
  return {
    paid: row.paid === 1,
    known: row.known === 1,
    revenueCents: row.revenue_cents,
    commissionCents: row.commission_cents,
    shippingCents: row.shipping_cents,
    costCents: row.cost_cents,
    vatCents: row.vat_cents,
    marginCents: row.margin_cents,
  };
}
