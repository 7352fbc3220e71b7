// Orders and orderlines as the contract's Order, OrderLine, UpdateOrder and orderline PATCH schemas describe them.
import type { PageQuery } from './page';

/** 0 new, 10 pending payment, 1 paid (accept or cancel lines), 3 to ship, 8 not paid, 9 shipped. */
export type OrderState = 0 | 10 | 1 | 3 | 8 | 9;
/** 0 new, 9 on hold, 8 pending, 1 paid, 2 accepted, 3 shipped, 4 cancelled, 5 refunded before, 6 after shipping, 7 not paid. */
export type OrderLineState = 0 | 9 | 8 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** 0 stock mistake, 1 withdrawal, 11-13 delivery problems, 21-24 product problems, 25 other. */
export type ReturnReason = 0 | 1 | 11 | 12 | 13 | 21 | 22 | 23 | 24 | 25;
/** 9 premium, 10 excellent, 11 good, 12 fair. */
export type ProductCondition = 9 | 10 | 11 | 12;
export type VatType = 'REGULAR' | 'MARGINAL';

/**
 * The contract spells an address two ways: its `Address` schema in camelCase (firstName, postalCode, phoneNumber), the
 * GET /ws/orders description's table in snake_case (first_name, postal_code, phone, email, gender, state_or_province),
 * which is what clients written against the live API read. Both are typed here; `readAddress` reads them.
 */
export interface Address {
  id?: number;
  country?: string;
  city?: string;
  postal_code?: string;
  postalCode?: string;
  first_name?: string;
  firstName?: string;
  last_name?: string;
  lastName?: string;
  company?: string;
  phone?: string;
  phone_number?: string;
  phoneNumber?: string;
  email?: string;
  gender?: string;
  state_or_province?: string;
  stateOrProvince?: string;
  state?: string;
  street?: string;
  street2?: string;
}

export interface OrderLine {
  id: number;
  date_creation?: string;
  state: OrderLineState;
  price?: string;
  shipping_price?: string;
  shipping_delay?: number;
  currency?: string;
  return_reason?: ReturnReason;
  return_message?: string;
  /** The listing's SKU. */
  listing: string;
  listing_id?: number;
  orderline_fee?: string;
  product?: string;
  quantity?: number;
  brand?: string;
  product_id?: number;
  backcare?: boolean;
  backcare_price?: number;
  sales_taxes?: string;
  imei?: string;
  serial_number?: string;
  condition?: ProductCondition;
}

export interface Order {
  order_id: number;
  shipping_address?: Address;
  billing_address?: Address;
  delivery_note?: string;
  expected_dispatch_date?: string;
  tracking_number?: string;
  tracking_url?: string;
  /** The carrier, as the GET /ws/orders table names it (and live clients read it). */
  shipper?: string;
  /** The carrier, as the `Order` schema names it. */
  shipper_display?: string;
  is_backship?: boolean;
  date_creation?: string;
  date_modification?: string;
  date_shipping?: string;
  date_payment?: string;
  state: OrderState;
  orderlines: OrderLine[];
  price?: string;
  shipping_price?: string;
  currency?: string;
  country_code?: string;
  paypal_reference?: string | null;
  installment_payment?: boolean;
  payment_method?: string;
  sales_taxes?: string;
}

export interface OrdersQuery extends PageQuery {
  /** RFC 3339; the client sends it in UTC with an explicit Z (see ../dates.ts). */
  date_creation?: string;
  date_modification?: string;
  country_code?: string;
  state?: OrderState;
}

/** POST /ws/orders/{order_id}. The client fills `order_id` from the URL, as the contract asks. */
export interface OrderUpdate {
  new_state: OrderLineState;
  /** Matches the orderline to accept, cancel or refund; not needed to ship (every line ships together). */
  sku?: string;
  imei?: string;
  serial_number?: string;
  /** Required to ship (new_state 3). */
  tracking_number?: string;
  tracking_url?: string;
  vat_type?: VatType;
  date_shipping?: string;
  shipper?: string;
  return_reason?: ReturnReason;
  return_message?: string;
}

/** PATCH /ws/orderlines/{id}: at least one of the two; once registered a value cannot be corrected. */
export type OrderlineIdentifiers = { imei: string; serial_number?: string } | { imei?: string; serial_number: string };

export interface OrderlineIdentifiersAnswer {
  imei?: string;
  serial_number?: string;
}
