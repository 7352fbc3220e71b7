// The sandbox's whole state as plain, JSON-serialisable data: taxonomy, products, listings, tasks, orders, after-sales.
import type { AddressSpelling } from '../domain/address-spelling';
import type { SandboxProfiles } from '../profiles';

export type Grade = 'PREMIUM' | 'EXCELLENT' | 'VERY_GOOD' | 'GOOD' | 'FAIR' | 'STALLONE';

export interface CategoryAttribute {
  field: string;
  field_name: string;
  /** 0 decimal, 1 integer, 2 string, 3 multiple choice. */
  type: 0 | 1 | 2 | 3;
  allowed_values: string;
  required: boolean;
}

export interface CategoryNode {
  category_id: number;
  category_name: string;
  marketplace_category_id: number;
  is_leaf: boolean;
  attributes: CategoryAttribute[];
  childrens: CategoryNode[];
}

/** The per-market fields of a product (title, description, price_new). */
export interface ProductMarketFields {
  title: string;
  description: string;
  price_new: string;
}

export interface SandboxProduct {
  product_id: string;
  backmarket_id: number;
  ean: string;
  /** The leaf's marketplace_category_id. */
  category_id: number;
  brand: string;
  weight: number;
  images: string[];
  width?: string;
  height?: string;
  depth?: string;
  attributes: Record<string, string>;
  markets: Record<string, ProductMarketFields>;
  /** 'pending' until Back Market's team (the validation delay) has validated a product a merchant created. */
  status: 'validated' | 'pending';
  validatesAt?: string;
  createdByMerchant: boolean;
}

export interface ListingShipping {
  country_code: string;
  slot: 1 | 2 | 3;
  shipper: string;
  shipper_display: string;
  shipping_price: string;
  shipping_delay: number;
}

/** The per-market fields of a listing (price, currency, comment, warranty_delay, min_price). */
export interface ListingMarketFields {
  price: string | null;
  currency: string;
  comment: string | null;
  warranty_delay: number;
  min_price: string | null;
}

export interface SandboxListing {
  id: string;
  listing_id: number;
  sku: string;
  product_id: string;
  grade: Grade;
  /** Shared by every market. */
  quantity: number;
  new_battery: boolean;
  deactivated: boolean;
  markets: Record<string, ListingMarketFields>;
  shippings: ListingShipping[];
  date_creation: string;
  date_modification: string;
}

export interface TaskLineResult {
  line: number;
  sku: string | null;
  status: 'created' | 'updated' | 'error';
  id?: string;
  listing_id?: number;
  product_id?: string;
  product_created?: boolean;
  errors?: { field: string; message: string }[];
}

export interface SandboxTask {
  task_id: number;
  /** 0 to do, 2 in progress, 8 failed, 9 done; 3 and 7 (undescribed by the contract) under the strict statuses profile. */
  action_status: 0 | 2 | 3 | 7 | 8 | 9;
  last_action_error: string | null;
  market: string;
  header: string[];
  rows: string[][];
  createdAt: string;
  dueAt: string;
  /** The report as the taskReport profile shapes it: `{}`, `{total, created, updated, errors, lines[]}`, or a map keyed by SKU. */
  result: Record<string, unknown>;
}

export interface Address {
  id: number;
  first_name: string;
  last_name: string;
  street: string;
  street2: string;
  postal_code: string;
  city: string;
  country: string;
  phone: string;
  email: string;
  company: string;
}

export interface SandboxOrderline {
  id: number;
  listing_id: number;
  sku: string;
  product_title: string;
  backmarket_id: number;
  brand: string;
  grade: Grade;
  quantity: number;
  /** Unit price in the order's currency. */
  price: string;
  shipping_price: string;
  shipping_delay: number;
  state: number;
  return_reason?: number;
  return_message?: string;
  imei?: string;
  serial_number?: string;
  date_creation: string;
  refunded_amount?: string;
}

export interface SandboxOrder {
  order_id: number;
  country_code: string;
  currency: string;
  customer: Address;
  date_creation: string;
  date_modification: string;
  date_payment?: string;
  date_shipping?: string;
  tracking_number?: string;
  tracking_url?: string;
  shipper_display?: string;
  vat_type?: 'REGULAR' | 'MARGINAL';
  payment_method: string;
  orderlines: SandboxOrderline[];
}

