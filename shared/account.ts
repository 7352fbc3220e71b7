// An existing Back Market account: what reading every listing of every enabled market found (N on Back Market, M match
// the catalogue by SKU, K not in it), the import of the K as catalogue products, and the review of the matched offers
// whose values differ, field by field, before the first sync.
import { z } from 'zod';
import type { ProblemFix } from './mapping';
import type { MerchantMessage } from './messages/merchant-message';

export const REVIEW_FIELDS = ['price', 'quantity', 'comment', 'warranty_delay', 'grade'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];
/**
 * What a review row decides: a value that differs (REVIEW_FIELDS), or 'market' — a product imported from the account in
 * an enabled market where Back Market held no listing of it: "Keep Back Market's" keeps it off there (Back Market does
 * not sell it there), "Keep mine" lets the sync publish it there.
 */
export const REVIEW_KINDS = [...REVIEW_FIELDS, 'market'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export type ReviewDecision = 'backmarket' | 'mine';

export interface AccountReadState {
  running: boolean;
  /** The market being read now. */
  country: string | null;
  /** Pages of that market read, of how many (0 before its first page answered). */
  page: number;
  pages: number;
  /** Markets read in full in this run, of how many. */
  marketsDone: number;
  markets: number;
  /** Listings read so far in this run. */
  listings: number;
  outcome: 'finished' | 'cancelled' | 'failed' | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why the read failed (Back Market's or the connection's words, in English); '' otherwise. */
  message: string;
  /** The failure as a code the renderer words in the merchant's language, when Refurb Desk has one for it. */
  said?: MerchantMessage;
}

export interface AccountMarketSummary {
  country: string;
  /** Listings Back Market holds in this market (as of readAt). */
  onBackMarket: number;
  /** Those whose SKU is a catalogue product. */
  matched: number;
  /** Those not in the catalogue: not managed by Refurb Desk. */
  notInCatalogue: number;
  /** When this market was last read in full; null: never (the counts are not known yet). */
  readAt: string | null;
}

export interface AccountSummary {
  markets: AccountMarketSummary[];
  /** Distinct SKUs not in the catalogue, every market together. */
  unmanagedSkus: number;
  /** Offers (SKU x market) held until the merchant decides, and their undecided fields. */
  offersToReview: number;
  fieldsToReview: number;
  read: AccountReadState;
}

const sku = z.string().trim().min(1).max(200);
const country = z.string().regex(/^[a-z]{2}-[a-z]{2}$/, 'Not a market code such as fr-fr');

export const unmanagedQuerySchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    country: country.optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type UnmanagedQuery = z.input<typeof unmanagedQuerySchema>;

export interface UnmanagedListing {
  sku: string;
  title: string;
  grade: string;
  quantity: number;
  productId: string;
  /** Each market holding it, with its price and (in that market's language) its title there. */
  markets: { country: string; price: string; currency: string; publicationState: number | null; title?: string }[];
}

export interface UnmanagedPage {
  rows: UnmanagedListing[];
  total: number;
}

/**
 * What the catalogue calls the attributes an import creates where the mapping says nothing of the comment or the
 * warranty: the merchant's words (« Commentaire », « Garantie (mois) »), given by the renderer since main has no language.
 */
const importAttributeNames = z
  .object({ comment: z.string().trim().min(1).max(100), warranty_delay: z.string().trim().min(1).max(100) })
  .strict()
  .optional();
export type ImportAttributeNames = NonNullable<z.output<typeof importAttributeNames>>;

export const accountImportSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('all'), names: importAttributeNames }).strict(),
  z.object({ scope: z.literal('filter'), search: z.string().trim().max(200).optional(), country: country.optional(), names: importAttributeNames }).strict(),
  z.object({ scope: z.literal('skus'), skus: z.array(sku).min(1, 'Choose at least one listing to import.').max(50_000), names: importAttributeNames }).strict(),
]);
export type AccountImportRequest = z.input<typeof accountImportSchema>;

export interface AccountImportReport {
  /** SKUs now catalogue products, in one transaction. */
  imported: number;
  /** Offers (SKU x market) whose Back Market state was taken over as accepted: the first sync sends nothing for them. */
  adopted: number;
  /** Offers held for the review: the mapping gives other values than Back Market holds. */
  toReview: number;
  /** Asked for but not imported, with why: 'in-catalogue' (a product has this SKU already), 'not-read' (not in the last read). */
  skipped: { sku: string; reason: 'in-catalogue' | 'not-read' }[];
}

