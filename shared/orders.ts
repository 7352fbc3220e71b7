// Orders, orderlines, merchant moves (accept, cancel, ship, refund), Backship returns and care folders as main and the
// renderer both see them: the input schemas of the Orders calls, their result types, and the rules a form checks first.
import { z } from 'zod';

/** Which list an order sits in, from its orderlines' states (an order waiting for payment is in none of the four). */
export const ORDER_TABS = ['to-accept', 'to-ship', 'shipped', 'cancelled-refunded'] as const;
export type OrderTab = (typeof ORDER_TABS)[number];
export type OrderPlace = OrderTab | 'waiting';

/** The contract's OrderLineState, in the merchant's words. */
export const ORDERLINE_STATE_LABELS: Record<number, string> = {
  0: 'New, payment being checked',
  9: 'On hold, being checked by Back Market',
  8: 'Waiting for payment',
  1: 'Paid, to accept or cancel',
  2: 'Accepted, to ship',
  3: 'Shipped',
  4: 'Cancelled',
  5: 'Refunded before shipping',
  6: 'Refunded after shipping',
  7: 'Not paid',
};

/** The contract's ReturnReason values and what they mean; 0 (stock mistake) offers to set the listing's stock to 0. */
export const RETURN_REASONS = [
  { value: 0, label: 'Stock mistake' },
  { value: 1, label: 'Withdrawal during the legal 14-day period' },
  { value: 11, label: 'Does not live at the address given' },
  { value: 12, label: 'The parcel did not reach its destination' },
  { value: 13, label: 'Lost parcel' },
  { value: 21, label: 'Faulty product on opening the package' },
  { value: 22, label: 'Failure during first use' },
  { value: 23, label: 'Failure during the warranty period' },
  { value: 24, label: 'Non-compliant product' },
  { value: 25, label: 'Other' },
] as const;
export type ReturnReasonValue = (typeof RETURN_REASONS)[number]['value'];
export const STOCK_MISTAKE: ReturnReasonValue = 0;

/** ProductCondition of an orderline: the grade the customer bought. */
export const CONDITION_LABELS: Record<number, string> = { 9: 'Premium', 10: 'Excellent', 11: 'Good', 12: 'Fair' };

export const VAT_TYPES = ['REGULAR', 'MARGINAL'] as const;
export type VatTypeValue = (typeof VAT_TYPES)[number];

/** Shown next to the IMEI field: Back Market keeps the first value it receives. */
export const IMEI_WARNING = 'Check the IMEI twice: once Back Market has it, it cannot be corrected.';

/** The Luhn check digit for the digits before it (every second digit from the right doubled). */
export function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/** A valid IMEI: 15 digits whose last is the Luhn check digit. */
export const isValidImei = (value: string): boolean => /^\d{15}$/.test(value) && luhnCheckDigit(value.slice(0, 14)) === Number(value[14]);

const orderIdSchema = z.number().int().positive();
const orderlineIdSchema = z.number().int().positive();
const RETURN_REASON_VALUES: readonly number[] = RETURN_REASONS.map((reason) => reason.value);
const returnReasonSchema = z.custom<ReturnReasonValue>(
  (value) => typeof value === 'number' && RETURN_REASON_VALUES.includes(value),
  'Choose one of Back Market\'s reasons.',
);
/** The contract allows 500 characters for the message to the customer. */
const customerMessageSchema = z.string().trim().min(1, 'Write the message the customer will receive.').max(500, 'The message to the customer is at most 500 characters.');

