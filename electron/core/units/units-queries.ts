// The Units screen's reads: a page of units filtered by status, SKU or a search over identifiers and supplier, and a
// SKU's units in stock for the ship dialog.
import type { z } from 'zod';
import type { Unit, UnitPage, unitQuerySchema } from '../../../shared/device-units';
import type { Db } from '../db/connection';
import { countByStatus, OLDEST_FIRST, unitOf, type UnitRow } from './units-repo';

type ParsedQuery = z.output<typeof unitQuerySchema>;

export function listUnits(db: Db, query: ParsedQuery): UnitPage {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: query.limit, offset: query.offset };
  if (query.status !== 'all') {
    where.push('status = @status');
    params.status = query.status;
  }
  if (query.sku !== undefined) {
    where.push('sku = @sku');
    params.sku = query.sku;
  }
  if (query.search !== '') {
    // Identifiers are matched from their start (a scan, or the first digits typed); SKU and supplier anywhere.
    where.push("(imei LIKE @prefix ESCAPE '\\' OR imei2 LIKE @prefix ESCAPE '\\' OR serial_number LIKE @prefix ESCAPE '\\' OR sku LIKE @anywhere ESCAPE '\\' OR supplier LIKE @anywhere ESCAPE '\\')");
    const escaped = query.search.replace(/[\\%_]/g, (char) => `\\${char}`);
    params.prefix = `${escaped}%`;
    params.anywhere = `%${escaped}%`;
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare(`SELECT * FROM units ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as UnitRow[];
  const { limit: _limit, offset: _offset, ...countParams } = params;
  const total = db.prepare(`SELECT count(*) FROM units ${clause}`).pluck().get(countParams) as number;
  return { units: rows.map(unitOf), total, byStatus: countByStatus(db) };
}

/**
 * What the ship dialog offers for a line: the devices already reserved for it (a sale reserves the oldest), then the
 * SKU's other devices in stock, oldest purchase first.
 */
export function pickableUnits(db: Db, sku: string, orderlineId?: number): Unit[] {
  const reserved =
    orderlineId === undefined
      ? []
      : (db.prepare("SELECT u.* FROM unit_sales s JOIN units u ON u.id = s.unit_id WHERE s.orderline_id = ? AND u.status = 'reserved' ORDER BY u.id").all(orderlineId) as UnitRow[]);
  const inStock = db.prepare(`SELECT * FROM units WHERE sku = ? AND status = 'in-stock' ORDER BY ${OLDEST_FIRST} LIMIT 200`).all(sku) as UnitRow[];
  return [...reserved, ...inStock].map(unitOf);
}

/** The devices linked to an orderline (reserved, shipped or back), for its packing slip and order detail. */
export function unitsOfOrderline(db: Db, orderlineId: number): Unit[] {
  return (db.prepare('SELECT u.* FROM unit_sales s JOIN units u ON u.id = s.unit_id WHERE s.orderline_id = ? ORDER BY u.id').all(orderlineId) as UnitRow[]).map(unitOf);
}
