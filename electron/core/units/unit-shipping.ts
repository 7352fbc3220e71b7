// Before a shipment goes to Back Market with an IMEI or serial: when the code names a device of the ledger, that
// device must be free to leave (in stock, or reserved for this very order). A device never ships twice, and Back
// Market never records for this customer a device already sold to another.
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { plainEnglish, said } from '../../../shared/messages/merchant-message';
import { findUnitByCode } from './units-repo';

export function assertUnitShippable(db: Db, orderId: number, code: string | undefined): void {
  if (code === undefined || code.trim() === '') return;
  const unit = findUnitByCode(db, code.trim());
  if (!unit || unit.status === 'in-stock') return;
  const forThisOrder = db
    .prepare('SELECT 1 FROM unit_sales s JOIN orderlines l ON l.id = s.orderline_id WHERE s.unit_id = ? AND l.order_id = ?')
    .get(unit.id, orderId) !== undefined;
  if (unit.status === 'reserved' && forThisOrder) return;
  const field = unit.imei === code.trim() || unit.imei2 === code.trim() ? 'imei' : 'serialNumber';
  const refusal =
    unit.status === 'shipped' ? said('units.shippedElsewhere', { code: code.trim() }) : said('units.notInStock', { code: code.trim(), status: unit.status });
  throw saidError('conflict', refusal, [{ path: field, message: plainEnglish(refusal) }]);
}
