// SQLite side of an existing account: the snapshot of Back Market's listings per market (migration 14), what it says
// per market (on Back Market, matching the catalogue by SKU, not in it), the listings not managed by Refurb Desk, and
// the offers the planner holds because Back Market already holds them and the merchant has not adopted them yet.
import type { AccountMarketSummary, UnmanagedListing, UnmanagedPage, UnmanagedQuery } from '../../../shared/account';
import { unmanagedQuerySchema } from '../../../shared/account';
import { homeMarketOf } from '../../../shared/market-language';
import type { ListingPublic } from '../backmarket';
import type { Db } from '../db/connection';
import { skuKey } from '../db/sku-key';
import type { HeldListing } from '../sync/plan-types';

export interface SnapshotListing {
  country: string;
  sku: string;
  listingId: number | null;
  listingUuid: string;
  productId: string;
  title: string;
  grade: string;
  quantity: number;
  price: string;
  currency: string;
  comment: string;
  warrantyDelay: number | null;
  publicationState: number | null;
}

/** Replaces one market's snapshot with what was read of it, in one transaction. */
export function replaceMarket(db: Db, country: string, listings: Iterable<ListingPublic>, now: string): number {
  const insert = db.prepare(
    `INSERT INTO account_listings (country, sku, listing_id, listing_uuid, product_id, title, grade, quantity, price, currency, comment, warranty_delay, publication_state, read_at)
     VALUES (@country, @sku, @listingId, @listingUuid, @productId, @title, @grade, @quantity, @price, @currency, @comment, @warranty, @publicationState, @now)
     ON CONFLICT(country, sku) DO UPDATE SET listing_id = excluded.listing_id, listing_uuid = excluded.listing_uuid, product_id = excluded.product_id,
       title = excluded.title, grade = excluded.grade, quantity = excluded.quantity, price = excluded.price, currency = excluded.currency,
       comment = excluded.comment, warranty_delay = excluded.warranty_delay, publication_state = excluded.publication_state, read_at = excluded.read_at`,
  );
  let count = 0;
  db.transaction(() => {
    db.prepare('DELETE FROM account_listings WHERE country = ?').run(country);
    for (const listing of listings) {
      if (typeof listing.sku !== 'string' || listing.sku === '') continue;
      // Listings are account-wide: a market where this one has no price (an allowed answer: "0.00") does not hold it.
      if (!(Number(listing.price) > 0)) continue;
      insert.run({
        country,
        sku: listing.sku,
        listingId: Number.isInteger(listing.listing_id) ? listing.listing_id : null,
        listingUuid: String(listing.id ?? ''),
        productId: listing.product_id ?? '',
        title: listing.title ?? '',
        grade: listing.grade ?? '',
        quantity: Number(listing.quantity) || 0,
        price: String(listing.price ?? ''),
        currency: listing.currency ?? '',
        comment: listing.comment ?? '',
        warranty: Number.isFinite(Number(listing.warranty_delay)) ? Number(listing.warranty_delay) : null,
        publicationState: Number.isInteger(listing.publication_state) ? listing.publication_state : null,
        now,
      });
      count += 1;
    }
    db.prepare('INSERT INTO account_reads (country, read_at, listings) VALUES (?, ?, ?) ON CONFLICT(country) DO UPDATE SET read_at = excluded.read_at, listings = excluded.listings').run(
      country,
      now,
      count,
    );
  })();
  return count;
}

/** The markets among these whose listings were never read in full. */
export function unreadMarkets(db: Db, countries: readonly string[]): string[] {
  const read = new Set(db.prepare('SELECT country FROM account_reads').pluck().all() as string[]);
  return countries.filter((country) => !read.has(country));
}

/** Back Market matches SKUs whatever their case: the key lives with the catalogue, which compares product numbers by it too. */
export { skuKey };

const IN_CATALOGUE = 'EXISTS (SELECT 1 FROM products p WHERE p.product_number = a.sku COLLATE NOCASE)';

