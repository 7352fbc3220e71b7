// The outbox: which products changed since their last accepted push, so offline edits are never lost and sync is incremental.
import type { Statement } from 'better-sqlite3';
import { marketOwnOfColumn } from '../../../shared/market-language';
import type { Db } from './connection';

export type OutboxChange = 'upsert' | 'delete';

export interface OutboxEntry {
  productNumber: string;
  change: OutboxChange;
  fields: string[];
  /** The markets the change concerns (a price of the price grid, a market's own comment); null: every market. */
  countries: string[] | null;
  firstChangedAt: string;
  lastChangedAt: string;
}

/**
 * A change to a product already pending is merged into it: the latest kind of change, the union of the fields and of the
 * markets (either change concerning every market makes it every market's), the first time kept.
 */
const MERGE_PENDING_SQL = `ON CONFLICT(product_number) DO UPDATE SET
       change = excluded.change,
       fields = (SELECT json_group_array(value) FROM (SELECT DISTINCT value FROM (
                   SELECT value FROM json_each(outbox.fields) UNION SELECT value FROM json_each(excluded.fields)) ORDER BY value)),
       countries = CASE WHEN outbox.countries IS NULL OR excluded.countries IS NULL THEN NULL
                   ELSE (SELECT json_group_array(value) FROM (SELECT value FROM json_each(outbox.countries) UNION SELECT value FROM json_each(excluded.countries) ORDER BY value)) END,
       last_changed_at = excluded.last_changed_at`;

const MARK_PENDING_SQL = `INSERT INTO outbox (product_number, change, fields, countries, first_changed_at, last_changed_at)
       VALUES (@productNumber, @change, @fields, @countries, @now, @now)
     ${MERGE_PENDING_SQL}`;

// New products concern every market: their countries stay NULL. "WHERE" makes the SELECT's end unambiguous before ON CONFLICT, as SQLite's upsert syntax asks.
const MARK_ADDED_SQL = `INSERT INTO outbox (product_number, change, fields, first_changed_at, last_changed_at)
       SELECT product_number, 'upsert', ?, ?, ? FROM products WHERE id > ? ORDER BY id
     ${MERGE_PENDING_SQL}`;

// Prepared once per connection: preparing costs more than running it, and an import marks 100,000 products in a row.
const markPendingStatements = new WeakMap<Db, Statement>();

/**
 * Records that these fields of a product changed; merges with what was already pending. `markets`: the markets the
 * change concerns when it is one market's (a price of the price grid, comment_fr-be); left out, null or empty, every
 * market (a title, the quantity, a mapping change). A deletion always concerns every market.
 */
export function markPending(db: Db, productNumber: string, change: OutboxChange, fields: readonly string[], now: string, markets?: readonly string[] | null): void {
  let statement = markPendingStatements.get(db);
  if (!statement) {
    statement = db.prepare(MARK_PENDING_SQL);
    markPendingStatements.set(db, statement);
  }
  statement.run({ productNumber, change, fields: fieldsJson(fields), countries: change === 'delete' ? null : marketsJson(markets), now });
}

/** The markets as stored: a sorted JSON array without repeats, or NULL for every market. */
export function marketsJson(markets: readonly string[] | null | undefined): string | null {
  if (!markets || markets.length === 0) return null;
  return JSON.stringify([...new Set(markets)].sort());
}

/**
 * The markets a change of these attributes concerns: when every attribute changed is a market's own comment or warranty
 * (comment_fr-be, warranty_fr-be), those markets; otherwise null (any other attribute may be read in every market).
 */
export function marketsOfAttributes(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>, names?: readonly string[]): string[] | null {
  const changed = (names ?? [...new Set([...Object.keys(before), ...Object.keys(after)])]).filter((name) => before[name] !== after[name]);
  const markets = changed.map((name) => marketOwnOfColumn(name)?.market);
  if (markets.length === 0 || markets.some((market) => market === undefined)) return null;
  return [...new Set(markets as string[])].sort();
}

/**
 * Marks, in one statement, every product whose id is above `afterId` as a pending upsert of these fields: what an
 * import does for the products it has just added (SQLite gives a new row the next id above the largest one), instead
 * of one statement per product. Merges like markPending, for a product whose deletion was still pending. Returns how
 * many products it marked.
 */
export function markAddedPending(db: Db, afterId: number, fields: readonly string[], now: string): number {
  let statement = markAddedStatements.get(db);
  if (!statement) {
    statement = db.prepare(MARK_ADDED_SQL);
    markAddedStatements.set(db, statement);
  }
  return statement.run(fieldsJson(fields), now, now, afterId).changes;
}
const markAddedStatements = new WeakMap<Db, Statement>();

// An import passes one frozen list for every new product; serialising it once saves ~0.2 s per 100,000 products.
// Only a frozen list is remembered, since any other array may be changed by its owner between two calls.
let lastFrozenFields: readonly string[] | undefined;
let lastFrozenJson = '';
function fieldsJson(fields: readonly string[]): string {
  if (fields === lastFrozenFields) return lastFrozenJson;
  const json = JSON.stringify([...fields].sort());
  if (Object.isFrozen(fields)) {
    lastFrozenFields = fields;
    lastFrozenJson = json;
  }
  return json;
}

/**
 * SQL: whether the outbox row `outbox` concerns the market `market` (an SQL expression): NULL concerns every market,
 * else the stored array names it. The array is JSON of market codes (fr-fr), so the quoted code cannot match another.
 */
export const concernsMarketSql = (outbox: string, market: string): string => `(${outbox}.countries IS NULL OR instr(${outbox}.countries, '"' || ${market} || '"') > 0)`;

export function pendingEntries(db: Db): OutboxEntry[] {
  return (db.prepare('SELECT * FROM outbox ORDER BY first_changed_at, product_number').all() as {
    product_number: string;
    change: OutboxChange;
    fields: string;
    countries: string | null;
    first_changed_at: string;
    last_changed_at: string;
  }[]).map((row) => ({
    productNumber: row.product_number,
    change: row.change,
    fields: JSON.parse(row.fields) as string[],
    countries: row.countries === null ? null : (JSON.parse(row.countries) as string[]),
    firstChangedAt: row.first_changed_at,
    lastChangedAt: row.last_changed_at,
  }));
}

export function pendingCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
}
