// The review of matched offers whose values differ, before the first sync: what is left to decide, field by field, and
// how much (the decisions themselves: review-decide.ts).
import { reviewQuerySchema, type ReviewDecision, type ReviewKind, type ReviewPage, type ReviewPrevious, type ReviewQuery, type ReviewRow } from '../../../shared/account';
import type { MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { reviewNeeds } from './review-needs';

/** A row's earlier decision as stored (all NULL when it was never decided). */
export interface PreviousColumns {
  previous_backmarket: string | null;
  previous_mine: string | null;
  previous_decision: ReviewDecision | null;
  /** 1: the earlier values were only taken over from Back Market (the import's, or equal at the take-over), no choice. */
  previous_taken_over?: number | null;
}

export const previousOf = (row: PreviousColumns): ReviewPrevious | undefined =>
  row.previous_decision
    ? { backmarket: row.previous_backmarket ?? '', mine: row.previous_mine ?? '', decision: row.previous_decision, ...(row.previous_taken_over === 1 ? { takenOver: true } : {}) }
    : undefined;

/** What a row replaces: its values, its decision, when the merchant made it (none: the import took Back Market's over). */
export interface ReplacedRow {
  backmarket: string;
  mine: string;
  decision: ReviewDecision | null;
  decided_at?: string | null;
  previous?: ReviewPrevious | undefined;
}

/**
 * What a row asked again keeps of the one it replaces: that row's decision and values when it had one (it no longer
 * stands), else the earlier decision that row kept. As [backmarket, mine, decision, taken over] for the INSERT. A decision
 * without a time is the import's (Back Market's values taken over): kept as taken over, never as the merchant's choice.
 */
export function carriedPrevious(before: ReplacedRow | undefined): [string | null, string | null, ReviewDecision | null, 0 | 1] {
  if (before?.decision) return [before.backmarket, before.mine, before.decision, before.decided_at === null ? 1 : 0];
  if (before?.previous) return [before.previous.backmarket, before.previous.mine, before.previous.decision, before.previous.takenOver ? 1 : 0];
  return [null, null, null, 0];
}

/** No earlier decision, for the INSERT. */
export const NO_PREVIOUS = [null, null, null, 0] as const;

/**
 * The earlier values of a row asked because Back Market changed a value Refurb Desk took over and never sent (no row
 * stood for it: both sides were equal then): taken over with `takenOver` on both sides.
 */
export const takenOverPrevious = (takenOver: string): [string, string, ReviewDecision, 1] => [takenOver, takenOver, 'backmarket', 1];

/** Quantity and grade belong to the listing, shared by all its markets: one decision each per product for the merchant. */
const SHARED_FIELDS = "('quantity', 'grade')";

/**
 * The review rows that still stand: of a catalogue product, in an enabled market (@countries), for a listing the last
 * read of that market still found (matched whatever the SKU's case) — or, for a 'market' row (publish an imported
 * product where Back Market held no listing of it?), while that read still finds none there.
 */
export const STANDING = `EXISTS (SELECT 1 FROM products p WHERE p.product_number = r.product_number)
  AND r.country IN (SELECT value FROM json_each(@countries))
  AND (r.field = 'market') <> EXISTS (SELECT 1 FROM account_listings a WHERE a.country = r.country AND a.sku = r.product_number COLLATE NOCASE)`;

/** With the mapping (`snapshot`), each row says what "Keep mine" / "Publish" still needs before the sync can send it. */
export function reviewPage(db: Db, raw: ReviewQuery, countries: readonly string[], snapshot?: MappingSnapshot): ReviewPage {
  const query = reviewQuerySchema.parse(raw);
  const where = `WHERE ${STANDING}${query.undecidedOnly ? ' AND r.decision IS NULL' : ''}`;
  const params = { countries: JSON.stringify(countries) };
  const total = db.prepare(`SELECT count(*) FROM account_reviews r ${where}`).pluck().get(params) as number;
  const rows = db
    .prepare(
      `SELECT product_number, country, field, backmarket, mine, decision, previous_backmarket, previous_mine, previous_decision, previous_taken_over FROM account_reviews r ${where}
        ORDER BY product_number, country, field LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as ({
    product_number: string;
    country: string;
    field: ReviewKind;
    backmarket: string;
    mine: string;
    decision: ReviewDecision | null;
  } & PreviousColumns)[];
  const keyed: ReviewRow[] = rows.map((row) => {
    const previous = previousOf(row);
    return { productNumber: row.product_number, country: row.country, field: row.field, backmarket: row.backmarket, mine: row.mine, decision: row.decision, ...(previous ? { previous } : {}) };
  });
  if (!snapshot) return { total, rows: keyed };
  const needs = reviewNeeds(db, snapshot, keyed, countries);
  return { total, rows: keyed.map((row) => ({ ...row, productId: needs.productIdOf(row.productNumber), needs: needs.needsOf(row) })) };
}

/** Offers and fields still to decide: a shared field (quantity, grade) counts once per product, not once per market. */
export function reviewCounts(db: Db, countries: readonly string[]): { offers: number; fields: number } {
  return db
    .prepare(
      `SELECT count(DISTINCT r.product_number || char(0) || r.country) AS offers,
         count(DISTINCT CASE WHEN r.field IN ${SHARED_FIELDS} THEN r.product_number || char(0) || r.field ELSE r.product_number || char(0) || r.country || char(0) || r.field END) AS fields
       FROM account_reviews r WHERE r.decision IS NULL AND ${STANDING}`,
    )
    .get({ countries: JSON.stringify(countries) }) as { offers: number; fields: number };
}

/** Review rows of products no longer in the catalogue (deleted): nothing is left to decide for them. */
export function dropOrphanReviews(db: Db): number {
  return db.prepare('DELETE FROM account_reviews WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.product_number = account_reviews.product_number)').run().changes;
}
