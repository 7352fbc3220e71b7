// Sync: what the merchant's catalogue sends to Back Market, what Back Market did with each offer per country, and the
// listed-products grid that reads it. Shared by main (planner, runner, listings queries) and the renderer.
import { z } from 'zod';
import { countryCodeSchema } from './mapping';
import type { LanguageChoice, LanguageWarning } from './market-language';
import { OFFER_STANDINGS, type OfferStanding, type OfferTruth, type StandingCounts, type SyncTruth } from './offer-status';
import type { MerchantMessage } from './messages/merchant-message';

// ---------------------------------------------------------------------------------------------------------------
// Status of one offer in one country

/**
 * The channel guide's status of an offer in a country:
 * - published: Back Market accepted it (publication_state says whether it is online, offline, validating...);
 * - none: it could not be published — the pre-flight check found a problem (not sent) or Back Market rejected it;
 * - pending: a change waits to be sent or its task is still being processed;
 * - not-sent: never synced (no change pending either: for example a parent product without an offer of its own).
 */
export type OfferStatus = 'published' | 'none' | 'pending' | 'not-sent';
export const OFFER_STATUSES: readonly OfferStatus[] = ['published', 'none', 'pending', 'not-sent'];

/** Why an offer is None: the pre-flight check (never sent) or Back Market's answer (with the CSV line it came from). */
export type NoneSource = 'preflight' | 'backmarket';

/** Back Market's publication_state: 0 missing price or comment, 1 pending validation, 2 online, 3 offline, 4 deactivated. */
export type PublicationState = 0 | 1 | 2 | 3 | 4;

/**
 * A listing Back Market holds in a country whose SKU is not in the catalogue: not managed by Refurb Desk. Its values
 * are Back Market's as last read from the account (electron/core/account); no sync changes, takes offline or counts it.
 */
export interface UnmanagedOffer {
  listingId: number | null;
  /** Back Market's price in this country as it gave it ("249.00"). */
  price: string;
  currency: string;
  quantity: number;
  grade: string;
  comment: string;
  warrantyDelay: number | null;
  publicationState: PublicationState | null;
  /** When the account was last read in this market (ISO). */
  readAt: string;
}

/**
 * Which listings the grid shows: every one (catalogue offers first, then those not managed by Refurb Desk), the
 * catalogue's only, or only those Refurb Desk does not manage.
 */
export const LISTING_MANAGEMENT = ['all', 'managed', 'unmanaged'] as const;
export type ListingManagement = (typeof LISTING_MANAGEMENT)[number];

/**
 * Why the sync sends no price for an offer in a market: Price is not mapped there ('unmapped'); the mapping reads the
 * catalogue's EUR price in a market selling in another currency ('currency'); the mapped source is empty for this
 * product ('empty': its box of the price grid, its column).
 */
export type NoPriceCause = 'unmapped' | 'currency' | 'empty';

/** One listed product in one country, as the grid shows it. */
export interface ListingRow {
  /** The catalogue product; 0 for a listing not managed by Refurb Desk (no product holds its SKU). */
  productId: number;
  productNumber: string;
  sku: string;
  /** The market's own title, else the one Back Market holds for this listing there (account read), else the catalogue's. */
  title: string;
  /**
   * The language the title is in when it is not the market's: the catalogue's title shown on a market of another
   * language that has no title of its own and whose Back Market title is not known; null when it is the market's.
   */
  titleLanguage: string | null;
  /** The EAN sent, or '' when the offer is connected by Back Market product id. */
  ean: string;
  /** Back Market's product id (UUID) once known. */
  backMarketProductId: string;
  /** The Back Market grade sent (PREMIUM, EXCELLENT...), '' when unmapped. */
  grade: string;
  category: string;
  quantity: number | null;
  country: string;
  /** The price for this country, in its currency, as sent or as it would be sent; null when the sync sends none. */
  price: number | null;
  currency: string;
  /**
   * The price Back Market holds for this offer in this market, in its currency: the one it last accepted, or for an offer
   * with nothing accepted yet, its listing's as the account read showed it; null when not known or none.
   */
  backMarketPrice: number | null;
  /** Why the sync sends no price here (price null); null when it sends one, or for a listing not managed. */
  noPriceCause: NoPriceCause | null;
  /** The sync's status; null for a listing not managed by Refurb Desk (no sync ever touches it). */
  status: OfferStatus | null;
  noneSource: NoneSource | null;
  /** The reason, ready to show: the pre-flight problems or Back Market's messages, joined. */
  error: string;
  /** For a Back Market rejection: the CSV line (header and values) the error came from. */
  csvLine: string;
  publicationState: PublicationState | null;
  /** Back Market is still validating new product content created by this offer. */
  validating: boolean;
  /** Back Market's listing id (legacy integer) once known. */
  listingId: number | null;
  /** When this offer was last part of a sync (sent or checked), ISO; null if never. */
  lastSyncAt: string | null;
  /** The values Back Market holds that differ from the catalogue (changed in the back office), for the renderer to word; null when none. The next sync restores them. */
  changedElsewhere: MerchantMessage | null;
  /**
   * Our reason for the offer's state as codes for the renderer to word (error has the same in English): held back by the
   * pre-flight check, held for the review, a change Back Market did not confirm; null otherwise or when not known.
   */
  reasons: MerchantMessage[] | null;
  /** The quantity Back Market holds, as last accepted or lowered by a sale, else as the account read saw its listing (an offer held for the review); null when not known. */
  backMarketQuantity: number | null;
  /**
   * The grade Back Market holds (PREMIUM, ... STALLONE), as last accepted, else as the account read saw its listing (an
   * offer held for the review); null when not known.
   */
  backMarketGrade: string | null;
  /** The status model's answer (shared/offer-status.ts): the word, the standing and its reason; null when not managed. */
  truth: OfferTruth | null;
  /** Back Market's values when Refurb Desk does not manage this listing; null for a catalogue offer. */
  unmanaged: UnmanagedOffer | null;
}