/**
 * Per market, the SKUs Back Market holds, matching the catalogue and not: one per SKU whatever its case, as Back Market
 * and the import match them (a market's snapshot holding 'ip13-3' and 'IP13-3' holds one listing of one product).
 */
export function marketSummaries(db: Db, countries: readonly string[]): AccountMarketSummary[] {
  const read = db.prepare('SELECT read_at FROM account_reads WHERE country = ?').pluck();
  const counts = db.prepare(
    `SELECT count(DISTINCT a.sku COLLATE NOCASE) AS total, count(DISTINCT CASE WHEN ${IN_CATALOGUE} THEN a.sku END COLLATE NOCASE) AS matched FROM account_listings a WHERE a.country = ?`,
  );
  return countries.map((country) => {
    const readAt = (read.get(country) as string | undefined) ?? null;
    const { total, matched } = counts.get(country) as { total: number; matched: number };
    return { country, onBackMarket: total, matched, notInCatalogue: total - matched, readAt };
  });
}

/** The SKUs not in the catalogue, every market together: one per SKU whatever its case (as unmanagedSkuKeys imports them). */
export function unmanagedSkuCount(db: Db, countries: readonly string[]): number {
  return db.prepare(`SELECT count(DISTINCT a.sku COLLATE NOCASE) FROM account_listings a WHERE a.country IN (SELECT value FROM json_each(?)) AND NOT ${IN_CATALOGUE}`).pluck().get(JSON.stringify(countries)) as number;
}

/**
 * The SKUs not in the catalogue matching the filter (enabled markets only), one per SKU whatever its case, spelled as
 * first in SKU order (the listings of every case are that SKU's: snapshotOf and the import match them so).
 */
function unmanagedSkusWhere(query: { search?: string | undefined; country?: string | undefined }, countries: readonly string[]): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = { countries: JSON.stringify(countries) };
  const conditions = [`a.country IN (SELECT value FROM json_each(@countries))`, `NOT ${IN_CATALOGUE}`];
  if (query.country) {
    conditions.push('a.country = @country');
    params.country = query.country;
  }
  if (query.search) {
    conditions.push("(a.sku LIKE @search ESCAPE '\\' OR a.title LIKE @search ESCAPE '\\')");
    params.search = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  return { sql: `SELECT min(a.sku) AS sku FROM account_listings a WHERE ${conditions.join(' AND ')} GROUP BY a.sku COLLATE NOCASE`, params };
}

export function unmanagedSkus(db: Db, query: { search?: string | undefined; country?: string | undefined }, countries: readonly string[]): string[] {
  const { sql, params } = unmanagedSkusWhere(query, countries);
  return db.prepare(`${sql} ORDER BY sku`).pluck().all(params) as string[];
}

type SnapshotCells = [string, string, number | null, string, string, string, string, number, string, string, string, number | null, number | null];

const SNAPSHOT_COLUMNS = 'a.country, a.sku, a.listing_id, a.listing_uuid, a.product_id, a.title, a.grade, a.quantity, a.price, a.currency, a.comment, a.warranty_delay, a.publication_state';

/** Markets in the merchant's order; one market's listings of a SKU under several cases (IP13-1, ip13-1) in SKU order. */
function listingOrder(countries: readonly string[]): (a: SnapshotListing, b: SnapshotListing) => number {
  const order = new Map(countries.map((code, index) => [code, index]));
  return (a, b) => (order.get(a.country) ?? 0) - (order.get(b.country) ?? 0) || (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0);
}

