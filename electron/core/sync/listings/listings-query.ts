// The listed-products grid's reads: a page of offers x countries with their status and reason, and the summary bar's
// counts per country. Plain functions over the db handle, reading the tables the sync writes.
import type { MarketCountry } from '../../../../shared/mapping';
import { catalogueLanguageOf } from '../../../../shared/market-language';
import { emptyStandingCounts, offerTruth, STANDING_COUNT_KEY, type NotOnSaleReason, type OfferStanding, type StandingCounts } from '../../../../shared/offer-status';
import type { CountrySummary, ListingPage, ListingRow, ListingSummary, NoneSource, NoPriceCause, OfferStatus, PublicationState } from '../../../../shared/sync';
import type { Db } from '../../db/connection';
import { isGrade } from '../../../../shared/grades';
import { concernsMarketSql } from '../../db/outbox-repo';
import { accountListingSql, bmQuantitySql, CHANGE_HELD_SQL, CHANGE_WAITS_SQL, KEPT_OFF_SQL, NOT_ON_SALE_REASON_SQL, SENT_AT_SQL, SENT_COMMENT_SQL, SENT_PRICE_SQL, STORED_STANDING_SQL, NOTHING_ACCEPTED_SQL } from './standing-sql';
import { ACCOUNT_TITLE_SQL, countriesTable, filterConditions, filtersOnState, fromSql, GRADE_SQL, IS_OFFER, orderSql, OWN_TITLE_SQL, STATUS_SQL, WAITING_SQL, type ParsedListingQuery, type SqlParams } from './listing-sql';
import { fieldMappings } from '../../mapping/mapping-repo';
import { PRICE_SQL, priceColumn, priceKey, priceSources, sentPrices } from './market-price';
import { NOT_SENT_NOTE } from '../run/listing-state-repo';
import { unmanagedCount, unmanagedRows } from './unmanaged-rows';
import { isMerchantMessage, storedMessage, type MerchantMessage } from '../../../../shared/messages/merchant-message';

interface ListingRecord {
  productId: number;
  productNumber: string;
  sku: string;
  ownTitle: string | null;
  backMarketTitle: string | null;
  catalogueTitle: string | null;
  /** 1 when the market reads a title of its own language (not the catalogue's). */
  ownLanguage: number;
  ean: string | null;
  backMarketProductId: string | null;
  grade: string;
  category: string | null;
  quantity: number | null;
  country: string;
  price: number | null;
  noPriceCause: NoPriceCause | null;
  currency: string;
  backMarketPrice: number | null;
  status: OfferStatus;
  noneSource: NoneSource | null;
  error: string | null;
  csvLine: string | null;
  publicationState: PublicationState | null;
  validating: number | null;
  listingId: number | null;
  lastSyncAt: string | null;
  changedElsewhere: string | null;
  errorSaid: string | null;
  backMarketQuantity: number | null;
  backMarketGrade: string | null;
  sentPrice: number | null;
  sentComment: number | null;
  sentAt: string | null;
  changedAt: string | null;
  changeHeld: number;
  waiting: number;
  keptOff: number;
  /** The catalogue's price and grade the review holds back (what "Keep mine" sends), NULL without such a review row. */
  reviewPrice: string | null;
  reviewGrade: string | null;
}

/** The row's market and SKU (an offer without a stored state has the product number as its SKU). */
const ROW_COUNTRY = 'k.code';
const ROW_SKU = 'coalesce(s.sku, p.product_number)';

/** The price Back Market's listings showed when it differed from the accepted one (changed in the back office: reconcile.ts). */
const CHANGED_ELSEWHERE_PRICE = "CASE WHEN s.changed_elsewhere <> '' AND json_valid(s.changed_elsewhere) THEN json_extract(s.changed_elsewhere, '$.params.price') END";

/**
 * What Back Market holds as the offer's price: the one its listings showed when changed in the back office, else the one
 * it accepted, else (nothing accepted, nothing in flight) its listing's as the account read saw it.
 */
const BACK_MARKET_PRICE_SQL = `CASE WHEN (${CHANGED_ELSEWHERE_PRICE}) IS NOT NULL THEN ${amountSql(CHANGED_ELSEWHERE_PRICE)}
  WHEN NOT ${NOTHING_ACCEPTED_SQL} THEN ${amountSql("json_extract(s.accepted_values, '$.price')")}
  WHEN s.task IS NULL THEN ${accountListingSql(amountSql('a.price'), ROW_COUNTRY, ROW_SKU)} END`;

