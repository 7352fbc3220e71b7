// Exports of the ledger as CSV a spreadsheet opens as it is (UTF-8 with BOM, semicolons, CRLF, decimal points, cells
// guarded against formulas): every device with its costs and status, and every sale still paid for with the devices
// sold on it and the margin it made (empty where the margin is not known).
import type { CsvExport } from '../../../shared/catalogue';
import type { MarginSettings } from '../../../shared/margin';
import { guardFormula } from '../catalogue/csv/formula-guard';
import type { Db } from '../db/connection';
import { lineMargin, type SaleRow } from './margin-report';
import type { UnitRow } from './units-repo';

const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;
const cell = (value: string | number | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = guardFormula(value);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};
const amount = (cents: number | null | undefined): string => (cents === null || cents === undefined ? '' : (cents / 100).toFixed(2));
const csv = (header: string[], rows: (string | number | null)[][]) => `\ufeff${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
const day = (now: Date) => now.toISOString().slice(0, 10);

export function exportUnits(db: Db, now: Date): CsvExport {
  const header = ['IMEI', 'IMEI 2', 'Serial', 'SKU', 'Grade', 'Back Market grade', 'Battery health', 'Colour', 'Storage', 'Purchase date', 'Supplier', 'Purchase cost', 'Repair cost', 'Currency', 'VAT regime', 'Status', 'Returns', 'Notes'];
  const rows = (db.prepare('SELECT * FROM units ORDER BY id').all() as UnitRow[]).map((unit) => [
    unit.imei, unit.imei2, unit.serial_number, unit.sku, unit.merchant_grade, unit.grade, unit.battery_health, unit.colour, unit.storage, unit.purchase_date,
    unit.supplier, amount(unit.purchase_cost_cents), amount(unit.repair_cost_cents), unit.currency, unit.vat_regime, unit.status, unit.returns, unit.notes,
  ]);
  return { fileName: `refurb-desk-units-${day(now)}.csv`, content: csv(header, rows), rowCount: rows.length };
}

interface SaleExportRow extends SaleRow {
  order_id: number;
  date_creation: string;
  sku: string;
  imei: string | null;
  serial_number: string | null;
}

export function exportSales(db: Db, now: Date, settings: MarginSettings): CsvExport {
  const rows = db
    .prepare(
      `SELECT l.id, o.order_id, o.date_creation, o.country_code, COALESCE(NULLIF(l.currency, ''), o.currency) AS currency, l.sku, l.price, l.orderline_fee, l.quantity,
              u.purchase_cost_cents, u.repair_cost_cents, u.vat_regime, u.currency AS unit_currency, u.imei, u.serial_number
         FROM orders o JOIN orderlines l ON l.order_id = o.order_id
         LEFT JOIN unit_sales s ON s.orderline_id = l.id LEFT JOIN units u ON u.id = s.unit_id
        WHERE l.state IN (1, 2, 3) ORDER BY o.date_creation, l.id, u.id`,
    )
    .all() as SaleExportRow[];
  const byLine = new Map<number, SaleExportRow[]>();
  for (const row of rows) byLine.set(row.id, [...(byLine.get(row.id) ?? []), row]);
  const header = ['Order', 'Orderline', 'Date', 'Market', 'Currency', 'SKU', 'Quantity', 'Devices', 'VAT regimes', 'Revenue', 'Back Market fee', 'Parcel', 'Purchase and repair cost', 'VAT due', 'Margin'];
  const lines = [...byLine.values()].map((group) => {
    const first = group[0] as SaleExportRow;
    const margin = lineMargin(group, settings);
    const devices = group.filter((row) => row.vat_regime !== null);
    return [
      first.order_id, first.id, first.date_creation, first.country_code, first.currency, first.sku, first.quantity,
      devices.map((row) => row.imei ?? row.serial_number ?? '').join(' '), devices.map((row) => row.vat_regime ?? '').join(' '),
      amount(margin?.revenueCents), amount(margin?.commissionCents), amount(margin?.shippingCents), amount(margin?.costCents), amount(margin?.vatCents), amount(margin?.marginCents),
    ];
  });
  return { fileName: `refurb-desk-sales-margin-${day(now)}.csv`, content: csv(header, lines), rowCount: lines.length };
}
