// Writes Back Market orders into SQLite: the order, its two addresses and its orderlines, skipping an order whose content
// has not changed since it was last imported, so that importing twice changes nothing. Addresses and the carrier are read
// in either of the contract's spellings, and dates are stored as RFC 3339 UTC, so neither depends on how they were sent.
import { createHash } from 'node:crypto';
import { fullNameOf, normalizeBackMarketDate, readAddress, shipperOf, type AddressRead, type Order } from '../backmarket';
import type { Db } from '../db/connection';
import { placeOf } from './order-place';

export type StoreOutcome = 'added' | 'updated' | 'unchanged';

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function searchTextOf(order: Order, shipping: AddressRead, billing: AddressRead): string {
  const parts = [
    String(order.order_id),
    fullNameOf(shipping),
    fullNameOf(billing),
    shipping.company,
    shipping.email,
    order.tracking_number,
    ...order.orderlines.map((line) => line.listing),
  ];
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ')
    .toLowerCase();
}

/** Canonical JSON (sorted keys) so the same order always hashes the same, whatever order Back Market sends fields in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const contentHashOf = (order: Order): string => createHash('sha256').update(canonical(order)).digest('hex');

const UPSERT_ORDER = `INSERT INTO orders (order_id, state, place, country_code, currency, price, shipping_price, sales_taxes, customer_name,
    delivery_note, expected_dispatch_date, tracking_number, tracking_url, shipper_display, payment_method, date_creation,
    date_modification, date_payment, date_shipping, search_text, content_hash, imported_at, updated_at)
  VALUES (@order_id, @state, @place, @country_code, @currency, @price, @shipping_price, @sales_taxes, @customer_name,
    @delivery_note, @expected_dispatch_date, @tracking_number, @tracking_url, @shipper_display, @payment_method, @date_creation,
    @date_modification, @date_payment, @date_shipping, @search_text, @content_hash, @now, @now)
  ON CONFLICT(order_id) DO UPDATE SET state = excluded.state, place = excluded.place, country_code = excluded.country_code,
    currency = excluded.currency, price = excluded.price, shipping_price = excluded.shipping_price, sales_taxes = excluded.sales_taxes,
    customer_name = excluded.customer_name, delivery_note = excluded.delivery_note, expected_dispatch_date = excluded.expected_dispatch_date,
    tracking_number = excluded.tracking_number, tracking_url = excluded.tracking_url, shipper_display = excluded.shipper_display,
    payment_method = excluded.payment_method, date_creation = excluded.date_creation, date_modification = excluded.date_modification,
    date_payment = excluded.date_payment, date_shipping = excluded.date_shipping, search_text = excluded.search_text,
    content_hash = excluded.content_hash, updated_at = excluded.updated_at`;

const UPSERT_ADDRESS = `INSERT OR REPLACE INTO order_addresses (order_id, kind, first_name, last_name, company, street, street2, postal_code, city, state, country, phone, email)
  VALUES (@order_id, @kind, @first_name, @last_name, @company, @street, @street2, @postal_code, @city, @state, @country, @phone, @email)`;

const UPSERT_LINE = `INSERT OR REPLACE INTO orderlines (id, order_id, sku, listing_id, product, brand, condition, quantity, price, shipping_price,
    orderline_fee, sales_taxes, currency, state, return_reason, return_message, imei, serial_number, date_creation)
  VALUES (@id, @order_id, @sku, @listing_id, @product, @brand, @condition, @quantity, @price, @shipping_price,
    @orderline_fee, @sales_taxes, @currency, @state, @return_reason, @return_message, @imei, @serial_number, @date_creation)`;

/** Stores one order as Back Market answered it. Call inside a transaction when storing several. */
export function storeOrder(db: Db, order: Order, now: string): StoreOutcome {
  const hash = contentHashOf(order);
  const before = db.prepare('SELECT content_hash FROM orders WHERE order_id = ?').pluck().get(order.order_id) as string | undefined;
  if (before === hash) return 'unchanged';
  const shipping = readAddress(order.shipping_address);
  const billing = readAddress(order.billing_address);
  db.prepare(UPSERT_ORDER).run({
    order_id: order.order_id,
    state: order.state,
    place: placeOf(order.orderlines.map((line) => line.state)),
    country_code: text(order.country_code),
    currency: text(order.currency),
    price: text(order.price),
    shipping_price: text(order.shipping_price),
    sales_taxes: text(order.sales_taxes),
    customer_name: fullNameOf(shipping) || fullNameOf(billing),
    delivery_note: text(order.delivery_note),
    expected_dispatch_date: normalizeBackMarketDate(order.expected_dispatch_date),
    tracking_number: text(order.tracking_number),
    tracking_url: text(order.tracking_url),
    shipper_display: shipperOf(order),
    payment_method: text(order.payment_method),
    date_creation: normalizeBackMarketDate(order.date_creation),
    date_modification: normalizeBackMarketDate(order.date_modification),
    date_payment: normalizeBackMarketDate(order.date_payment),
    date_shipping: normalizeBackMarketDate(order.date_shipping),
    search_text: searchTextOf(order, shipping, billing),
    content_hash: hash,
    now,
  });
  const address = db.prepare(UPSERT_ADDRESS);
  for (const [kind, value] of [
    ['shipping', shipping],
    ['billing', billing],
  ] as const) {
    address.run({
      order_id: order.order_id,
      kind,
      first_name: value.firstName,
      last_name: value.lastName,
      company: value.company,
      street: value.street,
      street2: value.street2,
      postal_code: value.postalCode,
      city: value.city,
      state: value.state,
      country: value.country,
      phone: value.phone,
      email: value.email,
    });
  }
  const line = db.prepare(UPSERT_LINE);
  for (const orderline of order.orderlines) {
    line.run({
      id: orderline.id,
      order_id: order.order_id,
      sku: orderline.listing,
      listing_id: orderline.listing_id ?? null,
      product: text(orderline.product),
      brand: text(orderline.brand),
      condition: orderline.condition ?? null,
      quantity: orderline.quantity ?? 1,
      price: text(orderline.price),
      shipping_price: text(orderline.shipping_price),
      orderline_fee: text(orderline.orderline_fee),
      sales_taxes: text(orderline.sales_taxes),
      currency: text(orderline.currency ?? order.currency),
      state: orderline.state,
      return_reason: orderline.return_reason ?? null,
      return_message: text(orderline.return_message),
      imei: text(orderline.imei),
      serial_number: text(orderline.serial_number),
      date_creation: normalizeBackMarketDate(orderline.date_creation),
    });
  }
  return before === undefined ? 'added' : 'updated';
}
