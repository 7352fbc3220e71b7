// Plain functions over the unit ledger's tables: write a unit, read units back, move a unit's status with its history,
// and keep a unit-tracked product's stock equal to its units in stock (marking the change for the next sync).
import type { Statement } from 'better-sqlite3';
import { UNIT_STATUSES, type StatusCause, type Unit, type UnitFields, type UnitStatus, type UnitStatusChange } from '../../../shared/device-units';
import type { Db } from '../db/connection';
import { markPending } from '../db/outbox-repo';

export interface UnitRow {
  id: number;
  imei: string | null;
  imei2: string | null;
  serial_number: string;
  sku: string;
  merchant_grade: string;
  grade: string | null;
  battery_health: number | null;
  colour: string;
  storage: string;
  purchase_date: string | null;
  supplier: string;
  purchase_cost_cents: number | null;
  repair_cost_cents: number;
  currency: string;
  vat_regime: string;
  notes: string;
  status: string;
  returns: number;
  created_at: string;
  updated_at: string;
}

export const unitOf = (row: UnitRow): Unit => ({
  id: row.id,
  imei: row.imei,
  imei2: row.imei2,
  serialNumber: row.serial_number,
  sku: row.sku,
  merchantGrade: row.merchant_grade,
  grade: row.grade as Unit['grade'],
  batteryHealth: row.battery_health,
  colour: row.colour,
  storage: row.storage,
  purchaseDate: row.purchase_date,
  supplier: row.supplier,
  purchaseCostCents: row.purchase_cost_cents,
  repairCostCents: row.repair_cost_cents,
  currency: row.currency as Unit['currency'],
  vatRegime: row.vat_regime as Unit['vatRegime'],
  notes: row.notes,
  status: row.status as UnitStatus,
  returns: row.returns,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Oldest purchase first (a unit without a purchase date after the dated ones), then the order it was recorded in. */
export const OLDEST_FIRST = 'purchase_date IS NULL, purchase_date, id';

const INSERT_SQL = `INSERT INTO units (imei, imei2, serial_number, sku, merchant_grade, grade, battery_health, colour, storage, purchase_date,
    supplier, purchase_cost_cents, repair_cost_cents, currency, vat_regime, notes, status, created_at, updated_at)
  VALUES (@imei, @imei2, @serialNumber, @sku, @merchantGrade, @grade, @batteryHealth, @colour, @storage, @purchaseDate,
    @supplier, @purchaseCostCents, @repairCostCents, @currency, @vatRegime, @notes, 'in-stock', @now, @now)`;
const HISTORY_SQL = 'INSERT INTO unit_status_history (unit_id, status, cause, orderline_id, note, changed_at) VALUES (?, ?, ?, ?, ?, ?)';

// Prepared once per connection: an import writes 100,000 units through the same two statements.
const statements = new WeakMap<Db, { insert: Statement; history: Statement }>();
function prepared(db: Db) {
  let found = statements.get(db);
  if (!found) {
    found = { insert: db.prepare(INSERT_SQL), history: db.prepare(HISTORY_SQL) };
    statements.set(db, found);
  }
  return found;
}

/** Writes a new unit in stock with its first history line; the caller has checked its identifiers are free. */
export function insertUnit(db: Db, fields: UnitFields, now: string, note = 'added'): number {
  const { insert, history } = prepared(db);
  const id = Number(insert.run({ ...fields, now }).lastInsertRowid);
  history.run(id, 'in-stock', 'manual', null, note, now);
  return id;
}

export function updateUnitFields(db: Db, id: number, fields: UnitFields, now: string): void {
  db.prepare(
    `UPDATE units SET imei = @imei, imei2 = @imei2, serial_number = @serialNumber, sku = @sku, merchant_grade = @merchantGrade, grade = @grade,
       battery_health = @batteryHealth, colour = @colour, storage = @storage, purchase_date = @purchaseDate, supplier = @supplier,
       purchase_cost_cents = @purchaseCostCents, repair_cost_cents = @repairCostCents, currency = @currency, vat_regime = @vatRegime,
       notes = @notes, updated_at = @now WHERE id = @id`,
  ).run({ ...fields, id, now });
}

/** The fields an edit compares, in the order the history line names them. */
export const EDITABLE_FIELDS = [
  'imei', 'imei2', 'serialNumber', 'sku', 'merchantGrade', 'grade', 'batteryHealth', 'colour', 'storage', 'purchaseDate',
  'supplier', 'purchaseCostCents', 'repairCostCents', 'currency', 'vatRegime', 'notes',
] as const satisfies readonly (keyof UnitFields)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Which fields an edit changes, compared with the unit as recorded. */
export function changedFields(before: UnitRow, after: UnitFields): EditableField[] {
  const recorded = unitOf(before);
  return EDITABLE_FIELDS.filter((field) => recorded[field] !== after[field]);
}

/** The note of an edit's history line: "edited:" and the fields it changed (the renderer names them in the merchant's language). */
export const editNote = (fields: readonly EditableField[]): string => `edited:${fields.join(',')}`;

/** A history line for an edit: the status stays, the note says what changed. */
export function recordEdit(db: Db, unitId: number, status: UnitStatus, fields: readonly EditableField[], now: string): void {
  prepared(db).history.run(unitId, status, 'manual', null, editNote(fields), now);
}

/** Whether the device ever left on an order: Back Market then holds its IMEI or serial, never corrected afterwards. */
export const everShipped = (db: Db, unitId: number): boolean =>
  db.prepare("SELECT 1 FROM unit_status_history WHERE unit_id = ? AND status = 'shipped' LIMIT 1").get(unitId) !== undefined;

export const getUnitRow = (db: Db, id: number): UnitRow | undefined => db.prepare('SELECT * FROM units WHERE id = ?').get(id) as UnitRow | undefined;

/** The unit an IMEI (either of a dual-SIM's two) or a serial number names. */
export function findUnitByCode(db: Db, code: string): UnitRow | undefined {
  return (db.prepare("SELECT * FROM units WHERE imei = @code OR imei2 = @code OR (serial_number = @code AND @code <> '') ORDER BY id LIMIT 1").get({ code }) as UnitRow | undefined);
}

/** Which of these IMEIs are already some unit's (first or second), other than `exceptId`. */
export function takenImeis(db: Db, imeis: readonly string[], exceptId = 0): string[] {
  const taken: string[] = [];
  const statement = db.prepare('SELECT 1 FROM units WHERE (imei = @imei OR imei2 = @imei) AND id <> @exceptId LIMIT 1').pluck();
  for (const imei of imeis) if (statement.get({ imei, exceptId }) !== undefined) taken.push(imei);
  return taken;
}

export function historyOf(db: Db, unitId: number): UnitStatusChange[] {
  return (db.prepare('SELECT status, cause, orderline_id, note, changed_at FROM unit_status_history WHERE unit_id = ? ORDER BY id').all(unitId) as {
    status: UnitStatus;
    cause: StatusCause;
    orderline_id: number | null;
    note: string;
    changed_at: string;
  }[]).map((row) => ({ status: row.status, cause: row.cause, orderlineId: row.orderline_id, note: row.note, changedAt: row.changed_at }));
}

export const orderlinesOf = (db: Db, unitId: number): number[] =>
  db.prepare('SELECT orderline_id FROM unit_sales WHERE unit_id = ? ORDER BY linked_at DESC, orderline_id DESC').pluck().all(unitId) as number[];

/**
 * Moves a unit to a status and records why. A return after shipping counts: the merchant is told when a device comes
 * back a second time. Does not touch the product's stock; callers refresh it once per SKU.
 */
export function moveUnit(db: Db, unitId: number, status: UnitStatus, cause: StatusCause, now: string, orderlineId: number | null = null, note = ''): void {
  const counted = status === 'returned' && cause === 'return' ? 1 : 0;
  db.prepare('UPDATE units SET status = ?, returns = returns + ?, updated_at = ? WHERE id = ?').run(status, counted, now, unitId);
  prepared(db).history.run(unitId, status, cause, orderlineId, note, now);
}

export function isTracked(db: Db, sku: string): boolean {
  return db.prepare('SELECT 1 FROM unit_tracked_products WHERE product_number = ?').get(sku) !== undefined;
}

/** The unit-tracked product number an orderline's SKU names: exact first, then differing only in case, as Back Market matches. */
export function trackedSkuFor(db: Db, sku: string): string | undefined {
  return (
    (db.prepare('SELECT product_number FROM unit_tracked_products WHERE product_number = ?').pluck().get(sku) as string | undefined) ??
    (db.prepare('SELECT product_number FROM unit_tracked_products WHERE product_number = ? COLLATE NOCASE ORDER BY product_number LIMIT 1').pluck().get(sku) as string | undefined)
  );
}

export function trackProduct(db: Db, sku: string, now: string): void {
  db.prepare('INSERT OR IGNORE INTO unit_tracked_products (product_number, since) VALUES (?, ?)').run(sku, now);
}

export function untrackProduct(db: Db, sku: string): void {
  db.prepare('DELETE FROM unit_tracked_products WHERE product_number = ?').run(sku);
}

export const unitsInStock = (db: Db, sku: string): number =>
  db.prepare("SELECT count(*) FROM units WHERE sku = ? AND status = 'in-stock'").pluck().get(sku) as number;

/**
 * For a unit-tracked product that exists in the catalogue: its stock becomes the number of its units in stock, and a
 * change is marked pending so the next sync sends it. Returns whether the stock changed.
 */
export function refreshStock(db: Db, sku: string, now: string): boolean {
  if (!isTracked(db, sku)) return false;
  const current = db.prepare('SELECT stock FROM products WHERE product_number = ?').get(sku) as { stock: number | null } | undefined;
  if (current === undefined) return false;
  const count = unitsInStock(db, sku);
  if (current.stock === count) return false;
  db.prepare('UPDATE products SET stock = ?, updated_at = ? WHERE product_number = ?').run(count, now, sku);
  markPending(db, sku, 'upsert', ['stock'], now);
  return true;
}

export function countByStatus(db: Db): Record<UnitStatus, number> {
  const counts = Object.fromEntries(UNIT_STATUSES.map((status) => [status, 0])) as Record<UnitStatus, number>;
  for (const row of db.prepare('SELECT status, count(*) AS n FROM units GROUP BY status').all() as { status: UnitStatus; n: number }[]) counts[row.status] = row.n;
  return counts;
}
