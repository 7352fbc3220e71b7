// Orders as a customer places them (for the control API and seeds), payment, and the contract's Order view.
import type { Address, SandboxOrder, SandboxOrderline, SandboxState } from '../state/types';
import { nextId } from '../state/store';
import { conditionOfGrade } from './grades';
import { listingMarketView } from './listing-view';
import { market } from './markets';
import { productByUuid, productMarket } from './products';
import { orderState } from './orderline-machine';
import { amountOf, centsOf } from './values';
import { addressView, type AddressSpelling } from './address-spelling';

export class OrderError extends Error {}

export interface OrderItem {
  sku: string;
  quantity: number;
}

const DEFAULT_CUSTOMER: Omit<Address, 'id' | 'country'> = {
  first_name: 'Alex',
  last_name: 'Client',
  street: '1 rue de la Paix',
  street2: '',
  postal_code: '75002',
  city: 'Paris',
  phone: '+33600000000',
  email: 'client@example.com',
  company: '',
};

/** Places an order as a customer would: every listing must be online in the market with enough stock. */
export function placeOrder(
  state: SandboxState,
  now: Date,
  input: { country_code: string; items: OrderItem[]; customer?: Partial<Address>; paid?: boolean },
): SandboxOrder {
  const target = market(input.country_code);
  if (input.items.length === 0) throw new OrderError('An order needs at least one item.');
  const at = now.toISOString();
  const lines: SandboxOrderline[] = input.items.map((item) => {
    const listing = state.listings.find((candidate) => candidate.sku.toLowerCase() === item.sku.toLowerCase());
    if (!listing) throw new OrderError(`No listing with sku ${item.sku}.`);
    const view = listingMarketView(state, listing, target.code, now);
    if (view.publication_state !== 2) throw new OrderError(`Listing ${listing.sku} is not online in ${target.code} (publication_state ${view.publication_state}).`);
    if (!Number.isInteger(item.quantity) || item.quantity < 1) throw new OrderError(`Quantity for ${item.sku} must be a positive integer.`);
    if (listing.quantity < item.quantity) throw new OrderError(`Listing ${listing.sku} has ${listing.quantity} in stock, ${item.quantity} ordered.`);
    const product = productByUuid(state, listing.product_id);
    const shipping = listing.shippings.find((entry) => entry.country_code === target.code && entry.slot === 1);
    return {
      id: nextId(state, 'orderline'),
      listing_id: listing.listing_id,
      sku: listing.sku,
      product_title: product ? productMarket(product, target.code).title : listing.sku,
      backmarket_id: product?.backmarket_id ?? 0,
      brand: product?.brand ?? '',
      grade: listing.grade,
      quantity: item.quantity,
      price: view.price,
      shipping_price: shipping?.shipping_price ?? '0.00',
      shipping_delay: shipping?.shipping_delay ?? 48,
      state: 0,
      date_creation: at,
    };
  });
  const order: SandboxOrder = {
    order_id: nextId(state, 'order'),
    country_code: target.code,
    currency: target.currency,
    customer: { ...DEFAULT_CUSTOMER, ...input.customer, id: nextId(state, 'customer'), country: target.country },
    date_creation: at,
    date_modification: at,
    payment_method: 'CARD',
    orderlines: lines,
  };
  state.orders.push(order);
  if (input.paid !== false) payOrder(state, order, now);
  return order;
}

/** Payment accepted: lines become paid (1) and the listings' stock goes down. */
export function payOrder(state: SandboxState, order: SandboxOrder, now: Date): void {
  const waiting = order.orderlines.filter((line) => line.state === 0 || line.state === 8 || line.state === 9);
  if (waiting.length === 0) throw new OrderError(`Order ${order.order_id} is not waiting for payment (state ${orderState(order.orderlines)}).`);
  for (const line of waiting) {
    line.state = 1;
    const listing = state.listings.find((candidate) => candidate.listing_id === line.listing_id);
    if (listing) {
      listing.quantity = Math.max(0, listing.quantity - line.quantity);
      listing.date_modification = now.toISOString();
    }
  }
  order.date_payment = now.toISOString();
  order.date_modification = now.toISOString();
}

/** Payment refused: lines become not paid (7) and the order 8. */
export function failPayment(order: SandboxOrder, now: Date): void {
  const waiting = order.orderlines.filter((line) => line.state === 0 || line.state === 8 || line.state === 9);
  if (waiting.length === 0) throw new OrderError(`Order ${order.order_id} is not waiting for payment (state ${orderState(order.orderlines)}).`);
  for (const line of waiting) line.state = 7;
  order.date_modification = now.toISOString();
}

function lineTotalCents(line: SandboxOrderline): number {
  return centsOf(line.price) * line.quantity;
}

export function orderlineView(line: SandboxOrderline, currency: string) {
  const total = lineTotalCents(line);
  return {
    id: line.id,
    date_creation: line.date_creation,
    state: line.state,
    price: line.price,
    shipping_price: line.shipping_price,
    shipping_delay: line.shipping_delay,
    currency,
    ...(line.return_reason === undefined ? {} : { return_reason: line.return_reason }),
    return_message: line.return_message ?? '',
    listing: line.sku,
    listing_id: line.listing_id,
    orderline_fee: amountOf(Math.round(total * 0.1)),
    product: line.product_title,
    quantity: line.quantity,
    brand: line.brand,
    product_id: line.backmarket_id,
    backcare: false,
    backcare_price: 0,
    sales_taxes: amountOf(Math.round(total / 6)),
    imei: line.imei ?? '',
    serial_number: line.serial_number ?? '',
    condition: conditionOfGrade(line.grade),
  };
}

/** The contract's Order, its addresses in the spelling of the address-spelling profile. */
export function orderView(order: SandboxOrder, baseUrl: string, spelling?: AddressSpelling) {
  const state = orderState(order.orderlines);
  const priceCents = order.orderlines.reduce((sum, line) => sum + lineTotalCents(line), 0);
  const shippingCents = order.orderlines.reduce((sum, line) => sum + centsOf(line.shipping_price) * line.quantity, 0);
  const expected = new Date(Date.parse(order.date_payment ?? order.date_creation) + 48 * 3600_000).toISOString();
  return {
    order_id: order.order_id,
    shipping_address: addressView(order.customer, spelling),
    billing_address: addressView(order.customer, spelling),
    delivery_note: `${baseUrl}/__sandbox/documents/delivery_note/${order.order_id}.pdf`,
    ...(state === 9 ? {} : { expected_dispatch_date: expected }),
    tracking_number: order.tracking_number ?? '',
    ...(order.tracking_url ? { tracking_url: order.tracking_url } : {}),
    // The table calls the carrier `shipper`, the schema `shipper_display`: both are sent.
    shipper: order.shipper_display ?? '',
    shipper_display: order.shipper_display ?? '',
    is_backship: false,
    date_creation: order.date_creation,
    date_modification: order.date_modification,
    ...(order.date_shipping ? { date_shipping: order.date_shipping } : {}),
    ...(order.date_payment ? { date_payment: order.date_payment } : {}),
    state,
    orderlines: order.orderlines.map((line) => orderlineView(line, order.currency)),
    price: amountOf(priceCents),
    shipping_price: amountOf(shippingCents),
    currency: order.currency,
    country_code: order.country_code,
    paypal_reference: null,
    installment_payment: false,
    payment_method: order.payment_method,
    sales_taxes: amountOf(Math.round(priceCents / 6)),
  };
}
