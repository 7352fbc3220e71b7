// Carrier mapping as the orders side uses it: a shipment cannot be confirmed until its carrier maps to a Back Market shipper.
import { isShipper, type Shipper } from '../../../shared/shippers';
import type { Db } from '../db/connection';
import { valueTarget } from './mapping-repo';

/**
 * The Back Market shipper for a merchant's carrier: the carrier value map's target, or the carrier itself when it is
 * already one of the enum's names. undefined means "not mapped": ask the merchant before confirming the shipment.
 */
export function shipperFor(db: Db, merchantCarrier: string): Shipper | undefined {
  const carrier = merchantCarrier.trim();
  if (!carrier) return undefined;
  const target = valueTarget(db, 'carrier', carrier);
  if (target !== undefined) return isShipper(target) ? target : undefined;
  return isShipper(carrier) ? carrier : undefined;
}
