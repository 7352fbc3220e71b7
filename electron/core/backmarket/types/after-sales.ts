// Backship returns and care folders (SAV) as the contract's Return, careFolder and refund schemas describe them.

export interface Return {
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

/** GET /ws/shipping/v1/returns: 10 per page, no page-size parameter. */
export interface ReturnsQuery {
  page?: number;
  order_id?: number;
  start_date?: string;
  end_date?: string;
  pickup_start_date?: string;
  pickup_end_date?: string;
  order_state?: 0 | 1 | 3 | 8 | 9;
  hub_scanned?: boolean;
}

/** 0 open, 9 closed. */
export type CareFolderState = 0 | 9;

export interface CareFolder {
  id: number;
  client?: number;
  merchant?: number;
  orderline: number;
  date_creation?: string;
  date_modification?: string;
  date_last_message?: string;
  date_closed?: string;
  state: CareFolderState;
  lines?: number[];
  country_code?: string;
  backcare?: boolean;
}

/** GET /ws/sav: 10 per page, no page-size parameter; dates as YYYY-MM-DD-hh-mm. */
export interface CareFoldersQuery {
  page?: number;
  last_id?: number;
  state?: CareFolderState;
  orderline?: number;
  last_modification_date?: string;
  last_message_date?: string;
}

export interface CareFolderClaim {
  id?: number;
  issues?: { customerIssue?: string; tag?: string }[];
  state?: CareFolderState;
  resolution_choice?: 'REMOTE_ASSISTANCE' | 'REPAIR' | 'REPLACE' | 'REPAIR_REPLACE' | 'REFUND';
  declared_warranty_state?: 'IN_WARRANTY' | 'WATER_OR_DROPPED' | 'THIRD_PARTY_REPAIR';
  return_labels?: { date_creation?: string; state?: 'USED' | 'ALIVE' | 'EXPIRED'; label?: string; initiator?: 'Merchant' | 'BackMarket'; kind?: string }[];
}

export interface CareFolderMessage {
  id?: number;
  message?: string;
  date_creation?: string;
  attachments?: { id?: number; attachment?: string; date_creation?: string }[];
  initiator?: string;
  kind?: string;
  is_informative?: boolean;
}

export interface CareFolderDetails {
  id: number;
  state: CareFolderState;
  backcare?: boolean;
  client?: { first_name?: string; last_name?: string; email?: string };
  country_code?: string;
  date_closed?: string;
  date_creation?: string;
  date_last_message?: string;
  date_modification?: string;
  lines?: CareFolderClaim[];
  merchant?: { id?: number; username?: string; first_name?: string; last_name?: string };
  messages?: CareFolderMessage[];
  orderline?: {
    id?: number;
    quantity?: number;
    price?: string;
    state?: number;
    order?: { order_id?: number; state?: number; price?: string; currency?: string; country_code?: string };
    snapshot?: { listing?: number; sku?: string; image?: string; product?: { product_id?: number; category_3?: { category_name?: string } } };
  };
}

/** POST /ws/sav/refund: 4 full refund of a paid line, 5 of an accepted line, 6 partial or full of a shipped line. */
export interface RefundRequest {
  orderline_pk: number;
  refund_type: 4 | 5 | 6;
  amount?: number;
}
