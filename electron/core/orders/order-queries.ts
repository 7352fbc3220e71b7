// Reads the imported orders for the Orders screen: a tab's page with the search applied, and one order in full.
import {
  CONDITION_LABELS,
  ORDER_TABS,
  ORDERLINE_STATE_LABELS,
  type OrderAddress,
  type OrderDetail,
  type OrderlineDetail,
  type OrderPage,
  type OrderPlace,
  type OrderQuery,
  type OrderSummary,
  type OrderTab,
} from '../../../shared/orders';
import type { Db } from '../db/connection';
import { canMove, canShip } from './order-place';
import { productNumberFor } from './stock-moves';

interface OrderRow {
  order_id: number;
  state: number;
  place: OrderPlace;
  country_code: string;
  currency: string;
  price: string;
  shipping_price: string;
  sales_taxes: string;
  customer_name: string;
  delivery_note: string;
  expected_dispatch_date: string;
  tracking_number: string;
  tracking_url: string;
  shipper_display: string;
  payment_method: string;
  date_creation: string;
  date_modification: string;
  date_payment: string;
  date_shipping: string;
}

interface LineRow {
  id: number;
  order_id: number;
  sku: string;
  product: string;
  brand: string;
  condition: number | null;
  quantity: number;
  price: string;
  shipping_price: string;
  orderline_fee: string;
  sales_taxes: string;
  currency: string;
  state: number;
  return_reason: number | null;
  return_message: string;
  imei: string;
  serial_number: string;
  date_creation: string;
}

/** Orders to process come deadline first (one without a deadline before them, to be looked at); the others newest first. */
const ORDER_BY: Record<OrderTab | 'all', string> = {
  'to-accept': 'expected_dispatch_date, order_id',
  'to-ship': 'expected_dispatch_date, order_id',
  shipped: 'date_creation DESC, order_id DESC',
  'cancelled-refunded': 'date_creation DESC, order_id DESC',
  all: 'date_creation DESC, order_id DESC',
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (match) => `\\${match}`);

function summaryOf(row: OrderRow, lines: LineRow[]): OrderSummary {
  return {
    orderId: row.order_id,
    state: row.state,
    place: row.place,
    customerName: row.customer_name,
    countryCode: row.country_code,
    currency: row.currency,
    total: row.price,
    lineCount: lines.length,
    skus: [...new Set(lines.map((line) => line.sku))],
    trackingNumber: row.tracking_number,
    dateCreation: row.date_creation,
    datePayment: row.date_payment,
    expectedDispatchDate: row.expected_dispatch_date,
  };
}

function linesOf(db: Db, orderIds: number[]): Map<number, LineRow[]> {
  const byOrder = new Map<number, LineRow[]>();
  if (orderIds.length === 0) return byOrder;
  const rows = db
    .prepare(`SELECT * FROM orderlines WHERE order_id IN (${orderIds.map(() => '?').join(',')}) ORDER BY order_id, id`)
    .all(...orderIds) as LineRow[];
  for (const row of rows) byOrder.set(row.order_id, [...(byOrder.get(row.order_id) ?? []), row]);
  return byOrder;
}

