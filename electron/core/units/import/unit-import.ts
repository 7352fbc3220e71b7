// Imports devices from a CSV: reads and checks every row while yielding to the app (IMEI check digits, duplicates in
// the file and in the ledger, unknown products), then writes the good rows in one transaction, each with its first
// history line, and sets each unit-tracked product's stock to its units in stock.
import type { CsvReadOptions, RejectedRow } from '../../../../shared/catalogue';
import type { UnitFields } from '../../../../shared/device-units';
import type { UnitColumn, UnitImportPreview, UnitImportReport } from '../../../../shared/units-import';
import { previewCsv } from '../../catalogue/csv/preview';
import { emptyFile, openCsvSource, readCsvRecords } from '../../catalogue/csv/read-csv';
import { isBlankRecord } from '../../catalogue/csv/row-values';
import type { Db } from '../../db/connection';
import { saidError } from '../../errors';
import { said } from '../../../../shared/messages/merchant-message';
import { refreshStock, trackProduct } from '../units-repo';
import { suggestUnitMapping } from './unit-header-aliases';
import { readUnitRow, type UnitRowPlan } from './unit-row';

export const REJECTED_LIST_LIMIT = 1000;

export async function previewUnitsCsv(file: string, fileId: string, fileName: string, options: CsvReadOptions): Promise<UnitImportPreview> {
  const preview = await previewCsv(file, options);
  return { fileId, fileName, ...preview, suggestedMapping: suggestUnitMapping(preview.headers) };
}

/** The catalogue's product numbers, exact and by lower case, and product titles naming exactly one product. */
function productResolver(db: Db): UnitRowPlan['resolveProduct'] {
  const exact = new Set<string>();
  const folded = new Map<string, string>();
  const titles = new Map<string, string | null>();
  for (const row of db.prepare('SELECT product_number, title FROM products ORDER BY id').iterate() as IterableIterator<{ product_number: string; title: string | null }>) {
    exact.add(row.product_number);
    const lower = row.product_number.toLowerCase();
    if (!folded.has(lower)) folded.set(lower, row.product_number);
    if (row.title) {
      const title = row.title.trim().toLowerCase();
      // A title two products share names neither.
      titles.set(title, titles.has(title) ? null : row.product_number);
    }
  }
  return (sku, model) => {
    if (sku !== '') return exact.has(sku) ? sku : folded.get(sku.toLowerCase());
    // A model is matched by the product's title first (diagnostic tools write "iPhone 12 128GB"), then as a SKU.
    return titles.get(model.toLowerCase()) ?? (exact.has(model) ? model : folded.get(model.toLowerCase()));
  };
}

function planOf(db: Db, headers: string[], mapping: readonly (UnitColumn | null)[], defaults: UnitRowPlan['defaults']): UnitRowPlan {
  if (mapping.length !== headers.length) {
    throw saidError('invalid-input', said('csvMapping.columnCount', { entries: mapping.length, columns: headers.length }));
  }
  const columns: Partial<Record<UnitColumn, number>> = {};
  mapping.forEach((column, index) => {
    if (column === null) return;
    if (columns[column] !== undefined) throw saidError('invalid-input', said('units.sameField', { column: headers[index] ?? column }));
    columns[column] = index;
  });
  if (columns.imei === undefined && columns.serialNumber === undefined) {
    throw saidError('invalid-input', said('units.noIdentifierColumn'));
  }
  if (columns.sku === undefined && columns.model === undefined) {
    throw saidError('invalid-input', said('units.noSkuColumn'));
  }
  return { columns, headers, defaults, resolveProduct: productResolver(db) };
}

export interface UnitImportArgs {
  options: CsvReadOptions;
  mapping: readonly (UnitColumn | null)[];
  defaults: UnitRowPlan['defaults'];
  now: string;
}

