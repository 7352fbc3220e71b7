// After-sales: Backship returns and care folders linked to orderlines, their contract views, and refunds from care.
import type { SandboxCareFolder, SandboxOrder, SandboxOrderline, SandboxReturn, SandboxState } from '../state/types';
import { nextId } from '../state/store';
import { orderState } from './orderline-machine';
import { amountOf, centsOf, parseMoney } from './values';

export class AfterSalesError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}

export function findOrderline(state: SandboxState, id: number): { order: SandboxOrder; line: SandboxOrderline } | undefined {
  for (const order of state.orders) {
    const line = order.orderlines.find((candidate) => candidate.id === id);
    if (line) return { order, line };
  }
  return undefined;
}

/** A customer return with its Backship label, for a shipped orderline. */
export function openReturn(state: SandboxState, orderlineId: number, now: Date, baseUrl: string): SandboxReturn {
  const found = findOrderline(state, orderlineId);
  if (!found) throw new AfterSalesError(`Orderline ${orderlineId} not found.`, 404);
  if (found.line.state !== 3 && found.line.state !== 6) throw new AfterSalesError(`Orderline ${orderlineId} is in state ${found.line.state}; only shipped orderlines can be returned.`);
  const id = nextId(state, 'ret');
  const at = now.toISOString();
  const entry: SandboxReturn = {
    id,
    orderId: found.order.order_id,
    orderlineId,
    shipmentId: 60000 + id,
    dateCreation: at,
    referenceNumber: `1-${found.order.order_id}-${id}`,
    trackingNumber: `BS${String(id).padStart(10, '0')}`,
    trackingUrl: `https://tracking.sandbox.invalid/BS${String(id).padStart(10, '0')}`,
    carrierId: 7,
    carrierName: 'Colissimo',
    hubScanned: false,
    datePickup: new Date(now.getTime() + 86_400_000).toISOString(),
    dateDelivery: new Date(now.getTime() + 3 * 86_400_000).toISOString(),
    label: `${baseUrl}/__sandbox/documents/return-label/${id}.pdf`,
    invoicedPrice: 0,
    invoicedCurrency: found.order.currency,
    type: 'RETURN',
  };
  state.returns.push(entry);
  return entry;
}

export function returnView(entry: SandboxReturn) {
  const { id: _id, ...view } = entry;
  return view;
}

/** A care folder the customer opens on an orderline (open, state 0). */
export function openCareFolder(state: SandboxState, orderlineId: number, now: Date, message: string, issue = 'BATTERY_NOT_CHARGING'): SandboxCareFolder {
  const found = findOrderline(state, orderlineId);
  if (!found) throw new AfterSalesError(`Orderline ${orderlineId} not found.`, 404);
  const at = now.toISOString();
  const folder: SandboxCareFolder = {
    id: nextId(state, 'careFolder'),
    orderline: orderlineId,
    state: 0,
    date_creation: at,
    date_modification: at,
    date_last_message: at,
    claims: [{ id: nextId(state, 'claim'), state: 0, issue, tag: 'TECHNICAL', resolution_choice: 'REPAIR_REPLACE' }],
    messages: [{ id: nextId(state, 'message'), message, date_creation: at, initiator: 'Customer' }],
  };
  state.careFolders.push(folder);
  return folder;
}

export function closeCareFolder(folder: SandboxCareFolder, now: Date): void {
  folder.state = 9;
  folder.date_closed = now.toISOString();
  folder.date_modification = now.toISOString();
  for (const claim of folder.claims) claim.state = 9;
}

function country(state: SandboxState, folder: SandboxCareFolder): string {
  return findOrderline(state, folder.orderline)?.order.country_code ?? 'fr-fr';
}

export function careFolderView(state: SandboxState, folder: SandboxCareFolder) {
  const found = findOrderline(state, folder.orderline);
  return {
    id: folder.id,
    client: found?.order.customer.id ?? 0,
    merchant: 1,
    orderline: folder.orderline,
    date_creation: folder.date_creation,
    date_modification: folder.date_modification,
    date_last_message: folder.date_last_message,
    ...(folder.date_closed ? { date_closed: folder.date_closed } : {}),
    state: folder.state,
    lines: folder.claims.map((claim) => claim.id),
    country_code: country(state, folder),
    backcare: false,
  };
}

