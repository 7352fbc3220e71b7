// Backship returns as Back Market lists them, followed in the ledger: the device each returned line shipped goes to
// "returned" (the same move as a refund after shipping, see returnLineDevices), and the sale's stored devices say it
// came back, for the returns rates. A return seen again moves nothing twice.
import type { Db } from '../db/connection';
import { recordSaleMargins } from './sale-margins';
import { returnLineDevices } from './unit-orders';
import { refreshStock } from './units-repo';

export interface FollowedReturns {
  /** Product numbers of the devices that came back. */
  skus: string[];
  /** Whether a unit-tracked product's stock changed (it does not for a device back unchecked; kept for the sync). */
  stockChanged: boolean;
}

export function followBackshipReturns(db: Db, returns: readonly { orderId: number; orderlineId: number }[], now: string): FollowedReturns {
  const skus = new Set<string>();
  const orderIds = new Set<number>();
  let stockChanged = false;
  db.transaction(() => {
    for (const entry of returns) {
      const moved = returnLineDevices(db, entry.orderlineId, now, 'backship-return');
      if (moved.length === 0) continue;
      orderIds.add(entry.orderId);
      for (const sku of moved) skus.add(sku);
    }
    for (const sku of skus) stockChanged = refreshStock(db, sku, now) || stockChanged;
    if (orderIds.size > 0) recordSaleMargins(db, { orderIds: [...orderIds] });
  })();
  return { skus: [...skus], stockChanged };
}
