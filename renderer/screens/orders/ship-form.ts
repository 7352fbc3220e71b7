// The shipment form's rules, checked before anything is sent: a carrier of the merchant's that maps to a Back Market
// shipper, a tracking number, an http(s) tracking link if any, a Luhn-valid IMEI (only where Back Market takes one),
// and the VAT type. Errors are i18n keys, so the form shows them in the merchant's language.
import { isValidImei, type ShipInput, type VatTypeValue } from '../../../shared/orders';
import { isShipper } from '../../../shared/shippers';
import type { ValueMapEntry } from '../../../shared/mapping';

export type IdentifierKind = 'none' | 'imei' | 'serial';

export interface ShipForm {
  carrier: string;
  trackingNumber: string;
  trackingUrl: string;
  identifierKind: IdentifierKind;
  identifier: string;
  vatType: VatTypeValue | '';
}

export const EMPTY_SHIP_FORM: ShipForm = { carrier: '', trackingNumber: '', trackingUrl: '', identifierKind: 'none', identifier: '', vatType: '' };

export type ShipField = 'carrier' | 'trackingNumber' | 'trackingUrl' | 'identifier' | 'vatType';

/** One of the merchant's carriers and the Back Market shipper it goes as (null: not mapped yet). */
export interface CarrierChoice {
  carrier: string;
  shipper: string | null;
}

/** The carrier map's entries as choices: a carrier whose own name is a Back Market shipper needs no mapping. */
export function carrierChoices(entries: readonly ValueMapEntry[]): CarrierChoice[] {
  return entries.map((entry) => ({ carrier: entry.merchantValue, shipper: entry.target ?? (isShipper(entry.merchantValue) ? entry.merchantValue : null) }));
}

export function validateShipForm(
  form: ShipForm,
  order: { orderId: number; identifiersAllowed: boolean },
  carriers: readonly CarrierChoice[],
): { errors: Partial<Record<ShipField, string>>; input?: ShipInput } {
  const errors: Partial<Record<ShipField, string>> = {};
  const chosen = carriers.find((choice) => choice.carrier === form.carrier);
  if (!chosen) errors.carrier = 'orders.ship.errors.carrier';
  else if (!chosen.shipper) errors.carrier = 'orders.ship.errors.carrierUnmapped';
  const trackingNumber = form.trackingNumber.trim();
  if (!trackingNumber) errors.trackingNumber = 'orders.ship.errors.trackingNumber';
  const trackingUrl = form.trackingUrl.trim();
  if (trackingUrl && !/^https?:\/\/\S+$/.test(trackingUrl)) errors.trackingUrl = 'orders.ship.errors.trackingUrl';
  const identifier = form.identifier.replace(/\s+/g, '');
  const kind = order.identifiersAllowed ? form.identifierKind : 'none';
  if (kind === 'imei' && !isValidImei(identifier)) errors.identifier = 'orders.ship.errors.imei';
  if (kind === 'serial' && (identifier === '' || identifier.length > 50)) errors.identifier = 'orders.ship.errors.serial';
  if (!form.vatType) errors.vatType = 'orders.ship.errors.vatType';
  if (Object.keys(errors).length > 0 || !form.vatType) return { errors };
  return {
    errors,
    input: {
      orderId: order.orderId,
      carrier: form.carrier,
      trackingNumber,
      ...(trackingUrl ? { trackingUrl } : {}),
      ...(kind === 'imei' ? { imei: identifier } : {}),
      ...(kind === 'serial' ? { serialNumber: identifier } : {}),
      vatType: form.vatType,
    },
  };
}
