// What an orderline's state means for the units of a unit-tracked product: a paid line reserves devices (oldest
// purchase first), a shipped line ships them (the very device whose IMEI or serial Back Market holds, when it holds
// one), a cancelled line puts them back in stock, a line refunded after shipping marks them returned. Each unit's move
// is recorded in its history with the orderline, and the product's stock is then set to its units in stock.
import type { OrderLine } from '../backmarket';
import type { Db } from '../db/connection';
import { findUnitByCode, moveUnit, OLDEST_FIRST, refreshStock, trackedSkuFor, type UnitRow } from './units-repo';

const linkedUnits = (db: Db, orderlineId: number): UnitRow[] =>
  db.prepare('SELECT u.* FROM unit_sales s JOIN units u ON u.id = s.unit_id WHERE s.orderline_id = ? ORDER BY u.id').all(orderlineId) as UnitRow[];

const link = (db: Db, orderlineId: number, unitId: number, now: string) =>
  db.prepare('INSERT OR IGNORE INTO unit_sales (orderline_id, unit_id, linked_at) VALUES (?, ?, ?)').run(orderlineId, unitId, now);

const unlink = (db: Db, orderlineId: number, unitId: number) => db.prepare('DELETE FROM unit_sales WHERE orderline_id = ? AND unit_id = ?').run(orderlineId, unitId);

/** Reserves up to `count` of the SKU's units in stock for the line, oldest first. */
function reserve(db: Db, line: OrderLine, sku: string, count: number, now: string): void {
  if (count <= 0) return;
  const ids = db.prepare(`SELECT id FROM units WHERE sku = ? AND status = 'in-stock' ORDER BY ${OLDEST_FIRST} LIMIT ?`).pluck().all(sku, count) as number[];
  for (const id of ids) {
    link(db, line.id, id, now);
    moveUnit(db, id, 'reserved', 'order', now, line.id, 'sold');
  }
}

/**
 * The unit Back Market was told this line shipped (its IMEI or serial), when it is one of ours and free to be this
 * line's: in stock, or reserved for this very line. A unit shipped on another line is never taken again.
 */
function declaredUnit(db: Db, line: OrderLine): UnitRow | undefined {
  const code = line.imei?.trim() || line.serial_number?.trim();
  if (!code) return undefined;
  const unit = findUnitByCode(db, code);
  if (!unit) return undefined;
  const linked = db.prepare('SELECT 1 FROM unit_sales WHERE unit_id = ? AND orderline_id = ?').get(unit.id, line.id) !== undefined;
  return linked || unit.status === 'in-stock' ? unit : undefined;
}

const shippedOnLine = (db: Db, unitId: number, orderlineId: number): boolean =>
  db.prepare("SELECT 1 FROM unit_status_history WHERE unit_id = ? AND orderline_id = ? AND status = 'shipped'").get(unitId, orderlineId) !== undefined;

function ship(db: Db, line: OrderLine, sku: string, quantity: number, now: string): void {
  const declared = declaredUnit(db, line);
  let linked = linkedUnits(db, line.id);
  if (declared && !linked.some((unit) => unit.id === declared.id)) {
    // The merchant shipped another device than the one reserved: the reserved one goes back on the shelf.
    const spare = linked.find((unit) => unit.status === 'reserved');
    if (spare && linked.length >= quantity) {
      unlink(db, line.id, spare.id);
      moveUnit(db, spare.id, 'in-stock', 'order', now, line.id, 'another-device-shipped');
    }
    link(db, line.id, declared.id, now);
    linked = linkedUnits(db, line.id);
  }
  if (linked.length < quantity) {
    reserve(db, line, sku, quantity - linked.length, now);
    linked = linkedUnits(db, line.id);
  }
  // A device this line shipped once and that came back (a Backship return, checked and put back in stock) is not
  // shipped again when the order is read again: the line still says shipped, the device is on the shelf.
  for (const unit of linked) {
    if ((unit.status === 'reserved' || unit.status === 'in-stock') && !shippedOnLine(db, unit.id, line.id)) moveUnit(db, unit.id, 'shipped', 'order', now, line.id, 'shipped');
  }
}

/**
 * The devices a line shipped, come back after shipping (a refund after shipping, or a Backship return): each goes to
 * "returned" with the line and why in its history, and its count of returns goes up, so a device back a second time is
 * flagged. Only a device still shipped on this very line moves: one already back, or sold again and shipped on a later
 * line, is left alone. Returns the product numbers of the devices moved.
 */
export function returnLineDevices(db: Db, orderlineId: number, now: string, note: 'refunded-after-shipping' | 'backship-return'): string[] {
  const units = db
    .prepare(
      `SELECT u.id, u.sku FROM unit_sales s JOIN units u ON u.id = s.unit_id
        WHERE s.orderline_id = @line AND u.status = 'shipped'
          AND (SELECT h.orderline_id FROM unit_status_history h WHERE h.unit_id = u.id AND h.status = 'shipped' ORDER BY h.id DESC LIMIT 1) = @line
        ORDER BY u.id`,
    )
    .all({ line: orderlineId }) as { id: number; sku: string }[];
  for (const unit of units) moveUnit(db, unit.id, 'returned', 'return', now, orderlineId, note);
  return [...new Set(units.map((unit) => unit.sku))];
}

export interface FollowOptions {
  /** The first import: history older than Refurb Desk moves no unit; only lines still open reserve one. */
  baseline: boolean;
}

/** Applies the line's state to its units; returns the product number when its stock changed. */
export function followOrderLine(db: Db, line: OrderLine, now: string, options: FollowOptions): string | undefined {
  const sku = trackedSkuFor(db, line.listing);
  if (sku === undefined) return undefined;
  const quantity = line.quantity ?? 1;
  const open = line.state === 1 || line.state === 2;
  if (options.baseline && !open) return undefined;
  if (open) {
    reserve(db, line, sku, quantity - linkedUnits(db, line.id).length, now);
  } else if (line.state === 3) {
    ship(db, line, sku, quantity, now);
  } else if (line.state === 4 || line.state === 5) {
    for (const unit of linkedUnits(db, line.id)) if (unit.status === 'reserved') moveUnit(db, unit.id, 'in-stock', 'order', now, line.id, 'cancelled');
  } else if (line.state === 6) {
    returnLineDevices(db, line.id, now, 'refunded-after-shipping');
  }
  return refreshStock(db, sku, now) ? sku : undefined;
}