/** The quantity Back Market holds, as the price: accepted, else its listing's as the account read saw it (standing-sql.ts). */
const BACK_MARKET_QUANTITY_SQL = bmQuantitySql(ROW_COUNTRY, ROW_SKU);

/**
 * The grade Back Market holds (upper case, as backMarketValues reads it): the accepted one, else (nothing accepted, nothing
 * in flight) its listing's as the account read saw it; NULL when not known.
 */
const BACK_MARKET_GRADE_SQL = `CASE WHEN NOT ${NOTHING_ACCEPTED_SQL} THEN nullif(upper(trim(json_extract(s.accepted_values, '$.grade'))), '')
  WHEN s.task IS NULL THEN ${accountListingSql("nullif(upper(trim(a.grade)), '')", ROW_COUNTRY, ROW_SKU)} END`;

/**
 * The catalogue's value a review row still standing (its listing still read there: review.ts STANDING) holds back for
 * the offer in the row's market, NULL when none does: undecided, or
 * (`kept`) decided "Keep mine" while the offer waits on its other rows — what the take-over then sends (review-decide.ts,
 * kept-prices.ts).
 */
const reviewMineSql = (field: 'price' | 'grade', kept: boolean): string =>
  `(SELECT nullif(trim(r.mine), '') FROM account_reviews r WHERE r.product_number = p.product_number AND r.country = k.code AND r.field = '${field}' AND ${kept ? "(r.decision IS NULL OR r.decision = 'mine')" : 'r.decision IS NULL'}
    AND EXISTS (SELECT 1 FROM account_listings a WHERE a.country = r.country AND a.sku = r.product_number COLLATE NOCASE))`;

const COLUMNS = `p.id AS productId, p.product_number AS productNumber, coalesce(s.sku, p.product_number) AS sku,
  ${OWN_TITLE_SQL} AS ownTitle, CASE WHEN k.title_path <> '' THEN ${ACCOUNT_TITLE_SQL} END AS backMarketTitle, p.title AS catalogueTitle,
  CASE WHEN k.title_path <> '' THEN 1 ELSE 0 END AS ownLanguage, p.ean AS ean, s.bm_product_id AS backMarketProductId, ${GRADE_SQL} AS grade, p.category AS category, p.stock AS quantity,
  k.code AS country, ${PRICE_SQL} AS price, NULL AS noPriceCause, k.currency AS currency, ${BACK_MARKET_PRICE_SQL} AS backMarketPrice, ${STATUS_SQL} AS status, s.none_source AS noneSource,
  s.error AS error, s.csv_line AS csvLine, s.publication_state AS publicationState, s.validating AS validating,
  s.listing_id AS listingId, s.last_sync_at AS lastSyncAt, s.changed_elsewhere AS changedElsewhere,
  s.error_said AS errorSaid,
  ${BACK_MARKET_QUANTITY_SQL} AS backMarketQuantity, ${BACK_MARKET_GRADE_SQL} AS backMarketGrade, ${SENT_PRICE_SQL} AS sentPrice, ${SENT_COMMENT_SQL} AS sentComment, ${SENT_AT_SQL} AS sentAt,
  CASE WHEN ${CHANGE_WAITS_SQL} THEN o.first_changed_at END AS changedAt, coalesce(${CHANGE_HELD_SQL}, 0) AS changeHeld,
  CASE WHEN ${WAITING_SQL} THEN 1 ELSE 0 END AS waiting, CASE WHEN ${KEPT_OFF_SQL} THEN 1 ELSE 0 END AS keptOff,
  ${reviewMineSql('price', true)} AS reviewPrice, upper(${reviewMineSql('grade', false)}) AS reviewGrade`;

/** A price cell as text ("299.00", or "299,00" as a free column may hold it) read as a number; NULL when empty. */
function amountSql(cell: string): string {
  return `CAST(nullif(replace(trim(${cell}), ',', '.'), '') AS REAL)`;
}

const flag = (value: number | null): boolean | null => (value === null ? null : value === 1);

// Before messages had codes, the column held an English sentence with the screen's own lead-in and ending around the
// differences: only the differences are kept, as the screen words the rest in the merchant's language.
const OLD_CHANGED_ELSEWHERE = /^Changed outside Refurb Desk: (.*)\. The next sync restores the catalogue's values\.$/s;

function changedElsewhereOf(stored: string | null): MerchantMessage | null {
  const old = stored ? OLD_CHANGED_ELSEWHERE.exec(stored) : null;
  return storedMessage(old?.[1] ?? stored);
}