export async function importUnitsCsv(db: Db, file: string, args: UnitImportArgs): Promise<UnitImportReport> {
  const started = performance.now();
  const source = await openCsvSource(file, args.options);
  let plan: UnitRowPlan | undefined;
  let rowsRead = 0;
  const accepted: UnitFields[] = [];
  const rejected: RejectedRow[] = [];
  let rejectedTotal = 0;
  // Spreadsheet rows, as the catalogue import numbers them: every record is one row, the header row 1.
  let records = 0;
  let headerRecord = 0;
  let row = 0;
  const reject = (line: number, field: string | null, reason: string) => {
    rejectedTotal += 1;
    if (rejected.length < REJECTED_LIST_LIMIT) rejected.push({ row, line, field, reason });
  };
  // Every IMEI already recorded, and where each of the file's first appears.
  const recorded = new Set(db.prepare('SELECT imei FROM units WHERE imei IS NOT NULL UNION ALL SELECT imei2 FROM units WHERE imei2 IS NOT NULL').pluck().all() as string[]);
  const firstLineOf = new Map<string, number>();

  await readCsvRecords(source, (cells, line) => {
    records += 1;
    if (isBlankRecord(cells)) return;
    if (!plan) {
      plan = planOf(db, cells.map((cell) => cell.trim()), args.mapping, args.defaults);
      headerRecord = records;
      return;
    }
    rowsRead += 1;
    row = records - headerRecord + 1;
    const reading = readUnitRow(plan, cells);
    if (!reading.ok) return reject(line, reading.header, reading.reason);
    const current = plan;
    for (const column of ['imei', 'imei2'] as const) {
      const imei = reading.fields[column];
      if (imei === null) continue;
      const header = current.headers[current.columns[column] ?? -1] ?? column;
      if (recorded.has(imei)) return reject(line, header, `IMEI ${imei} is already recorded in Units. Each device is recorded once: remove the row, or edit the unit in Units.`);
      const first = firstLineOf.get(imei);
      if (first !== undefined) return reject(line, header, `IMEI ${imei} is already on line ${first} of this file. Each device appears once.`);
    }
    for (const imei of [reading.fields.imei, reading.fields.imei2]) if (imei !== null) firstLineOf.set(imei, line);
    accepted.push(reading.fields);
  });
  if (!plan) throw emptyFile();
  if (rowsRead === 0) throw saidError('invalid-input', said('units.headerOnly'));
  writeUnits(db, accepted, args.now);
  return { added: accepted.length, rejected, rejectedTotal, durationMs: Math.round(performance.now() - started) };
}

const INSERT_SQL = `INSERT INTO units (imei, imei2, serial_number, sku, merchant_grade, grade, battery_health, colour, storage, purchase_date,
    supplier, purchase_cost_cents, repair_cost_cents, currency, vat_regime, notes, status, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in-stock', ?, ?)`;

/** One transaction: the units, their first history lines in one statement, then each product's stock once. */
export function writeUnits(db: Db, units: readonly UnitFields[], now: string): void {
  if (units.length === 0) return;
  const insert = db.prepare(INSERT_SQL);
  db.transaction(() => {
    const lastId = (db.prepare('SELECT max(id) FROM units').pluck().get() as number | null) ?? 0;
    for (const unit of units) {
      insert.run(
        unit.imei, unit.imei2, unit.serialNumber, unit.sku, unit.merchantGrade, unit.grade, unit.batteryHealth, unit.colour, unit.storage,
        unit.purchaseDate, unit.supplier, unit.purchaseCostCents, unit.repairCostCents, unit.currency, unit.vatRegime, unit.notes, now, now,
      );
    }
    // SQLite gives new rows the ids above the largest one: every unit above lastId is this import's.
    db.prepare("INSERT INTO unit_status_history (unit_id, status, cause, note, changed_at) SELECT id, 'in-stock', 'manual', 'imported', ? FROM units WHERE id > ?").run(now, lastId);
    for (const sku of new Set(units.map((unit) => unit.sku))) {
      trackProduct(db, sku, now);
      refreshStock(db, sku, now);
    }
  })();
}
