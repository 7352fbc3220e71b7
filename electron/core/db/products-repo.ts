// Products in SQLite: paged queries for the grid, single reads and writes. Plain functions over a db handle.
import type { Statement } from 'better-sqlite3';
import type { CatalogueFacets, Product, ProductField, ProductPage, ProductQuery, ProductRow, SortColumn } from '../../../shared/catalogue';
import { PRODUCT_FIELDS, productQuerySchema } from '../../../shared/catalogue';
import type { Db } from './connection';
import type { FieldValues, ProductRecord } from './product-columns';
import { FIELD_COLUMNS, recordToProduct, searchTextOf, SORT_COLUMNS, toColumnValue } from './product-columns';

type Params = Record<string, string | number>;

/** The WHERE clause for one product row (alias `row`), from the grid's filters. */
export function rowConditions(query: ReturnType<typeof productQuerySchema.parse>, row: string, params: Params): string[] {
  const conditions: string[] = [];
  if (query.search?.trim()) {
    params.search = `%${query.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(`${row}.search_text LIKE @search ESCAPE '\\'`);
  }
  if (query.category) {
    params.category = query.category;
    conditions.push(`${row}.category = @category`);
  }
  if (query.brand) {
    params.brand = query.brand;
    conditions.push(`${row}.brand = @brand`);
  }
  if (query.condition) {
    params.condition = query.condition;
    conditions.push(`${row}.condition = @condition`);
  }
  if (query.conditions) {
    params.conditions = JSON.stringify(query.conditions);
    conditions.push(`${row}.condition IN (SELECT value FROM json_each(@conditions))`);
  }
  if (query.hasEan !== undefined) conditions.push(query.hasEan ? `${row}.ean IS NOT NULL` : `${row}.ean IS NULL`);
  if (query.pendingOnly) conditions.push(`${row}.product_number IN (SELECT product_number FROM outbox)`);
  if (query.readiness) {
    // The mapping's cached verdict (migration 4): one row per product, one bit per country.
    params.readinessCountry = query.readiness.country;
    const ready = `EXISTS (SELECT 1 FROM product_readiness pr JOIN readiness_countries rc ON rc.country = @readinessCountry
                    WHERE pr.product_id = ${row}.id AND (pr.ready_mask >> rc.bit) & 1 = 1)`;
    conditions.push(query.readiness.ready ? ready : `NOT ${ready}`);
  }
  return conditions;
}

/** The trigram index (migration 7) holds runs of three characters: a shorter term has none to look up and is read with LIKE. */
const SHORTEST_INDEXED_TERM = 3;

/**
 * The full-text query that finds a search term as a substring: the lowercased term as one quoted FTS5 string, so quotes,
 * operators (OR, NEAR, *) and punctuation are plain text. Undefined when the term is too short for the index.
 */
export function searchIndexQuery(search: string | undefined): string | undefined {
  const term = search?.trim().toLowerCase();
  // Counted in code points, as the tokenizer counts characters.
  if (!term || [...term].length < SHORTEST_INDEXED_TERM) return undefined;
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * Indexes the products whose search text is not in the index yet (migration 7: search_indexed = 0). Done before a search
 * rather than in the write: an import's 100,000 rows cost ~2 s here, once, where any per-row indexing inside the import
 * made it several seconds slower. Returns how many were indexed; joins the caller's transaction when there is one.
 */
export function updateSearchIndex(db: Db): number {
  const pending = db.prepare('SELECT count(*) FROM products INDEXED BY products_search_unindexed WHERE search_indexed = 0').pluck().get() as number;
  if (pending === 0) return 0;
  db.transaction(() => {
    // An updated product is still in the index under its old text; a new one is not, and deleting it changes nothing.
    db.prepare('DELETE FROM products_search WHERE rowid IN (SELECT id FROM products WHERE search_indexed = 0)').run();
    db.prepare('INSERT INTO products_search (rowid, search_text) SELECT id, search_text FROM products WHERE search_indexed = 0').run();
    db.prepare('UPDATE products SET search_indexed = 1 WHERE search_indexed = 0').run();
  })();
  return pending;
}

/** Brings the index up to date; a file opened read-only cannot, and is searched without the index while it is behind. */
function searchIndexReady(db: Db): boolean {
  if (!db.readonly) updateSearchIndex(db);
  return !db.readonly || db.prepare('SELECT count(*) FROM products WHERE search_indexed = 0').pluck().get() === 0;
}

/**
 * Indexes every product again, for a file whose rows came from elsewhere with their search_indexed flags (the import of
 * an export, which does not carry the index). Leaves the flags as they came: a product still at 0 is indexed again by the
 * next search, which changes nothing.
 */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    db.prepare("INSERT INTO products_search (products_search) VALUES ('delete-all')").run();
    db.prepare('INSERT INTO products_search (rowid, search_text) SELECT id, search_text FROM products').run();
  })();
}

/**
 * Sort columns with an index over top-level products, walked backwards for a descending sort: with no text search, a
 * page walks the index and stops after its rows (~5 ms) where reading and sorting 10,000 matches took ~28 ms.
 */
const TOP_LEVEL_SORT_INDEXES: Partial<Record<SortColumn, string>> = { price: 'products_top_price' };

export function listProducts(db: Db, rawQuery: ProductQuery): ProductPage {
  const query = productQuerySchema.parse(rawQuery);
  const params: Params = {};
  const own = rowConditions(query, 'p', params);
  const sort = query.sort ?? { column: 'productNumber', direction: 'asc' as const };
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const orderSql = `ORDER BY p.${SORT_COLUMNS[sort.column]} ${direction} NULLS LAST, p.id ${direction}`;
  let withSql = '';
  let fromSql: string;
  let matchSql = own.join(' AND ');
  if (query.parentId !== undefined) {
    params.parentId = query.parentId;
    fromSql = `FROM products p WHERE ${['p.parent_id = @parentId', ...own].join(' AND ')}`;
  } else if (own.length === 0) {
    fromSql = 'FROM products p WHERE p.parent_id IS NULL';
  } else {
    // A parent is shown when it matches, or when one of its variations does. Two index-only searches whose ids are
    // merged, rather than one OR, which made SQLite read every top-level row (40-50 ms instead of ~20 over 100,000
    // products); UNION ALL + DISTINCT rather than UNION, whose merge made SQLite pick a non-covering index.
    const childMatch = rowConditions(query, 'c', params).join(' AND ');
    const indexQuery = searchIndexQuery(query.search);
    if (indexQuery && searchIndexReady(db)) {
      // The full-text index gives the products whose search text holds the term (~10,000 of 100,000 in ~5 ms, where LIKE
      // read every search text in ~16 ms); the other filters then apply to each. A match is its own hit when top-level,
      // its parent's when a variation.
      params.searchIndexQuery = indexQuery;
      const others = rowConditions({ ...query, search: undefined }, 'm', params);
      withSql = `WITH hits(id) AS MATERIALIZED (
                   SELECT coalesce(m.parent_id, m.id) FROM products_search s CROSS JOIN products m INDEXED BY products_id_parent ON m.id = s.rowid
                    WHERE products_search MATCH @searchIndexQuery${others.map((condition) => ` AND ${condition}`).join('')})`;
    } else {
      withSql = `WITH hits(id) AS MATERIALIZED (
                   SELECT p.id FROM products p WHERE p.parent_id IS NULL AND ${own.join(' AND ')}
                   UNION ALL
                   SELECT c.parent_id FROM products c WHERE c.parent_id IS NOT NULL AND ${childMatch})`;
    }
    fromSql = 'FROM (SELECT DISTINCT id FROM hits) hit CROSS JOIN products p ON p.id = hit.id WHERE p.parent_id IS NULL';
    matchSql = `((${own.join(' AND ')}) OR p.id IN (SELECT c.parent_id FROM products c WHERE c.parent_id IS NOT NULL AND ${childMatch}))`;
  }

  const sortIndex = TOP_LEVEL_SORT_INDEXES[sort.column];
  let pageSql: string;
  let total: number | undefined;
  if (query.parentId === undefined && !query.search?.trim() && sortIndex && direction === 'DESC') {
    total = own.length === 0 ? (db.prepare(`SELECT count(*) AS n ${fromSql}`).get(params) as { n: number }).n : matchingTopLevelCount(db, own, rowConditions(query, 'c', params), params);
    pageSql = `SELECT p.id, ${total} AS total FROM products p INDEXED BY ${sortIndex}
                WHERE p.parent_id IS NULL${matchSql ? ` AND ${matchSql}` : ''} ${orderSql} LIMIT @limit OFFSET @offset`;
    withSql = '';
  } else {
    // One pass finds, counts and sorts only (id, sort value) pairs; then the page's whole rows are read.
    // Sorting whole rows instead made a page over 100,000 products take several times the 20 ms budget.
    pageSql = `SELECT p.id, count(*) OVER () AS total ${fromSql} ${orderSql} LIMIT @limit OFFSET @offset`;
  }
  const records = db
    .prepare(
      `${withSql}
       SELECT p.*, page.total, (p.product_number IN (SELECT product_number FROM outbox)) AS pending,
              EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = p.product_number AND s.status = 'published') AS on_back_market,
              (SELECT count(*) FROM products c WHERE c.parent_id = p.id) AS child_count
         FROM (${pageSql}) page
         JOIN products p ON p.id = page.id
         ${orderSql}`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as (ProductRecord & { total: number; pending: number; on_back_market: number; child_count: number })[];
  // A page past the end has no row to carry the total.
  total ??= records[0]?.total ?? (query.offset > 0 ? (db.prepare(`${withSql} SELECT count(*) AS n ${fromSql}`).get(params) as { n: number }).n : 0);
  const rows: ProductRow[] = records.map((record) => ({ ...recordToProduct(record, record.pending === 1), childCount: record.child_count, onBackMarket: record.on_back_market === 1 }));
  return { rows, total };
}

/**
 * How many top-level products a filtered page has: those that match (A), plus the top-level parents of matching
 * variations (B), minus those counted twice (A and B) — each part read from an index, never from the wide rows.
 * Merging and de-duplicating the two id lists took ~22 ms over 100,000 products, the bulk of a page's 20 ms budget.
 */
function matchingTopLevelCount(db: Db, own: readonly string[], childOwn: readonly string[], params: Params): number {
  const matches = own.join(' AND ');
  const count = db.prepare(
    `WITH b(id) AS MATERIALIZED (SELECT DISTINCT c.parent_id FROM products c WHERE c.parent_id IS NOT NULL AND ${childOwn.join(' AND ')})
     SELECT (SELECT count(*) FROM products p WHERE p.parent_id IS NULL AND ${matches})
          + (SELECT count(*) FROM b CROSS JOIN products t INDEXED BY products_id_parent ON t.id = b.id WHERE t.parent_id IS NULL)
          - (SELECT count(*) FROM products p WHERE p.parent_id IS NULL AND ${matches} AND p.id IN (SELECT id FROM b)) AS n`,
  );
  return (count.get(params) as { n: number }).n;
}

export function getProduct(db: Db, id: number): Product | undefined {
  const record = db
    .prepare('SELECT p.*, (p.product_number IN (SELECT product_number FROM outbox)) AS pending FROM products p WHERE p.id = ?')
    .get(id) as (ProductRecord & { pending: number }) | undefined;
  return record && recordToProduct(record, record.pending === 1);
}

export function findProductId(db: Db, productNumber: string): number | undefined {
  return (db.prepare('SELECT id FROM products WHERE product_number = ?').get(productNumber) as { id: number } | undefined)?.id;
}

const COLUMN_LIST = PRODUCT_FIELDS.map((field) => FIELD_COLUMNS[field]);
const PRODUCT_NUMBER_AT = PRODUCT_FIELDS.indexOf('productNumber');
const PARENT_NUMBER_AT = PRODUCT_FIELDS.indexOf('parentNumber');

/**
 * The upsert used by the product form and by the CSV import: one statement, keyed by product number, with positional
 * parameters (a 30-key object per row cost ~0.25 s per 100,000 rows). The parent's id is looked up while writing so that
 * most variations are linked without a second pass. Parameters, in order: the product fields (PRODUCT_FIELDS order),
 * then for the parent lookup the parent number and the product number, then attributes, search text and the time twice.
 */
export function upsertStatementSql(): string {
  const assignments = COLUMN_LIST.filter((column) => column !== 'product_number').map((column) => `${column} = excluded.${column}`);
  return `INSERT INTO products (${COLUMN_LIST.join(', ')}, parent_id, attributes, search_text, created_at, updated_at)
          VALUES (${COLUMN_LIST.map(() => '?').join(', ')},
                  (SELECT parent.id FROM products parent WHERE parent.product_number = ? AND parent.product_number <> ?),
                  ?, ?, ?, ?)
          ON CONFLICT(product_number) DO UPDATE SET ${assignments.join(', ')}, parent_id = excluded.parent_id,
            attributes = excluded.attributes, search_text = excluded.search_text, updated_at = excluded.updated_at,
            search_indexed = (search_indexed AND search_text IS excluded.search_text)`;
}

const upsertStatements = new WeakMap<Db, Statement>();

/** The upsert, prepared once per connection: preparing it costs more than running it. */
export function upsertStatement(db: Db): Statement {
  let statement = upsertStatements.get(db);
  if (!statement) {
    statement = db.prepare(upsertStatementSql());
    upsertStatements.set(db, statement);
  }
  return statement;
}

export function upsertParams(values: FieldValues, attributes: Record<string, string>, now: string): (string | number | null)[] {
  const params: (string | number | null)[] = new Array(PRODUCT_FIELDS.length + 6);
  for (let at = 0; at < PRODUCT_FIELDS.length; at += 1) {
    const field = PRODUCT_FIELDS[at] as ProductField;
    params[at] = toColumnValue(field, values[field]);
  }
  let at = PRODUCT_FIELDS.length;
  params[at++] = params[PARENT_NUMBER_AT] ?? null;
  params[at++] = params[PRODUCT_NUMBER_AT] ?? null;
  params[at++] = JSON.stringify(attributes);
  params[at++] = searchTextOf(values);
  params[at++] = now;
  params[at] = now;
  return params;
}

export function upsertProduct(db: Db, values: FieldValues, attributes: Record<string, string>, now: string): number {
  upsertStatement(db).run(upsertParams(values, attributes, now));
  return findProductId(db, values.productNumber as string) as number;
}

/** Sets one field on many products; returns the product numbers that were changed. */
export function setField(db: Db, ids: readonly number[], field: Exclude<ProductField, 'productNumber' | 'parentNumber'>, value: string | number | null, now: string): string[] {
  const column = FIELD_COLUMNS[field];
  const read = db.prepare(`SELECT * FROM products WHERE id = ?`);
  const write = db.prepare(
    `UPDATE products SET ${column} = @value, search_text = @search_text, search_indexed = (search_indexed AND search_text IS @search_text), updated_at = @now
      WHERE id = @id`,
  );
  const changed: string[] = [];
  for (const id of ids) {
    const record = read.get(id) as ProductRecord | undefined;
    if (!record) continue;
    const product = recordToProduct(record, false);
    const next = { ...product, [field]: value } as FieldValues;
    write.run({ value: toColumnValue(field, value), search_text: searchTextOf(next), now, id });
    changed.push(record.product_number);
  }
  return changed;
}

/** Links every variation to its parent by the parent's product number; rows already linked right are not rewritten. */
export function linkVariations(db: Db): void {
  const parentOf = `(SELECT parent.id FROM products parent WHERE parent.product_number = products.parent_number AND parent.id <> products.id)`;
  db.prepare(`UPDATE products SET parent_id = ${parentOf} WHERE (parent_number IS NOT NULL OR parent_id IS NOT NULL) AND parent_id IS NOT ${parentOf}`).run();
}

export function deleteProducts(db: Db, ids: readonly number[]): string[] {
  const read = db.prepare('SELECT product_number FROM products WHERE id = ?');
  const remove = db.prepare('DELETE FROM products WHERE id = ?');
  // A deleted product left in the index would only be dropped by the search's join; taken out, it costs nothing there.
  const unindex = db.prepare('DELETE FROM products_search WHERE rowid = ?');
  const deleted: string[] = [];
  for (const id of ids) {
    const row = read.get(id) as { product_number: string } | undefined;
    if (!row) continue;
    remove.run(id);
    unindex.run(id);
    deleted.push(row.product_number);
  }
  return deleted;
}

export function catalogueFacets(db: Db): CatalogueFacets {
  const distinct = (column: string) =>
    (db.prepare(`SELECT DISTINCT ${column} AS v FROM products WHERE ${column} IS NOT NULL ORDER BY ${column} COLLATE NOCASE`).all() as { v: string }[]).map(
      (row) => row.v,
    );
  const counts = db.prepare('SELECT (SELECT count(*) FROM products) AS total, (SELECT count(*) FROM outbox) AS pending').get() as {
    total: number;
    pending: number;
  };
  return { categories: distinct('category'), brands: distinct('brand'), conditions: distinct('condition'), ...counts };
}

/** Every product in product-number order, for the export. */
export function* allProducts(db: Db): Generator<Product> {
  const statement = db.prepare('SELECT * FROM products ORDER BY product_number');
  for (const record of statement.iterate() as Iterable<ProductRecord>) yield recordToProduct(record, false);
}