/**
 * Why the offer stands as it does, as codes: the pre-flight check's reasons, the review's hold, a change Back Market did
 * not confirm; null without a reason of ours (Back Market's own refusal is shown as written) or for a row stored before codes.
 */
function reasonsOf(record: ListingRecord): MerchantMessage[] | null {
  if (!record.errorSaid || (record.noneSource !== 'preflight' && record.changeHeld !== 1 && !record.error)) return null;
  try {
    const parsed: unknown = JSON.parse(record.errorSaid);
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every(isMerchantMessage) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The row's title: the market's own, else the one Back Market's listing shows there, else the catalogue's, marked with
 * the catalogue's language where the market reads another (never presented as that market's title).
 */
function titleOf(record: ListingRecord, catalogueLanguage: string): Pick<ListingRow, 'title' | 'titleLanguage'> {
  const title = record.ownTitle ?? record.backMarketTitle ?? record.catalogueTitle ?? '';
  const foreign = record.ownLanguage === 1 && record.ownTitle === null && record.backMarketTitle === null && title !== '';
  return { title, titleLanguage: foreign ? catalogueLanguage : null };
}

function toRow(record: ListingRecord, catalogueLanguage: string): ListingRow {
  const { sentPrice, sentComment, sentAt, changedAt, changeHeld, waiting, keptOff, reviewPrice: _reviewPrice, reviewGrade: _reviewGrade, errorSaid: _errorSaid, ownTitle: _own, backMarketTitle: _bm, catalogueTitle: _catalogue, ownLanguage: _language, ...listing } = record;
  return {
    ...listing,
    ...titleOf(record, catalogueLanguage),
    // The catalogue's condition gives no grade yet, but the review holds back the grade it reads (a grade's name in another
    // case, « Stallone »): the held change is that grade, as the review shows it.
    grade: record.grade || (record.reviewGrade && isGrade(record.reviewGrade) ? record.reviewGrade : ''),
    ean: record.ean ?? '',
    backMarketProductId: record.backMarketProductId ?? '',
    category: record.category ?? '',
    error: record.error ?? '',
    csvLine: record.csvLine ?? '',
    validating: record.validating === 1,
    changedElsewhere: changedElsewhereOf(record.changedElsewhere),
    reasons: reasonsOf(record),
    unmanaged: null,
    truth: offerTruth({
      status: record.status,
      noneSource: record.noneSource,
      publicationState: record.publicationState,
      validating: record.validating === 1,
      backMarketQuantity: record.backMarketQuantity,
      sentPrice: flag(sentPrice),
      sentComment: flag(sentComment),
      sentAt,
      notAnswered: record.status === 'pending' && (record.error ?? '').startsWith(NOT_SENT_NOTE),
      changedAt,
      changeHeld: changeHeld === 1,
      changeWaiting: waiting === 1,
      keptOff: keptOff === 1,
    }),
  };
}

/**
 * One page of the grid and how many rows match the filters: the catalogue's offers, then the listings Back Market holds
 * that Refurb Desk does not manage (unless the filters leave them out), so a page may straddle the two.
 */
export function listings(db: Db, query: ParsedListingQuery, countries: readonly MarketCountry[]): ListingPage {
  const managed = query.management === 'unmanaged' ? { rows: [], total: 0 } : managedListings(db, query, countries);
  const unmanagedTotal = unmanagedCount(db, query, countries);
  const window = { offset: Math.max(0, query.offset - managed.total), limit: query.limit - managed.rows.length };
  const rows = unmanagedTotal > 0 ? [...managed.rows, ...unmanagedRows(db, query, countries, window)] : managed.rows;
  return { rows, total: managed.total + unmanagedTotal };
}

function managedListings(db: Db, query: ParsedListingQuery, countries: readonly MarketCountry[]): ListingPage {
  const params: SqlParams = {};
  const sources = priceSources(db, countries);
  const prices = new Map(countries.map((country) => [country.code, priceColumn(sources.get(country.code) ?? null, country.currency)]));
  const table = countriesTable(countries, query.country, params, prices, ownTitleColumns(db));
  const conditions = filterConditions(query, params);
  const from = `${fromSql(table)} WHERE ${conditions.join(' AND ')}`;
  const rows = db.prepare(`SELECT ${COLUMNS} ${from} ${orderSql(query)} LIMIT @limit OFFSET @offset`).all({ ...params, limit: query.limit, offset: query.offset }) as ListingRecord[];
  // The price each row shows is the one the sync sends there, read as the sync reads it (a free column's text too).
  const sent = sentPrices(db, countries, rows);
  for (const row of rows) {
    const price = sent.get(priceKey(row.productId, row.country));
    row.price = price?.price ?? null;
    row.noPriceCause = price ? price.cause : 'empty';
    // Price read from the price grid alone, its box empty, the offer held for the review: "Keep mine" writes the review's
    // price into the box (kept-prices.ts), so that is the change held back, beside what Back Market holds.
    const kept = row.price === null && sources.get(row.country)?.kind === 'price-matrix' ? keptReviewPrice(row.reviewPrice) : null;
    if (kept !== null) {
      row.price = kept;
      row.noPriceCause = null;
    }
  }
  const catalogueLanguage = catalogueLanguageOf(countries);
  return { rows: rows.map((row) => toRow(row, catalogueLanguage)), total: countRows(db, query, params, from, table, conditions) };
}

/** The review's kept price ("820.00") as a number; null when there is none. */
function keptReviewPrice(text: string | null): number | null {
  const amount = text === null ? NaN : Number(text.replace(',', '.'));
  return Number.isFinite(amount) && amount > 0 ? amount : null;
}

/** The markets whose own title the mapping reads from a free column (Titel for de-de): the sync reads it there. */
function ownTitleColumns(db: Db): Map<string, string> {
  const columns = new Map<string, string>();
  for (const entry of fieldMappings(db)) if (entry.backMarketField === 'title' && entry.country !== '' && entry.source?.kind === 'attribute') columns.set(entry.country, entry.source.name);
  return columns;
}

/** Filters on the product alone match every country of a matching offer: the offers are counted, not the rows. */
function countRows(db: Db, query: ParsedListingQuery, params: SqlParams, from: string, table: string, conditions: readonly string[]): number {
  if (filtersOnState(query)) return db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
  const offers = db
    .prepare(`SELECT count(*) FROM products p LEFT JOIN value_maps g ON g.map = 'condition' AND g.merchant_value = p.condition WHERE ${conditions.join(' AND ')}`)
    .pluck()
    .get(params) as number;
  const shown = db.prepare(`SELECT count(*) FROM (${table})`).pluck().get(params) as number;
  return offers * shown;
}

/** The summary bar: Published, None, pending and not sent per enabled country; the filters' distinct values. */
export function summary(db: Db, countries: readonly MarketCountry[]): ListingSummary {
  const codes = JSON.stringify(countries.map((country) => country.code));
  const offers = db.prepare(`SELECT count(*) FROM products p WHERE ${IS_OFFER}`).pluck().get() as number;
  // Stored statuses: one range of the (product_number, country, status) index per offer, counted per country and status
  // in one row (a GROUP BY sorted every stored row first, ~5x slower over 100,000 offers x 8 countries).
  const statuses = ['published', 'none', 'pending', 'not-sent'] as const;
  const params: SqlParams = {};
  const counters = countries.flatMap((country, index) => {
    params[`c${index}`] = country.code;
    return statuses.map((status) => `count(*) FILTER (WHERE s.country = @c${index} AND s.status = '${status}')`);
  });
  const storedCounts =
    counters.length === 0
      ? []
      : (db
          .prepare(`SELECT ${counters.join(', ')} FROM products p CROSS JOIN listing_states s ON s.product_number = p.product_number WHERE ${IS_OFFER}`)
          .raw()
          .get(params) as number[]);
  const stored = countries.flatMap((country, index) => statuses.map((status, at) => ({ country: country.code, status, n: storedCounts[index * statuses.length + at] ?? 0 })));
  // Pending without a stored status: changed in the outbox, never recorded in that country (nor kept off it by choice).
  const waiting = db
    .prepare(
      `SELECT k.code AS country, count(*) AS n FROM outbox o CROSS JOIN products p ON p.product_number = o.product_number CROSS JOIN (SELECT value AS code FROM json_each(?)) k
        WHERE ${IS_OFFER} AND ${concernsMarketSql('o', 'k.code')} AND NOT EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = p.product_number AND s.country = k.code) AND NOT ${KEPT_OFF_SQL} GROUP BY 1`,
    )
    .all(codes) as { country: string; n: number }[];
  const byCountry = new Map<string, CountrySummary>(countries.map((country) => [country.code, { country: country.code, published: 0, none: 0, pending: 0, notSent: 0 }]));
  for (const row of stored as { country: string; status: OfferStatus; n: number }[]) {
    const entry = byCountry.get(row.country);
    if (!entry) continue;
    if (row.status === 'not-sent') entry.notSent += row.n;
    else entry[row.status] += row.n;
  }
  for (const row of waiting) {
    const entry = byCountry.get(row.country);
    if (entry) entry.pending += row.n;
  }
  for (const entry of byCountry.values()) entry.notSent = offers - entry.published - entry.none - entry.pending;
  const categories = db.prepare(`SELECT DISTINCT p.category FROM products p WHERE p.category IS NOT NULL AND ${IS_OFFER} ORDER BY p.category`).pluck().all() as string[];
  const grades = db
    .prepare(`SELECT DISTINCT ${GRADE_SQL} AS grade FROM products p LEFT JOIN value_maps g ON g.map = 'condition' AND g.merchant_value = p.condition WHERE ${IS_OFFER} ORDER BY 1`)
    .pluck()
    .all()
    .filter((grade) => grade !== '') as string[];
  return { countries: [...byCountry.values()], standings: standingCounts(db, countries, byCountry), categories, grades };
}

/**
 * Per country, the offers by the status model's standing: stored states through its SQL form, then the offers without
 * a stored state (pending when a change waits, else not sent) from the counts above.
 */
export function standingCounts(db: Db, countries: readonly MarketCountry[], byCountry: ReadonlyMap<string, CountrySummary>): StandingCounts[] {
  const counts = new Map(countries.map((country) => [country.code, emptyStandingCounts(country.code)]));
  const rows = db
    .prepare(
      `SELECT s.country AS country, ${STORED_STANDING_SQL} AS standing, CASE WHEN s.status = 'published' THEN ${NOT_ON_SALE_REASON_SQL} END AS reason,
              ${CHANGE_HELD_SQL} AS changeHeld, count(*) AS n
         FROM products p CROSS JOIN listing_states s ON s.product_number = p.product_number
        WHERE ${IS_OFFER} AND s.country IN (SELECT value FROM json_each(?)) GROUP BY 1, 2, 3, 4`,
    )
    .all(JSON.stringify(countries.map((country) => country.code))) as { country: string; standing: OfferStanding; reason: NotOnSaleReason | null; changeHeld: number; n: number }[];
  for (const row of rows) {
    const entry = counts.get(row.country);
    if (!entry) continue;
    entry[STANDING_COUNT_KEY[row.standing]] += row.n;
    if (row.changeHeld === 1) entry.changeHeld += row.n;
    if (row.standing === 'not-on-sale' && row.reason) entry.notOnSaleBy[row.reason] = (entry.notOnSaleBy[row.reason] ?? 0) + row.n;
  }
  for (const entry of counts.values()) {
    const summary = byCountry.get(entry.country);
    if (!summary) continue;
    const stored = entry.onSale + entry.notOnSale + entry.unconfirmed + entry.pending + entry.heldBack + entry.refused + entry.notSent;
    const total = summary.published + summary.none + summary.pending + summary.notSent;
    // Offers without a stored state: the summary counted those waiting in the outbox as pending, the rest as not sent.
    const unstoredPending = summary.pending - entry.pending;
    entry.pending += unstoredPending;
    entry.notSent = total - stored - unstoredPending + entry.notSent;
  }
  return [...counts.values()];
}

/**
 * How many offers a change waits for in these countries: the very rows the grid's "Pending" filter shows (WAITING_SQL),
 * counted from the outbox and the stored pending rows rather than every offer x country, so the header stays cheap.
 * The header, Home and the sync state all read it.
 */
export function waitingOffers(db: Db, countries: readonly string[]): number {
  const codes = JSON.stringify(countries);
  const changed = db
    .prepare(
      `SELECT count(*) FROM outbox o CROSS JOIN products p ON p.product_number = o.product_number CROSS JOIN (SELECT value AS code FROM json_each(?)) k
         LEFT JOIN listing_states s ON s.product_number = p.product_number AND s.country = k.code
        WHERE ${IS_OFFER} AND ${concernsMarketSql('o', 'k.code')} AND s.task IS NULL AND (s.status IN ('published', 'pending', 'none') OR (s.status IS NULL AND NOT ${KEPT_OFF_SQL}))`,
    )
    .pluck()
    .get(codes) as number;
  const pending = db
    .prepare(
      `SELECT count(*) FROM listing_states s CROSS JOIN products p ON p.product_number = s.product_number
        WHERE s.country IN (SELECT value FROM json_each(?)) AND s.status = 'pending' AND s.task IS NULL AND ${IS_OFFER}
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.product_number = s.product_number AND ${concernsMarketSql('o', 's.country')})`,
    )
    .pluck()
    .get(codes) as number;
  return changed + pending;
}
