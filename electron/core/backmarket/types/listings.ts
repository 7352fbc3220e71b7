// Listings as the contract describes them: ListingPublic, the real-time update body and answer, the CSV catalog task.
import type { PageQuery } from './page';

/** Deprecated numeric grade: 9 Premium, 0 Excellent, 1 Very good, 2 Good, 3 Fair, 4 Stallone. */
export type ListingStateValue = 9 | 0 | 1 | 2 | 3 | 4;
export type AestheticGrade = 'PREMIUM' | 'EXCELLENT' | 'VERY_GOOD' | 'GOOD' | 'FAIR' | 'STALLONE';
/** 0 missing price or comment, 1 pending validation, 2 online, 3 offline, 4 deactivated. */
export type PublicationState = 0 | 1 | 2 | 3 | 4;
/** One of the contract's `Shipper` enum values (about a hundred names; the mapping module owns the list). */
export type Shipper = string;

export interface ListingShipping {
  shipping_price: string;
  shipping_delay: number;
  shipper: string;
  shipper_display: string;
  country_code: string;
}

export interface ListingPublic {
  id: string;
  listing_id: number;
  product_id: string;
  backmarket_id: number;
  title: string;
  shippings: ListingShipping[];
  state: ListingStateValue;
  grade: AestheticGrade;
  quantity: number;
  currency: string;
  sku: string;
  publication_state: PublicationState;
  warranty_delay: number;
  price: string;
  comment: string | null;
  min_price: string | null;
  max_price: string;
  new_battery?: boolean;
}

/** GET /ws/listings/{id} and /ws/listings/detail add the legacy status code to the listing. */
export type ListingAnswer = ListingPublic & { statuscode: number };

export interface ListingsQuery extends PageQuery {
  publication_state?: PublicationState;
  min_quantity?: number;
  max_quantity?: number;
}

/** GET /ws/listings/detail: one of sku, id (UUID) or listing_id (legacy integer). */
export type ListingDetailQuery = { sku: string } | { id: string } | { listing_id: number };

/** POST /ws/listings/{id}: only the fields given change; per-market fields apply to the Accept-Language market. */
export interface ListingUpdate {
  price?: string | number;
  /** Required where the market's currency is not EUR (en-gb: GBP, sv-se: SEK). */
  currency?: string;
  comment?: string | null;
  warranty_delay?: number | string;
  quantity?: number | string;
  shipper_1?: Shipper | null;
  shipper_display_1?: string | null;
  shipping_delay_1?: number | null;
  shipping_price_1?: string | number | null;
  shipper_2?: Shipper | null;
  shipper_display_2?: string | null;
  shipping_delay_2?: number | null;
  shipping_price_2?: string | number | null;
  shipper_3?: Shipper | null;
  shipper_display_3?: string | null;
  shipping_delay_3?: number | null;
  shipping_price_3?: string | number | null;
  min_price?: string | number | null;
}

export type ListingUpdateAnswer = ListingPublic & { statuscode: number; shippings_response?: string[] };

/** POST /ws/listings: a CSV catalog (at most 15,000 lines, header included). */
export interface CatalogUpload {
  catalog: string;
  quotechar: string;
  delimiter: string;
  encoding: string;
}

/** The contract's 200 answer: `bodymessage` is the task id to poll on GET /ws/tasks/{id}. */
export interface CatalogUploadAnswer {
  bodymessage: number;
  statuscode: number;
}

/** The contract's limit on a catalog task's CSV. */
export const MAX_CSV_LINES = 15_000;