/** Rows of the snapshot grouped by the SKU `keyOf` gives, each SKU's listings in listingOrder. */
function grouped(rows: readonly SnapshotCells[], countries: readonly string[], keyOf: (sku: string) => string): Map<string, SnapshotListing[]> {
  const compare = listingOrder(countries);
  const bySku = new Map<string, SnapshotListing[]>();
  // Sorted afterwards only where a listing came before one it follows (sorting the others would change nothing).
  const unsorted = new Set<SnapshotListing[]>();
  let lastSku: string | undefined;
  let list: SnapshotListing[] = [];
  for (const [country, sku, listingId, listingUuid, productId, title, grade, quantity, price, currency, comment, warrantyDelay, publicationState] of rows) {
    const listing: SnapshotListing = { country, sku, listingId, listingUuid, productId, title, grade, quantity, price, currency, comment, warrantyDelay, publicationState };
    // A SKU's rows mostly come one after the other: its key is asked for once.
    if (sku !== lastSku) {
      const key = keyOf(sku);
      const known = bySku.get(key);
      if (known) list = known;
      else bySku.set(key, (list = []));
      lastSku = sku;
    }
    const before = list[list.length - 1];
    if (before && compare(before, listing) > 0) unsorted.add(list);
    list.push(listing);
  }
  for (const markets of unsorted) markets.sort(compare);
  return bySku;
}

/** The listings of these SKUs (or product numbers), matched whatever their case, keyed by the SKU as asked (the last
 * spelling asked of one SKU), each SKU's in listingOrder (rows unsorted by SQL: grouping them needs no order). */
