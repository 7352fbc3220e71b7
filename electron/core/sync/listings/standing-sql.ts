// The status model (shared/offer-status.ts) as SQL over listing_states, for the summary's counts and the grid's filter:
// the facts offerTruth reads, and its standing and reason as CASE expressions. listings/standing-sql.test.ts checks that
// both give the same answer for every combination of facts the sync can record.

import { concernsMarketSql } from '../../db/outbox-repo';

/** The merchant chose to keep this imported product off this market ("Publish in this market?" → Keep off). */
export const KEPT_OFF_SQL = `EXISTS (SELECT 1 FROM account_reviews r WHERE r.product_number = p.product_number AND r.country = k.code AND r.field = 'market' AND r.decision = 'backmarket')`;

/** Nothing accepted yet for the offer: no stored state, or one without accepted values. */
export const NOTHING_ACCEPTED_SQL = `(s.accepted_values IS NULL OR s.accepted_values = '{}')`;

/**
 * A column of the offer's listing as the account read saw it (account_listings) in a market, by SKU: `country` and
 * `sku` are SQL (the stored state's own, or the grid row's market and SKU for an offer without a state).
 */
export const accountListingSql = (column: string, country: string, sku: string): string =>
  `(SELECT ${column} FROM account_listings a WHERE a.country = ${country} AND a.sku = ${sku} COLLATE NOCASE)`;

/**
 * The quantity Back Market holds: the accepted one, kept current by sales (orders/stock-moves.ts), else (nothing
 * accepted, nothing in flight: a matched offer held for the review) its listing's as the account read saw it; NULL when
 * not known. Over the stored state by default; the grid gives its row's market and SKU (an offer without a state).
 */
export const bmQuantitySql = (country = 's.country', sku = 's.sku'): string => `CASE WHEN NOT ${NOTHING_ACCEPTED_SQL} THEN CAST(json_extract(s.accepted_values, '$.quantity') AS INTEGER)
  WHEN s.task IS NULL THEN ${accountListingSql('a.quantity', country, sku)} END`;
export const BM_QUANTITY_SQL = bmQuantitySql();

/** Whether the accepted line carried a value for the field: 1, 0, or NULL when nothing was accepted yet. */
const sentSql = (field: 'price' | 'comment') =>
  `CASE WHEN ${NOTHING_ACCEPTED_SQL} THEN NULL WHEN coalesce(json_extract(s.accepted_values, '$.${field}'), '') = '' THEN 0 ELSE 1 END`;
export const SENT_PRICE_SQL = sentSql('price');
export const SENT_COMMENT_SQL = sentSql('comment');

/** When the unanswered catalog task carrying the offer was sent. */
export const SENT_AT_SQL = `(SELECT coalesce(t.submitted_at, t.created_at) FROM sync_tasks t WHERE t.id = s.task AND t.state IN ('submitting', 'submitted', 'uncertain'))`;

const MISSING_SQL = `CASE WHEN ${SENT_PRICE_SQL} = 0 AND ${SENT_COMMENT_SQL} = 0 THEN 'missing-price-and-comment'
  WHEN ${SENT_COMMENT_SQL} = 0 THEN 'missing-comment' WHEN ${SENT_PRICE_SQL} = 0 THEN 'missing-price' ELSE 'missing-price-or-comment' END`;

/** Why a stored published offer is not on sale, NULL when it is (or was never read back). */
export const NOT_ON_SALE_REASON_SQL = `CASE s.publication_state
  WHEN 4 THEN 'deactivated'
  WHEN 0 THEN ${MISSING_SQL}
  WHEN 1 THEN 'validating'
  WHEN 3 THEN CASE WHEN ${BM_QUANTITY_SQL} > 0 THEN 'offline' ELSE 'no-stock' END
  WHEN 2 THEN CASE WHEN ${BM_QUANTITY_SQL} <= 0 THEN 'no-stock' END
  ELSE CASE WHEN s.validating = 1 THEN 'validating' END
END`;

/** The standing of an offer with a stored state. */
export const STORED_STANDING_SQL = `CASE s.status
  WHEN 'none' THEN CASE WHEN s.none_source = 'preflight' THEN 'held-back' ELSE 'refused' END
  WHEN 'published' THEN CASE WHEN (${NOT_ON_SALE_REASON_SQL}) IS NOT NULL THEN 'not-on-sale' WHEN s.publication_state IS NULL THEN 'unconfirmed' ELSE 'on-sale' END
  WHEN 'pending' THEN 'pending'
  ELSE 'not-sent'
END`;

/**
 * A change waits in the outbox for this offer: its product's entry (o, left-joined) concerns the row's market (k.code).
 * A price changed in de-de leaves the product's fr-fr and en-gb offers as they were.
 */
export const CHANGE_WAITS_SQL = `(o.product_number IS NOT NULL AND ${concernsMarketSql('o', 'k.code')})`;

/** The standing of any grid row: without a stored state, pending when a change waits in the outbox (not kept off by choice), else not sent. */
export const STANDING_SQL = `CASE WHEN s.status IS NULL THEN CASE WHEN NOT ${CHANGE_WAITS_SQL} OR ${KEPT_OFF_SQL} THEN 'not-sent' ELSE 'pending' END ELSE ${STORED_STANDING_SQL} END`;

/** A published offer whose change is held back (OfferFacts.changeHeld): Back Market keeps what it holds. */
export const CHANGE_HELD_SQL = `(s.status = 'published' AND s.change_held = 1)`;

/**
 * Held back, as the header counts and the grid's "held back" filter shows it: None · held back (never on Back Market),
 * or published with the change held back.
 */
export const HELD_SQL = `((s.status = 'none' AND s.none_source = 'preflight') OR ${CHANGE_HELD_SQL})`;