export const orderQuerySchema = z
  .object({
    tab: z.enum([...ORDER_TABS, 'all']).default('to-accept'),
    /** An order id, a customer's name, a SKU or a tracking number. */
    search: z.string().trim().max(200).default(''),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type OrderQuery = z.output<typeof orderQuerySchema>;

export const orderRefSchema = z.object({ orderId: orderIdSchema }).strict();

export const acceptInputSchema = z.object({ orderId: orderIdSchema, orderlineId: orderlineIdSchema }).strict();
export type AcceptInput = z.output<typeof acceptInputSchema>;

export const cancelInputSchema = z
  .object({
    orderId: orderIdSchema,
    orderlineId: orderlineIdSchema,
    reason: returnReasonSchema,
    message: customerMessageSchema,
    /** Only with a stock mistake: the listing's stock becomes 0 here and on Back Market at once, instead of coming back. */
    setStockToZero: z.boolean().default(false),
  })
  .strict()
  .refine((input) => !input.setStockToZero || input.reason === STOCK_MISTAKE, {
    message: 'Setting the stock to 0 goes with a stock mistake: choose that reason, or leave the stock as it is.',
    path: ['setStockToZero'],
  });
export type CancelInput = z.output<typeof cancelInputSchema>;

export const shipInputSchema = z
  .object({
    orderId: orderIdSchema,
    trackingNumber: z.string().trim().min(1, 'Enter the tracking number of the parcel.').max(200),
    trackingUrl: z
      .string()
      .trim()
      .max(300)
      .regex(/^https?:\/\/\S+$/, 'The tracking link must start with http:// or https://.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    /** One of the merchant's own carriers; it is sent as the Back Market shipper it is mapped to. */
    carrier: z.string().trim().min(1, 'Choose the carrier.').max(200),
    imei: z
      .string()
      .trim()
      .refine(isValidImei, 'An IMEI is 15 digits and its last digit must check out (Luhn). Read it again from the device.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    serialNumber: z.string().trim().max(50).optional().or(z.literal('').transform(() => undefined)),
    vatType: z.enum(VAT_TYPES),
  })
  .strict();
export type ShipInput = z.output<typeof shipInputSchema>;

export const refundInputSchema = z
  .object({ orderId: orderIdSchema, orderlineId: orderlineIdSchema, reason: returnReasonSchema, message: customerMessageSchema })
  .strict();
export type RefundInput = z.output<typeof refundInputSchema>;

export const afterSalesQuerySchema = z.object({ page: z.number().int().min(1).default(1), orderId: orderIdSchema.optional() }).strict();
export const careFolderQuerySchema = z
  .object({ page: z.number().int().min(1).default(1), state: z.enum(['open', 'closed', 'all']).default('all') })
  .strict();
export const careFolderRefundSchema = z
  .object({
    careFolderId: z.number().int().positive(),
    /** Only for a shipped orderline: a partial refund, in the order's currency; the whole line when left out. */
    amount: z.number().positive().max(100_000).optional(),
  })
  .strict();
export type CareFolderRefundInput = z.output<typeof careFolderRefundSchema>;

export interface OrderAddress {
  firstName: string;
  lastName: string;
  company: string;
  street: string;
  street2: string;
  postalCode: string;
  city: string;
  state: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone: string;
  /** '' when Back Market sent none (its Address schema has no e-mail; the GET /ws/orders table has one). */
  email: string;
}

/** One order in a list. Amounts are decimal strings in the order's currency, as Back Market gives them. */
export interface OrderSummary {
  orderId: number;
  /** The contract's OrderState. */
  state: number;
  place: OrderPlace;
  customerName: string;
  countryCode: string;
  currency: string;
  total: string;
  lineCount: number;
  skus: string[];
  trackingNumber: string;
  dateCreation: string;
  datePayment: string;
  /** The deadline the order carries: ship by then. */
  expectedDispatchDate: string;
}

export interface OrderPage {
  orders: OrderSummary[];
  total: number;
  offset: number;
  limit: number;
  /** How many orders each tab holds (ignoring the search), for the tab badges. */
  counts: Record<OrderTab, number>;
}

export interface OrderlineDetail {
  id: number;
  sku: string;
  product: string;
  brand: string;
  /** The grade the customer bought (Premium, Excellent, Good, Fair), '' when Back Market did not say. */
  grade: string;
  quantity: number;
  /** Unit price. */
  price: string;
  shippingPrice: string;
  /** Back Market's commission on the line. */
  fee: string;
  salesTaxes: string;
  currency: string;
  state: number;
  stateLabel: string;
  returnReason: number | null;
  returnMessage: string;
  imei: string;
  serialNumber: string;
  dateCreation: string;
  /** The merchant's product with this SKU, when the catalogue has one. */
  productId: number | null;
  canAccept: boolean;
  canCancel: boolean;
  canRefund: boolean;
}

export interface OrderDetail extends OrderSummary {
  shippingAddress: OrderAddress;
  billingAddress: OrderAddress;
  /** The customer's e-mail and phone from the shipping address, else the billing one; '' when Back Market sent neither. */
  customerEmail: string;
  customerPhone: string;
  /** Back Market's link to the delivery note (PDF). */
  deliveryNote: string;
  trackingUrl: string;
  shipper: string;
  shippingPrice: string;
  salesTaxes: string;
  paymentMethod: string;
  dateModification: string;
  dateShipping: string;
  lines: OrderlineDetail[];
  /** Every paid line is accepted or cancelled and some are accepted. */
  canShip: boolean;
  /** An IMEI or serial number may be sent with the shipment only for one line of quantity 1. */
  identifiersAllowed: boolean;
  /** A shipment whose answer never came: Refurb Desk reads the order before sending anything again. */
  shipmentUnconfirmed: boolean;
}

export interface OrderImportReport {
  /** Orders Back Market listed as changed since the last import. */
  received: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Orders with a line waiting to be accepted, after the import. */
  toAccept: number;
  /** Products whose local stock changed because of these orders. */
  stockChanges: number;
  /** The date_modification the import asked from ('' for the first import). */
  since: string;
}

/** A move's outcome: the order as Back Market answered, and what changed here because of it. */
export interface OrderMoveResult {
  order: OrderDetail;
  /** Back Market already had this change (its answer to an earlier try had been lost): nothing was sent again. */
  alreadyDone: boolean;
  /** For a cancellation with stock set to 0: false when Back Market could not be told yet (the next sync sends it). */
  stockZeroSent?: boolean;
}

/** A Backship return as Back Market lists it, with the linked order when it is in Refurb Desk. */
export interface ReturnSummary {
  orderId: number;
  orderlineId: number;
  shipmentId: number;
  type: string;
  referenceNumber: string;
  trackingNumber: string;
  trackingUrl: string;
  carrierName: string;
  /** Back Market's hub has scanned the parcel. */
  hubScanned: boolean;
  dateCreation: string;
  datePickup: string;
  dateDelivery: string;
  label: string;
  sku: string;
  customerName: string;
}

export interface ReturnPage {
  returns: ReturnSummary[];
  page: number;
  hasMore: boolean;
  total: number;
}

export interface CareFolderSummary {
  id: number;
  state: 'open' | 'closed';
  orderlineId: number;
  /** The linked order; null when neither Refurb Desk nor the care folder names it. */
  orderId: number | null;
  sku: string;
  customerName: string;
  countryCode: string;
  dateCreation: string;
  dateModification: string;
  dateLastMessage: string;
  dateClosed: string;
}

export interface CareFolderPage {
  careFolders: CareFolderSummary[];
  page: number;
  hasMore: boolean;
}

export interface CareFolderRefundResult {
  /** Back Market's own summary, such as "120.00 EUR refunded on the sku X". */
  message: string;
  order: OrderDetail | null;
}

/** Pushed when an import finds orders waiting to be accepted that the merchant has not been told about. */
export interface NewOrdersEvent {
  orders: { orderId: number; customerName: string; total: string; currency: string; lineCount: number; expectedDispatchDate: string }[];
}
export interface OrdersChangedEvent {
  reason: 'import' | 'move';
  orderIds: number[];
}
