// The carriers found in imported Back Market orders (their shipper display name), so the carrier map lists them too.
import type { MerchantValueCount } from '../../../shared/mapping';
import type { Db } from '../db/connection';

/** Each carrier name the imported orders carry, with how many orders use it; empty when there are no orders (or no such column). */
export function orderCarrierCounts(db: Db, limit = 2000): MerchantValueCount[] {
  const columns = db.prepare("SELECT name FROM pragma_table_info('orders')").all() as { name: string }[];
  if (!columns.some((column) => column.name === 'shipper_display')) return [];
  return db
    .prepare(
      `SELECT TRIM(shipper_display) AS value, COUNT(*) AS count FROM orders
       WHERE TRIM(shipper_display) <> '' GROUP BY TRIM(shipper_display) ORDER BY count DESC, value LIMIT ?`,
    )
    .all(limit) as MerchantValueCount[];
}