/**
 * What keeps "Keep mine" (or "Publish") from being sent as the catalogue and the mapping stand: a problem the pre-flight
 * check holds the offer back for in that market (no price there, a field not mapped…, with where to fix it);
 * 'not-mapped' — the mapping sends nothing for this field (Back Market keeps its own value); 'title-language' — the
 * title sent there is the one Back Market shows in `market`, in `language`, where the market reads `wanted`.
 */
export type ReviewNeed =
  | { kind: 'problem'; said: MerchantMessage; fix: ProblemFix }
  | { kind: 'not-mapped'; field: ReviewField }
  | { kind: 'title-language'; market: string; language: string; wanted: string };

/** A decision made before, with the values it was made on. */
export interface ReviewPrevious {
  backmarket: string;
  mine: string;
  decision: ReviewDecision;
  /**
   * The earlier values were not chosen by the merchant: Refurb Desk took them over from Back Market (an import, or values
   * equal at the take-over) and never sent them. `backmarket` is the value taken over.
   */
  takenOver?: boolean;
}

export interface ReviewRow {
  productNumber: string;
  /** The catalogue product (0 when it is gone): where a need is fixed. */
  productId?: number;
  country: string;
  field: ReviewKind;
  backmarket: string;
  mine: string;
  decision: ReviewDecision | null;
  /**
   * A row asked again: the decision made before and the values it was made on (one of them changed since: a mapping
   * change, a new read), so the review says why it asks. Absent: never decided.
   */
  previous?: ReviewPrevious;
  /** What "Keep mine" / "Publish" still needs before the sync can send it; empty or absent: the next sync sends it. */
  needs?: ReviewNeed[];
}

export const reviewQuerySchema = z
  .object({
    undecidedOnly: z.boolean().default(true),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict();
export type ReviewQuery = z.input<typeof reviewQuerySchema>;

export interface ReviewPage {
  rows: ReviewRow[];
  total: number;
}

const reviewKey = z.object({ productNumber: sku, country, field: z.enum(REVIEW_KINDS) }).strict();

export const reviewDecisionSchema = z.discriminatedUnion('scope', [
  /** Every undecided field (of one kind when `field` is given). */
  z.object({ scope: z.literal('all'), decision: z.enum(['backmarket', 'mine']), field: z.enum(REVIEW_KINDS).optional() }).strict(),
  z.object({ scope: z.literal('rows'), decision: z.enum(['backmarket', 'mine']), rows: z.array(reviewKey).min(1, 'Choose at least one difference.').max(50_000) }).strict(),
]);
export type ReviewDecisionRequest = z.input<typeof reviewDecisionSchema>;

/**
 * Why "Keep Back Market's" kept a value on Back Market without writing it into the catalogue (the sync sends nothing
 * for it while the catalogue's value stays as it is): 'shared-column' — other markets (sharedWith) read the same
 * catalogue column and Back Market holds another value there, or the merchant kept the catalogue's there, so writing it
 * would change what those markets get; 'no-condition' — no condition of the merchant's maps to this grade, and the
 * catalogue's column holds conditions, not Back Market grades; 'fixed' — the mapping sends a fixed value.
 */
export interface ReviewKeptOnly {
  productNumber: string;
  country: string;
  field: ReviewField;
  reason: 'shared-column' | 'no-condition' | 'fixed';
  sharedWith: string[];
}

export interface ReviewDecisionReport {
  /** Review rows decided, those of a field shared by all markets (quantity, grade) or by one catalogue column counted once per market. */
  decided: number;
  /** Offers no longer held (every field decided): their state is now Back Market's, with the kept catalogue values to send. */
  released: number;
  /** Back Market's values kept there but not written into the catalogue, with why. */
  keptOnly: ReviewKeptOnly[];
  /**
   * Choices of the catalogue's value ("Keep mine", "Publish") the sync cannot send yet, with what they need (the first
   * ones; `heldCount` says how many in all): the offer stays held back until then.
   */
  held?: ReviewHeldChoice[];
  heldCount?: number;
}

export interface ReviewHeldChoice {
  productNumber: string;
  productId: number;
  country: string;
  /** Every market the choice is for (quantity and grade: all the markets of the listing). */
  countries: string[];
  field: ReviewKind;
  needs: ReviewNeed[];
}