export function careFolderDetailView(state: SandboxState, folder: SandboxCareFolder) {
  const found = findOrderline(state, folder.orderline);
  const order = found?.order;
  const line = found?.line;
  const address = order
    ? {
        company: order.customer.company,
        first_name: order.customer.first_name,
        last_name: order.customer.last_name,
        street: order.customer.street,
        street2: order.customer.street2,
        postal_code: order.customer.postal_code,
        country: order.customer.country,
        city: order.customer.city,
        phone: order.customer.phone,
        email: order.customer.email,
        customer_id_number: String(order.customer.id),
      }
    : {};
  return {
    backcare: false,
    client: { id: 0, username: '', first_name: order?.customer.first_name ?? '', last_name: order?.customer.last_name ?? '', email: order?.customer.email ?? '' },
    country_code: country(state, folder),
    ...(folder.date_closed ? { date_closed: folder.date_closed } : {}),
    date_creation: folder.date_creation,
    date_last_message: folder.date_last_message,
    date_modification: folder.date_modification,
    id: folder.id,
    lines: folder.claims.map((claim) => ({
      id: claim.id,
      issues: [{ customerIssue: claim.issue, tag: claim.tag }],
      state: claim.state,
      resolution_choice: claim.resolution_choice,
      declared_warranty_state: 'IN_WARRANTY',
      return_labels: [],
    })),
    merchant: { id: 1, username: 'merchant@sandbox.invalid', first_name: 'Sandbox', last_name: 'Merchant' },
    messages: folder.messages.map((message) => ({ ...message, attachments: [], kind: 'CUSTOMER_TO_MERCHANT', is_informative: false })),
    ...(order && line
      ? {
          orderline: {
            id: line.id,
            order: {
              order_id: order.order_id,
              shipping_address: address,
              billing_address: address,
              tracking_number: order.tracking_number ?? '',
              tracking_url: order.tracking_url ?? '',
              shipper_display: order.shipper_display ?? '',
              date_creation: order.date_creation,
              date_modification: order.date_modification,
              ...(order.date_shipping ? { date_shipping: order.date_shipping } : {}),
              ...(order.date_payment ? { date_payment: order.date_payment } : {}),
              state: orderState(order.orderlines) === 10 ? 0 : orderState(order.orderlines),
              price: amountOf(order.orderlines.reduce((sum, entry) => sum + centsOf(entry.price) * entry.quantity, 0)),
              shipping_price: amountOf(order.orderlines.reduce((sum, entry) => sum + centsOf(entry.shipping_price) * entry.quantity, 0)),
              currency: order.currency,
              country_code: order.country_code,
            },
            snapshot: { id: 0, product: { product_id: line.backmarket_id, category_3: { category_name: '' } }, listing: line.listing_id, sku: line.sku, image: '' },
            quantity: line.quantity,
            price: line.price,
            state: line.state,
          },
        }
      : {}),
    state: folder.state,
  };
}

/** POST /ws/sav/refund: 4 full refund of a paid line, 5 of an accepted line, 6 partial or full refund of a shipped line. */
export function refundOrderline(state: SandboxState, body: Record<string, unknown>, now: Date): string {
  const id = body.orderline_pk;
  const type = body.refund_type;
  if (typeof id !== 'number' || !Number.isInteger(id)) throw new AfterSalesError('orderline_pk must be an integer.');
  if (type !== 4 && type !== 5 && type !== 6) throw new AfterSalesError('refund_type must be 4, 5 or 6.');
  const found = findOrderline(state, id);
  if (!found) throw new AfterSalesError(`Orderline ${id} does not exist.`, 404);
  const { line, order } = found;
  const expected = { 4: 1, 5: 2, 6: 3 }[type];
  if (line.state !== expected) throw new AfterSalesError(`refund_type ${type} needs an orderline in state ${expected}; orderline ${id} is in state ${line.state}.`);
  const total = centsOf(line.price) * line.quantity;
  let cents = total;
  if (type === 6 && body.amount !== undefined) {
    const amount = parseMoney(body.amount);
    if (amount === null || centsOf(amount) <= 0 || centsOf(amount) > total) throw new AfterSalesError(`amount must be between 0.01 and ${amountOf(total)}.`);
    cents = centsOf(amount);
  }
  line.state = type === 4 ? 4 : type;
  line.refunded_amount = amountOf(cents);
  order.date_modification = now.toISOString();
  state.refunds.push({ orderline_pk: id, refund_type: type, amount: amountOf(cents), date: now.toISOString() });
  return `${amountOf(cents)} ${order.currency} refunded on the sku ${line.sku}`;
}
