// The plan as the runner takes it from the planner: CSV catalog tasks per country (≤ 15,000 lines with the header), the
// real-time stock updates, what the pre-flight check holds back, and what waits for the hourly SKU-line budget.
import type { ContentField } from '../../../shared/market-language';
import type { ChangeKind, FieldChange, PlanSummary } from '../../../shared/sync';
import type { MerchantMessage } from '../../../shared/messages/merchant-message';

/** The hashes of an offer's values, one per kind of change: equal to the accepted ones means nothing to send. */
export interface OfferHashes {
  stock: string;
  price: string;
  content: string;
}

/** One offer (product x country) the catalogue and the mapping describe now. */
export interface OfferIntent {
  productNumber: string;
  sku: string;
  country: string;
  /** Back Market field (CSV column) -> cell, as it would be sent; fields without a value are left out. */
  values: Record<string, string>;
  hashes: OfferHashes;
}

/** A line of a catalog task. */
export interface PlannedLine extends OfferIntent {
  kind: Exclude<ChangeKind, 'stock'> | 'stock';
  changes: FieldChange[];
  /** The language the line's texts are meant to be in (its market's content language). */
  language?: string;
  /** Texts the line sends in the catalogue's language, the market reading another (the merchant has not chosen yet). */
  catalogueTexts?: ContentField[];
}

/** One catalog task: its CSV (header + lines, ';' delimited, '"' quoted) and the line each offer is on (1 = first data line). */
export interface PlannedTask {
  country: string;
  header: string[];
  lines: PlannedLine[];
  /** The whole CSV text as it is posted. */
  csv: string;
  /** Each data line's CSV text (without line break), in the order of `lines`: shown beside a rejection. */
  csvLines: string[];
}

/** A stock-only change, sent with POST /ws/listings/{id} (quantity is shared by the listing's markets: one call per SKU). */
export interface PlannedStockUpdate {
  productNumber: string;
  sku: string;
  /** The listing's id as Back Market knows it (legacy integer or UUID). */
  listingId: number | string;
  quantity: number;
  /** Every country row of this listing: each gets the new stock hash once Back Market accepts. */
  countries: string[];
  stockHash: string;
  /** 'offline': the product was deleted or taken offline (quantity 0). */
  reason: 'stock' | 'offline';
  changes: FieldChange[];
}

/**
 * An offer's min_price (the floor of Back Market's repricer), sent with POST /ws/listings/{id} in its market; null
 * clears one Refurb Desk sent before (the country switched off, or the floor no longer known or above the price).
 */
export interface PlannedMinPrice {
  productNumber: string;
  sku: string;
  country: string;
  listingId: number | string;
  minPrice: string | null;
  /** The min_price Back Market accepted from Refurb Desk before (null: none). */
  before: string | null;
}

/** An offer the pre-flight check holds back in a country: not sent, shown as None with these problems. */
export interface BlockedOffer {
  productNumber: string;
  sku: string;
  country: string;
  /**
   * The problems, one sentence each, ready to show. Built when read, not when planned (the product is read again and
   * validated): read many after Plan.resolveProblems, which does it in one batch.
   */
  readonly problems: string[];
  /** The same problems as codes and their values, for the listings grid to word in the merchant's language. */
  readonly reasons: MerchantMessage[];
  /**
   * Held for the existing account's review while Back Market holds the listing: its state is recorded as the account read
   * found it (on sale, or not), with the reason beside it, never as "held back"; 'managed': an offer of the product that
   * Refurb Desk already manages keeps its state, with the reason beside it.
   */
  readonly asRead?: HeldListing | 'managed';
}

/** What the account read found of a listing held for the review. */
export interface HeldListing {
  listingId: number | null;
  listingUuid: string | null;
  productId: string | null;
  publicationState: number | null;
}

/** An outbox entry's product and the markets its change is to concern (none: it waits in no market, yet stays for the planner). */
export interface OutboxMarkets {
  productNumber: string;
  countries: string[];
}

export interface Plan {
  plannedAt: string;
  realtime: PlannedStockUpdate[];
  /** min_price updates, one per offer (absent: none). */
  minPrices?: PlannedMinPrice[];
  tasks: PlannedTask[];
  blocked: BlockedOffer[];
  /**
   * Offers recorded as held back whose listing Back Market holds and which are ready for the update now: their status
   * goes back to what Back Market holds (published, with its publication state) when the plan is run.
   */
  restored?: { productNumber: string; country: string; sku: string }[];
  /** Offers recorded as held back in a market the merchant keeps the product off ("Keep off"): the record goes, as never sent. */
  cleared?: { productNumber: string; country: string; sku: string }[];
  /** Offers recorded as None · held back (no listing on Back Market) that the check no longer holds: they go with this plan. */
  released?: { productNumber: string; country: string; sku: string }[];
  /**
   * Products this plan sends something for (now or later) with no outbox entry (a state Back Market changed elsewhere, a
   * market just enabled), with the markets it sends in: noted in the outbox without a run (the dry run does), so the
   * changes said to wait are the plan's.
   */
  raise?: OutboxMarkets[];
  /**
   * Product numbers in the outbox for which this plan sends nothing, now or later, and records nothing new: their entry
   * may be settled without a run (the dry run does), so no change is said to wait for them.
   */
  quiet?: string[];
  /**
   * Outbox entries that concern markets where this plan sends and records nothing, with the markets that do send: cut
   * down to them without a run (the dry run does), so the offers said to wait are those the sync sends.
   */
  narrow?: OutboxMarkets[];
  /** Product numbers whose outbox entry is settled once this plan's work is applied (nothing deferred for them). */
  settles: string[];
  /** The entries of products with work left for a later sync: once this plan's work is applied, cut down to the markets of that work. */
  narrowAfterRun?: OutboxMarkets[];
  summary: PlanSummary;
  /** Reads and validates the products of these blocked offers in one batch, so their `problems` are read without a query each. */
  resolveProblems?: (offers: readonly BlockedOffer[]) => void;
}