export function listOrders(db: Db, query: OrderQuery): OrderPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.tab !== 'all') {
    where.push('place = ?');
    params.push(query.tab);
  }
  const search = query.search.trim().toLowerCase();
  if (search !== '') {
    // search_text holds the order id, the customer's names, the SKUs and the tracking number.
    where.push("search_text LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(search)}%`);
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM orders ${filter}`).pluck().get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM orders ${filter} ORDER BY ${ORDER_BY[query.tab]} LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as OrderRow[];
  const lines = linesOf(
    db,
    rows.map((row) => row.order_id),
  );
  const counts = Object.fromEntries(ORDER_TABS.map((tab) => [tab, 0])) as Record<OrderTab, number>;
  for (const { place, n } of db.prepare('SELECT place, count(*) AS n FROM orders GROUP BY place').all() as { place: OrderPlace; n: number }[]) {
    if (place !== 'waiting') counts[place] = n;
  }
  return { orders: rows.map((row) => summaryOf(row, lines.get(row.order_id) ?? [])), total, offset: query.offset, limit: query.limit, counts };
}

function addressOf(db: Db, orderId: number, kind: 'shipping' | 'billing'): OrderAddress {
  const row = db.prepare('SELECT * FROM order_addresses WHERE order_id = ? AND kind = ?').get(orderId, kind) as Record<string, string> | undefined;
  return {
    firstName: row?.first_name ?? '',
    lastName: row?.last_name ?? '',
    company: row?.company ?? '',
    street: row?.street ?? '',
    street2: row?.street2 ?? '',
    postalCode: row?.postal_code ?? '',
    city: row?.city ?? '',
    state: row?.state ?? '',
    country: row?.country ?? '',
    phone: row?.phone ?? '',
    email: row?.email ?? '',
  };
}

/** How to reach the customer: the shipping address's e-mail and phone, else the billing address's ('' when neither). */
function contactOf(shipping: OrderAddress, billing: OrderAddress): { customerEmail: string; customerPhone: string } {
  return { customerEmail: shipping.email || billing.email, customerPhone: shipping.phone || billing.phone };
}

function lineDetail(db: Db, line: LineRow): OrderlineDetail {
  const productNumber = productNumberFor(db, line.sku);
  const productId = productNumber === undefined ? null : (db.prepare('SELECT id FROM products WHERE product_number = ?').pluck().get(productNumber) as number);
  return {
    id: line.id,
    sku: line.sku,
    product: line.product,
    brand: line.brand,
    grade: line.condition === null ? '' : (CONDITION_LABELS[line.condition] ?? ''),
    quantity: line.quantity,
    price: line.price,
    shippingPrice: line.shipping_price,
    fee: line.orderline_fee,
    salesTaxes: line.sales_taxes,
    currency: line.currency,
    state: line.state,
    stateLabel: ORDERLINE_STATE_LABELS[line.state] ?? `State ${line.state}`,
    returnReason: line.return_reason,
    returnMessage: line.return_message,
    imei: line.imei,
    serialNumber: line.serial_number,
    dateCreation: line.date_creation,
    productId,
    canAccept: canMove(line.state, 2),
    canCancel: canMove(line.state, 4),
    canRefund: canMove(line.state, 6),
  };
}

export function orderDetail(db: Db, orderId: number): OrderDetail | undefined {
  const row = db.prepare('SELECT * FROM orders WHERE order_id = ?').get(orderId) as OrderRow | undefined;
  if (!row) return undefined;
  const lines = linesOf(db, [orderId]).get(orderId) ?? [];
  const states = lines.map((line) => line.state);
  const unconfirmed = db.prepare("SELECT 1 FROM order_actions WHERE order_id = ? AND kind = 'ship' AND status = 'sending'").get(orderId) !== undefined;
  const shippingAddress = addressOf(db, orderId, 'shipping');
  const billingAddress = addressOf(db, orderId, 'billing');
  return {
    ...summaryOf(row, lines),
    shippingAddress,
    billingAddress,
    ...contactOf(shippingAddress, billingAddress),
    deliveryNote: row.delivery_note,
    trackingUrl: row.tracking_url,
    shipper: row.shipper_display,
    shippingPrice: row.shipping_price,
    salesTaxes: row.sales_taxes,
    paymentMethod: row.payment_method,
    dateModification: row.date_modification,
    dateShipping: row.date_shipping,
    lines: lines.map((line) => lineDetail(db, line)),
    canShip: canShip(states),
    identifiersAllowed: lines.length === 1 && lines[0]?.quantity === 1,
    shipmentUnconfirmed: unconfirmed,
  };
}

/** One imported orderline with its order, for a move. */
export function findOrderline(db: Db, orderId: number, orderlineId: number): { sku: string; state: number; listingId: number | null; quantity: number } | undefined {
  const row = db.prepare('SELECT sku, state, listing_id, quantity FROM orderlines WHERE id = ? AND order_id = ?').get(orderlineId, orderId) as
    | { sku: string; state: number; listing_id: number | null; quantity: number }
    | undefined;
  return row && { sku: row.sku, state: row.state, listingId: row.listing_id, quantity: row.quantity };
}
