// The merchant's moves on an order (UpdateOrder): accept (2), cancel (4), ship (3), refund before (5) or after (6) shipping,
// and setting an orderline's IMEI or serial number once.
import type { SandboxOrder, SandboxOrderline } from '../state/types';
import { canMove, describeRefusal } from './orderline-machine';
import { parseShipper } from './shippers';

export class OrderUpdateError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 422 = 400,
    readonly field?: string,
  ) {
    super(message);
  }
}

const RETURN_REASONS = [0, 1, 11, 12, 13, 21, 22, 23, 24, 25];
const fail = (message: string, field?: string, status: 400 | 404 | 422 = 400) => new OrderUpdateError(message, status, field);

/** A valid IMEI: 15 digits with a Luhn check digit. */
export function isValidImei(value: string): boolean {
  if (!/^\d{15}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    let digit = Number(value[14 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function optionalString(body: Record<string, unknown>, key: string, max: number): string | undefined {
  const value = body[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw fail(`${key} must be a string.`, key);
  if (value.length > max) throw fail(`${key} is longer than ${max} characters.`, key);
  return value;
}

function lineBySku(order: SandboxOrder, body: Record<string, unknown>, newState: number): SandboxOrderline {
  const sku = optionalString(body, 'sku', 200);
  if (!sku) throw fail(`sku is required with new_state ${newState}: it names the orderline to change.`, 'sku');
  const matches = order.orderlines.filter((line) => line.sku.toLowerCase() === sku.toLowerCase());
  if (matches.length === 0) throw fail(`Order ${order.order_id} has no orderline with sku ${sku}.`, 'sku', 404);
  return matches.find((line) => canMove(line.state, newState)) ?? (matches[0] as SandboxOrderline);
}

function identifiers(body: Record<string, unknown>): { imei?: string; serial_number?: string } {
  const imei = optionalString(body, 'imei', 15);
  const serial = optionalString(body, 'serial_number', 50);
  if (imei !== undefined && !isValidImei(imei)) throw fail(`imei ${imei} is not a valid IMEI (15 digits with a Luhn check digit).`, 'imei');
  return { ...(imei ? { imei } : {}), ...(serial ? { serial_number: serial } : {}) };
}

function ship(order: SandboxOrder, body: Record<string, unknown>, at: string): void {
  const pending = order.orderlines.filter((line) => line.state === 1);
  if (pending.length > 0) throw fail(`${describeRefusal(pending[0] as SandboxOrderline, 3)} Accept or cancel every paid orderline before shipping.`, 'new_state');
  const accepted = order.orderlines.filter((line) => line.state === 2);
  if (accepted.length === 0) {
    const first = order.orderlines[0];
    throw fail(first ? describeRefusal(first, 3) : `Order ${order.order_id} has no orderline.`, 'new_state');
  }
  const tracking = optionalString(body, 'tracking_number', 200);
  if (!tracking) throw fail('tracking_number is required with new_state 3.', 'tracking_number');
  const trackingUrl = optionalString(body, 'tracking_url', 300);
  if (trackingUrl !== undefined && !/^https?:\/\/\S+$/.test(trackingUrl)) throw fail(`tracking_url ${trackingUrl} is not a URL.`, 'tracking_url');
  const shipperName = optionalString(body, 'shipper', 200);
  const shipper = shipperName === undefined ? undefined : parseShipper(shipperName);
  if (shipperName !== undefined && !shipper) throw fail(`shipper ${JSON.stringify(shipperName)} is not one of the Shipper enum's values.`, 'shipper');
  const dateShipping = optionalString(body, 'date_shipping', 64);
  if (dateShipping !== undefined && Number.isNaN(Date.parse(dateShipping))) throw fail(`date_shipping ${dateShipping} is not a date-time.`, 'date_shipping');
  const vatType = body.vat_type;
  if (vatType !== undefined && vatType !== null && vatType !== 'REGULAR' && vatType !== 'MARGINAL') throw fail('vat_type must be REGULAR or MARGINAL.', 'vat_type');
  const ids = identifiers(body);
  if ((ids.imei || ids.serial_number) && (order.orderlines.length !== 1 || order.orderlines[0]?.quantity !== 1))
    throw fail('imei and serial_number can only be given for an order with a single orderline of quantity 1; use PATCH /ws/orderlines/{id} otherwise.', ids.imei ? 'imei' : 'serial_number');
  for (const line of accepted) {
    line.state = 3;
    const only = order.orderlines.length === 1 ? line : undefined;
    if (only && ids.imei && !only.imei) only.imei = ids.imei;
    if (only && ids.serial_number && !only.serial_number) only.serial_number = ids.serial_number;
  }
  order.tracking_number = tracking;
  if (trackingUrl) order.tracking_url = trackingUrl;
  if (shipper) order.shipper_display = shipper;
  if (vatType === 'REGULAR' || vatType === 'MARGINAL') order.vat_type = vatType;
  order.date_shipping = dateShipping ? new Date(dateShipping).toISOString() : at;
}

/**
 * Applies an UpdateOrder body to an order, or throws OrderUpdateError naming the rule that failed. `requireId` (the
 * require-id profile): the body must name the order by `id` (the schema's required field) or `order_id` (its description).
 */
export function updateOrder(order: SandboxOrder, body: Record<string, unknown>, at: string, requireId = false): void {
  for (const field of ['order_id', 'id'] as const) {
    if (body[field] !== undefined && body[field] !== order.order_id) throw fail(`${field} ${JSON.stringify(body[field])} in the body differs from ${order.order_id} in the URL.`, field);
  }
  if (requireId && body.id === undefined && body.order_id === undefined) throw fail(`id is required: give the order's id (${order.order_id}, the same as in the URL) as id or order_id.`, 'id');
  const newState = body.new_state;
  if (newState === undefined) throw fail('new_state is required.', 'new_state');
  if (typeof newState !== 'number' || !Number.isInteger(newState)) throw fail(`new_state must be an integer, got ${JSON.stringify(newState)}.`, 'new_state');
  if (newState === 3) ship(order, body, at);
  else if (newState === 2 || newState === 4 || newState === 5 || newState === 6) {
    const line = lineBySku(order, body, newState);
    if (!canMove(line.state, newState)) throw fail(describeRefusal(line, newState), 'new_state');
    if (newState === 6) {
      const reason = body.return_reason;
      if (typeof reason !== 'number' || !RETURN_REASONS.includes(reason)) throw fail(`return_reason is required with new_state 6 and must be one of ${RETURN_REASONS.join(', ')}.`, 'return_reason');
      line.return_reason = reason;
    } else if (typeof body.return_reason === 'number' && RETURN_REASONS.includes(body.return_reason)) line.return_reason = body.return_reason;
    const message = optionalString(body, 'return_message', 500);
    if (message !== undefined) line.return_message = message;
    line.state = newState;
  } else throw fail(`new_state ${newState} cannot be set by a merchant: use 2 (accept), 4 (cancel), 3 (ship), 5 or 6 (refund).`, 'new_state');
  order.date_modification = at;
}

/** PATCH /ws/orderlines/{id}: imei and/or serial_number, each settable once, on a paid, accepted or shipped line. */
export function setIdentifiers(line: SandboxOrderline, body: Record<string, unknown>): void {
  if (body.imei === undefined && body.serial_number === undefined) throw fail('Give imei or serial_number (or both).');
  const ids = identifiers(body);
  if (ids.imei === undefined && ids.serial_number === undefined) throw fail('imei and serial_number cannot be empty.');
  if (![1, 2, 3].includes(line.state)) throw fail(`Orderline ${line.id} is in state ${line.state}; identifiers can be set on paid, accepted or shipped orderlines.`, undefined, 422);
  if (ids.imei && line.imei && ids.imei !== line.imei) throw fail(`Orderline ${line.id} already has an IMEI; once registered it cannot be corrected.`, 'imei', 422);
  if (ids.serial_number && line.serial_number && ids.serial_number !== line.serial_number)
    throw fail(`Orderline ${line.id} already has a serial number; once registered it cannot be corrected.`, 'serial_number', 422);
  if (ids.imei) line.imei = ids.imei;
  if (ids.serial_number) line.serial_number = ids.serial_number;
}
