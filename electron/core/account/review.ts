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
}

export const previousOf = (row: PreviousColumns): ReviewPrevious | undefined =>
  row.previous_decision ? { backmarket: row.previous_backmarket ?? '', mine: row.previous_mine ?? '', decision: row.previous_decision } : undefined;

/**
 * What a row asked again keeps of the one it replaces: that row's decision and values when it had one (it no longer
 * stands), else the earlier decision that row kept. As [backmarket, mine, decision] for the INSERT.
 */
export function carriedPrevious(before: { backmarket: string; mine: string; decision: ReviewDecision | null; previous?: ReviewPrevious } | undefined): [string | null, string | null, ReviewDecision | null] {
  if (before?.decision) return [before.backmarket, before.mine, before.decision];
  if (before?.previous) return [before.previous.backmarket, before.previous.mine, before.previous.decision];
  return [null, null, null];
}

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
      `SELECT product_number, country, field, backmarket, mine, decision, previous_backmarket, previous_mine, previous_decision FROM account_reviews r ${where}
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