export function snapshotOf(db: Db, skus: readonly string[], countries: readonly string[]): Map<string, SnapshotListing[]> {
  const asked = new Map(skus.map((sku) => [skuKey(sku), sku]));
  // Raw cells rather than one object per row and column: a review decided "for all" reads tens of thousands of listings at once.
  const rows = db
    .prepare(`SELECT ${SNAPSHOT_COLUMNS} FROM account_listings a WHERE a.sku COLLATE NOCASE IN (SELECT value FROM json_each(?)) AND a.country IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(skus), JSON.stringify(countries)) as SnapshotCells[];
  return grouped(rows, countries, (sku) => asked.get(skuKey(sku)) ?? sku);
}

/**
 * The SKUs not in the catalogue, in these markets, one per SKU whatever its case, spelled as first in SKU order: what
 * "import all" imports (the listings of each case go to that one product).
 */
export function unmanagedSkuKeys(db: Db, countries: readonly string[]): string[] {
  const seen = new Set<string>();
  return unmanagedSkus(db, {}, countries).filter((sku) => {
    const key = skuKey(sku);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function unmanagedPage(db: Db, raw: UnmanagedQuery, countries: readonly string[]): UnmanagedPage {
  const query = unmanagedQuerySchema.parse(raw);
  const { sql, params } = unmanagedSkusWhere(query, countries);
  const total = db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number;
  const skus = db.prepare(`${sql} ORDER BY sku LIMIT ${query.limit} OFFSET ${query.offset}`).pluck().all(params) as string[];
  const snapshot = snapshotOf(db, skus, countries);
  const home = homeMarketOf(countries.map((code) => ({ code })))?.code;
  const rows = skus.flatMap((sku): UnmanagedListing[] => {
    const listings = snapshot.get(sku) ?? [];
    const first = listings[0];
    if (!first) return [];
    // The title in the merchant's own market where Back Market gave one there, else the first given in their order.
    const titled = [listings.find((listing) => listing.country === home), ...listings].find((listing) => listing !== undefined && listing.title.trim() !== '');
    return [
      {
        sku,
        title: titled?.title ?? '',
        grade: first.grade,
        quantity: first.quantity,
        productId: first.productId,
        markets: listings.map((listing) => ({ country: listing.country, price: listing.price, currency: listing.currency, publicationState: listing.publicationState, title: listing.title })),
      },
    ];
  });
  return { rows, total };
}

/** Matched offers (a catalogue product has the SKU) that Back Market holds and Refurb Desk has never had accepted. */
export function matchedNotAdopted(db: Db, countries: readonly string[]): string[] {
  return db
    .prepare(
      `SELECT DISTINCT p.product_number FROM account_listings a JOIN products p ON p.product_number = a.sku COLLATE NOCASE
       LEFT JOIN listing_states s ON s.product_number = p.product_number AND s.country = a.country
       WHERE a.country IN (SELECT value FROM json_each(?)) AND (s.product_number IS NULL OR (s.content_hash = '' AND s.task IS NULL))
       ORDER BY p.product_number`,
    )
    .pluck()
    .all(JSON.stringify(countries)) as string[];
}

/**
 * The offers a sync must not send: Back Market already holds a listing with this SKU in this market, and Refurb Desk
 * has not taken its state over yet (the review is open, or the account was read after the product was added). Keys are
 * product number + NUL + country, as the planner's stateKey.
 */
export function heldOffers(db: Db): Map<string, HeldListing> {
  const rows = db
    .prepare(
      `SELECT p.product_number, a.country, a.listing_id, a.listing_uuid, a.product_id, a.publication_state FROM account_listings a JOIN products p ON p.product_number = a.sku COLLATE NOCASE
       LEFT JOIN listing_states s ON s.product_number = p.product_number AND s.country = a.country
       WHERE (s.product_number IS NULL OR (s.content_hash = '' AND s.stock_hash = '' AND s.price_hash = '' AND s.task IS NULL))`,
    )
    .raw()
    .all() as [string, string, number | null, string, string, number | null][];
  return new Map(
    rows.map(([productNumber, country, listingId, listingUuid, productId, publicationState]) => [
      `${productNumber}\u0000${country}`,
      { listingId, listingUuid: listingUuid || null, productId: productId || null, publicationState },
    ]),
  );
}

/**
 * Of the products with an offer held for the review (heldOffers' keys, in these enabled markets), those held in every
 * market: a shared field (quantity, grade) is undecided in a held market — Back Market updates it by SKU, for all the
 * listing's markets — or a held offer has nothing open in the review (not compared yet: what it differs in is not known).
 * A product held only for a market's own field (price, comment, warranty) is held in that market alone.
 */
export function heldEverywhere(db: Db, held: ReadonlyMap<string, HeldListing>, countries: readonly string[]): Set<string> {
  const enabled = new Set(countries);
  const keys = [...held.keys()].filter((key) => enabled.has(key.slice(key.indexOf('\u0000') + 1)));
  if (keys.length === 0) return new Set();
  const open = new Map<string, boolean>();
  for (const [productNumber, country, shared] of db
    .prepare(
      `SELECT product_number, country, max(field IN ('quantity', 'grade')) FROM account_reviews
        WHERE decision IS NULL AND field <> 'market' AND product_number IN (SELECT value FROM json_each(?)) GROUP BY 1, 2`,
    )
    .raw()
    .all(JSON.stringify([...new Set(keys.map((key) => key.slice(0, key.indexOf('\u0000'))))])) as [string, string, number][]) {
    open.set(`${productNumber}\u0000${country}`, shared === 1);
  }
  const everywhere = new Set<string>();
  for (const key of keys) if (open.get(key) !== false) everywhere.add(key.slice(0, key.indexOf('\u0000')));
  return everywhere;
}

/**
 * The offers a sync must not create: a product imported from the account, in an enabled market where Back Market held
 * no listing of it, that the merchant has not chosen to publish there (the review's 'market' row undecided, or kept as
 * Back Market's: "Keep off"). An offer Refurb Desk manages there already is not held. Keys as heldOffers'.
 */
export function keptOffMarkets(db: Db): Set<string> {
  const rows = db
    .prepare(
      `SELECT r.product_number, r.country FROM account_reviews r
       LEFT JOIN listing_states s ON s.product_number = r.product_number AND s.country = r.country
       WHERE r.field = 'market' AND (r.decision IS NULL OR r.decision = 'backmarket')
         AND (s.product_number IS NULL OR (s.content_hash = '' AND s.stock_hash = '' AND s.price_hash = '' AND s.task IS NULL))`,
    )
    .raw()
    .all() as [string, string][];
  return new Set(rows.map(([productNumber, country]) => `${productNumber}\u0000${country}`));
}