export const listingQuerySchema = z
  .object({
    status: z.enum(['published', 'none', 'pending', 'not-sent']).optional(),
    /** The status model's standing (on sale, not on sale, held back, refused...). */
    standing: z.enum(OFFER_STANDINGS as [OfferStanding, ...OfferStanding[]]).optional(),
    country: countryCodeSchema.optional(),
    /** Matches the error text, case-insensitive. */
    error: z.string().max(200).optional(),
    /** Matches SKU, title, EAN or product number. */
    search: z.string().max(200).optional(),
    category: z.string().max(500).optional(),
    grade: z.string().max(40).optional(),
    /** The offer's last BackBox read: winning, losing, or never read. */
    backbox: z.enum(['winning', 'losing', 'not-read']).optional(),
    /** Listings not managed by Refurb Desk are shown after the catalogue's offers unless the merchant hides them. */
    management: z.enum(LISTING_MANAGEMENT).default('all'),
    sort: z.enum(['sku', 'title', 'country', 'status', 'price', 'quantity', 'lastSync']).default('sku'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type ListingQuery = z.input<typeof listingQuerySchema>;

export interface ListingPage {
  rows: ListingRow[];
  /** Rows matching the filters. */
  total: number;
}

export interface CountrySummary {
  country: string;
  published: number;
  none: number;
  pending: number;
  notSent: number;
}

export interface ListingSummary {
  countries: CountrySummary[];
  /** Per enabled country, the offers by standing (on sale = what a customer can buy) and not on sale by reason. */
  standings: StandingCounts[];
  /** Distinct values for the grid's filters. */
  categories: string[];
  grades: string[];
}

/** A listing is one product in one country. */
export const listingRefSchema = z.object({ productId: z.number().int().positive(), country: countryCodeSchema }).strict();
export type ListingRef = z.infer<typeof listingRefSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The plan

/** Why a line is sent, in the order the hourly budget serves them. */
export type ChangeKind = 'stock' | 'price' | 'new' | 'content';
export const CHANGE_ORDER: readonly ChangeKind[] = ['stock', 'price', 'new', 'content'];

/** One field as it changes: before (as last accepted by Back Market, '' when new) and after. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** One offer in one country in the plan. */
export interface PlannedOffer {
  productId: number;
  sku: string;
  country: string;
  kind: ChangeKind;
  /** 'realtime': POST /ws/listings/{id} (stock, min_price); 'task': a line of a CSV catalog task. */
  via: 'realtime' | 'task';
  changes: FieldChange[];
  /** The language the line's texts are in (the market's), when it carries texts; a real-time stock update has none. */
  language?: string;
  /** Texts sent in the catalogue's language to a market reading another. */
  catalogueTexts?: string[];
}

/** What waits for the hourly SKU-line budget. */
export interface DeferredWork {
  lines: number;
  byKind: Record<ChangeKind, number>;
  /** When the first of them fits the budget again, ISO. */
  nextAt: string;
}

export interface PlanSummary {
  /** Offers to send now, by kind. */
  send: Record<ChangeKind, number>;
  /** SKU lines this sync uses now, and what remains of the hour's budget after it. */
  linesNow: number;
  budgetLeft: number;
  /** CSV catalog tasks per country (each ≤ 15,000 lines). */
  tasks: { country: string; lines: number }[];
  /** Real-time stock updates. */
  realtime: number;
  /** Real-time min_price updates (the floor for Back Market's repricer, or clearing it), one per offer. */
  minPrices?: number;
  /**
   * Offers held back by the pre-flight check or the existing account's review, per country (not sent; their problems are
   * in the listings): of them, those whose listing Back Market holds (it keeps what it has for them) and those in a market
   * whose listings were never read (whether Back Market holds them is not known); the rest are on no Back Market listing.
   */
  blocked: { country: string; offers: number; onBackMarket: number; notRead: number }[];
  /**
   * Offers sent now without a comment, per country: Back Market publishes them but keeps them offline
   * (publication_state 0, "missing price or comment"), so no customer can buy them until a comment is sent.
   */
  withoutComment?: { country: string; offers: number }[];
  /** Offers whose values equal what Back Market accepted last (or holds, for an offer taken over from the account): nothing to send. */
  unchanged: number;
  /**
   * The category attributes the listed changes name (screen_size), by the catalogue's own tree (the merchant's language):
   * the dry run shows these names, and Back Market's fields by their names in the merchant's language.
   */
  attributeLabels?: Record<string, string>;
  /** Offers of imported products in markets the merchant chose to keep them off, per country: never sent there, by choice. */
  keptOff?: { country: string; offers: number }[];
  deferred: DeferredWork | null;
  /** Markets this sync sends catalogue-language texts to (their own are missing), until the merchant chooses per market. */
  languageWarnings?: LanguageWarning[];
  /** The choice made for each market of another language than the catalogue's, to change it. */
  languageChoices?: { country: string; language: string; catalogueLanguage: string; choice: LanguageChoice }[];
}

/** The dry run: the summary and the offers, field by field and country by country (first `limit` of them). */
export interface SyncPlanView {
  summary: PlanSummary;
  offers: PlannedOffer[];
  /** Offers in the plan beyond those listed. */
  more: number;
  plannedAt: string;
}

// ---------------------------------------------------------------------------------------------------------------
// A run

export type SyncStep =
  | 'queued-offline'
  | 'waiting-for-token'
  | 'planning'
  | 'sending-stock'
  | 'sending-tasks'
  | 'waiting-for-back-market'
  | 'reconciling'
  | 'importing-orders'
  | 'finished'
  | 'cancelled'
  | 'failed';

export interface SyncProgress {
  runId: number;
  step: SyncStep;
  /** Units done and to do in this step (offers, tasks, pages); total 0 when unknown. */
  done: number;
  total: number;
  /** A sentence for the progress bar, in English (the CLI, logs). */
  message: string;
  /** The same as a code and its values, for the renderer to word in the merchant's language; absent once the run ended. */
  said?: MerchantMessage;
  startedAt: string;
}

export interface SyncReport {
  runId: number;
  outcome: 'finished' | 'cancelled' | 'failed';
  startedAt: string;
  finishedAt: string;
  /** Offers Back Market accepted in this run, rejected, held by the pre-flight check, still waiting for the budget. */
  published: number;
  rejected: number;
  blocked: number;
  deferred: number;
  /** Requests to Back Market this run made (listing and task calls). */
  requests: number;
  ordersImported: number;
  /** Changes whose catalog task Back Market did not take (a 503): they go with the next sync. */
  notSent: number;
  /** Changes carried by a task whose answer was lost, still waited for: read back at the next sync before any is sent again. */
  waiting: number;
  /** For a failed run, what went wrong and what to do; for a finished one, what it left unsent and when it goes. In English. */
  message: string;
  /** A failed run's message as a code for the renderer to word, when it has one (Back Market's own refusal has not). */
  said?: MerchantMessage;
  /** When the first line waiting for the hourly budget fits again (ISO), null when none waits. */
  deferredUntil?: string | null;
  /** What differs from Back Market once the run ended, and each country's offers by standing (absent in older reports). */
  truth?: SyncTruth;
  standings?: StandingCounts[];
}

export interface SyncState {
  /** The run in progress, if any. */
  running: SyncProgress | null;
  lastRun: SyncReport | null;
  /** Changes not yet synced (the outbox). */
  pendingChanges: number;
  /** Tasks submitted and not yet applied (after a crash or a quit they are picked up, never resubmitted). */
  openTasks: number;
  /** What differs between the catalogue and Back Market now: "All changes synced" only when nothing does. */
  truth: SyncTruth;
}

export const syncStartSchema = z.object({ importOrders: z.boolean().default(true) }).strict();
export const syncPlanQuerySchema = z.object({ limit: z.number().int().min(0).max(5000).default(500) }).strict();
