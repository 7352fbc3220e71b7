// The Listings grid's rows for the listings Back Market holds that Refurb Desk does not manage (the account's snapshot,
// electron/core/account, whose SKU no catalogue product has, whatever its case): one per listing and enabled market, after the catalogue's
// offers, with Back Market's values. They have no status of the sync's: no count, plan or action ever reads them.
import type { MarketCountry } from '../../../../shared/mapping';
import type { ListingRow, PublicationState } from '../../../../shared/sync';
import type { Db } from '../../db/connection';
import { countriesTable, type ParsedListingQuery, type SqlParams } from './listing-sql';

/** Filters only a catalogue offer can match (a status of the sync, a reason, a category, a BackBox read). */
const excludesUnmanaged = (query: ParsedListingQuery): boolean =>
  query.management === 'managed' || Boolean(query.status || query.standing || query.error?.trim() || query.category || query.backbox);

interface UnmanagedRecord {
  sku: string;
  title: string;
  productId: string;
  grade: string;
  quantity: number;
  country: string;
  price: string;
  currency: string;
  listingId: number | null;
  comment: string;
  warrantyDelay: number | null;
  publicationState: number | null;
  readAt: string;
}

function whereSql(query: ParsedListingQuery, countries: readonly MarketCountry[], params: SqlParams): string {
  // Back Market matches SKUs whatever their case (as the account's read does, migration 18's index): 'ip11-64gb-blac' in
  // the catalogue manages Back Market's 'IP11-64GB-BLAC', never an unmanaged row beside it.
  const conditions = ['NOT EXISTS (SELECT 1 FROM products p WHERE p.product_number = a.sku COLLATE NOCASE)'];
  const search = query.search?.trim();
  if (search) {
    params.unmanagedSearch = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push("(a.sku LIKE @unmanagedSearch ESCAPE '\\' OR a.title LIKE @unmanagedSearch ESCAPE '\\' OR a.product_id LIKE @unmanagedSearch ESCAPE '\\')");
  }
  if (query.grade) {
    params.unmanagedGrade = query.grade;
    conditions.push('a.grade = @unmanagedGrade');
  }
  return `FROM account_listings a CROSS JOIN (${countriesTable(countries, query.country, params)}) k ON k.code = a.country WHERE ${conditions.join(' AND ')}`;
}

/** How many unmanaged listings match the grid's filters. */
export function unmanagedCount(db: Db, query: ParsedListingQuery, countries: readonly MarketCountry[]): number {
  if (excludesUnmanaged(query)) return 0;
  const params: SqlParams = {};
  return db.prepare(`SELECT count(*) ${whereSql(query, countries, params)}`).pluck().get(params) as number;
}

const PUBLICATION_STATES: readonly number[] = [0, 1, 2, 3, 4];
const publicationState = (value: number | null): PublicationState | null => (value !== null && PUBLICATION_STATES.includes(value) ? (value as PublicationState) : null);

function toRow(record: UnmanagedRecord): ListingRow {
  const price = Number(record.price);
  return {
    productId: 0,
    productNumber: '',
    sku: record.sku,
    title: record.title,
    // Read from Back Market in the market's own language.
    titleLanguage: null,
    ean: '',
    backMarketProductId: record.productId,
    grade: record.grade,
    category: '',
    quantity: record.quantity,
    country: record.country,
    price: Number.isFinite(price) ? price : null,
    currency: record.currency,
    backMarketPrice: Number.isFinite(price) ? price : null,
    noPriceCause: null,
    status: null,
    noneSource: null,
    error: '',
    csvLine: '',
    publicationState: publicationState(record.publicationState),
    validating: false,
    listingId: record.listingId,
    lastSyncAt: null,
    changedElsewhere: null,
    reasons: null,
    backMarketQuantity: record.quantity,
    backMarketGrade: record.grade === '' ? null : record.grade.trim().toUpperCase(),
    truth: null,
    unmanaged: {
      listingId: record.listingId,
      price: record.price,
      currency: record.currency,
      quantity: record.quantity,
      grade: record.grade,
      comment: record.comment,
      warrantyDelay: record.warrantyDelay,
      publicationState: publicationState(record.publicationState),
      readAt: record.readAt,
    },
  };
}

/** A window of the unmanaged listings matching the filters, by SKU (in the grid's direction) then market. */
export function unmanagedRows(db: Db, query: ParsedListingQuery, countries: readonly MarketCountry[], window: { offset: number; limit: number }): ListingRow[] {
  if (excludesUnmanaged(query) || window.limit <= 0) return [];
  const params: SqlParams = {};
  const from = whereSql(query, countries, params);
  const direction = query.sort === 'sku' && query.direction === 'desc' ? 'DESC' : 'ASC';
  const records = db
    .prepare(
      `SELECT a.sku AS sku, a.title AS title, a.product_id AS productId, a.grade AS grade, a.quantity AS quantity, a.country AS country,
              a.price AS price, CASE WHEN a.currency = '' THEN k.currency ELSE a.currency END AS currency, a.listing_id AS listingId,
              a.comment AS comment, a.warranty_delay AS warrantyDelay, a.publication_state AS publicationState, a.read_at AS readAt
       ${from} ORDER BY a.sku ${direction}, k.position LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: window.limit, offset: window.offset }) as UnmanagedRecord[];
  return records.map(toRow);
}