export interface SandboxReturn {
  id: number;
  orderId: number;
  orderlineId: number;
  shipmentId: number;
  dateCreation: string;
  referenceNumber: string;
  trackingNumber: string;
  trackingUrl: string;
  carrierId: number;
  carrierName: string;
  hubScanned: boolean;
  datePickup: string;
  dateDelivery: string;
  label: string;
  invoicedPrice: number;
  invoicedCurrency: string;
  type: string;
}

export interface SandboxCareFolder {
  id: number;
  orderline: number;
  state: 0 | 9;
  date_creation: string;
  date_modification: string;
  date_last_message: string;
  date_closed?: string;
  claims: { id: number; state: 0 | 9; issue: string; tag: string; resolution_choice: 'REMOTE_ASSISTANCE' | 'REPAIR' | 'REPLACE' | 'REPAIR_REPLACE' | 'REFUND' }[];
  messages: { id: number; message: string; date_creation: string; initiator: string }[];
}

export interface SandboxRefund {
  orderline_pk: number;
  refund_type: 4 | 5 | 6;
  amount: string;
  date: string;
}

/** Another merchant's offer on a product and grade in one market: what the merchant's listings compete with for the BackBox. */
export interface SandboxCompetitor {
  id: number;
  merchant: string;
  product_id: string;
  grade: Grade;
  /** The market's Accept-Language code (fr-fr). */
  market: string;
  price: string;
  min_price: string | null;
  /** When the offer was put on sale: a tie on price goes to the oldest offer. */
  since: string;
}

export interface SandboxLimits {
  /** Requests allowed per window on every /ws path before 429s (contract: 200 in 10 s). */
  requestsPerWindow: number;
  /** Requests allowed per window on /ws/category (contract: 20 in 10 s). */
  categoryRequestsPerWindow: number;
  windowMs: number;
  /** Requests allowed per second on /ws/backbox (contract: 2 per second per token); more get a 429 for the rest of that second. */
  backboxRequestsPerSecond: number;
  /** How long 429s last once a window limit is passed (contract: 10 s). */
  blockMs: number;
  /** SKU lines per rolling hour across POST /ws/listings and POST /ws/listings/{id} (contract: 2,000). */
  skuLinesPerHour: number;
  /** Lines per CSV catalog, header included (contract: 15,000). */
  maxCsvLines: number;
  /** Largest page-size (contract: 50). */
  maxPageSize: number;
  /** Largest request body in bytes; larger bodies get 413. */
  maxBodyBytes: number;
}

export interface SandboxConfig {
  taskDelayMs: number;
  validationDelayMs: number;
  warrantyMinMonths: number;
  limits: SandboxLimits;
  /** How order addresses are spelled on the wire (the address-spelling profile); snake_case when left out. */
  addressSpelling?: AddressSpelling;
  /** Answers where the contract is silent (profiles.ts); left out, the defaults. */
  profiles?: Partial<SandboxProfiles>;
}

export interface PathFault {
  /** Added latency before answering, in ms. */
  latencyMs?: number;
  /** Share of requests (0..1) answered with a 5xx. */
  errorRate?: number;
  /** Which 5xx (default 503). */
  errorStatus?: number;
  /** Share of requests (0..1) whose connection is dropped without an answer. */
  dropRate?: number;
  /** The next N requests on the path get 429. */
  burst429?: number;
}

export interface SandboxState {
  version: 1;
  token: string;
  controlSecret: string;
  config: SandboxConfig;
  categories: CategoryNode[];
  products: SandboxProduct[];
  listings: SandboxListing[];
  tasks: SandboxTask[];
  orders: SandboxOrder[];
  returns: SandboxReturn[];
  careFolders: SandboxCareFolder[];
  refunds: SandboxRefund[];
  /** Other merchants' offers (BackBox competition); absent in a state saved before the BackBox existed. */
  competitors?: SandboxCompetitor[];
  /** Fault injection, keyed by path prefix ('*' for every /ws path). */
  faults: Record<string, PathFault>;
  /** Timestamps (ISO) and sizes of listing updates, for the hourly SKU budget. */
  skuLineLog: { at: string; lines: number }[];
  /** Failure message the next task ends with (status 8), set through the control API. */
  failNextTask: string | null;
  seq: { listing: number; product: number; task: number; order: number; orderline: number; ret: number; careFolder: number; claim: number; message: number; customer: number };
}
