// A mapping source as an SQL expression over a product row, so "which products carry this value" and "which values are
// there" are answered by SQLite rather than by reading every product into memory.
import type { FieldSource } from '../../../shared/mapping';
import type { MerchantValueCount } from '../../../shared/mapping';
import type { Db } from '../db/connection';
import { FIELD_COLUMNS } from '../db/product-columns';

export type SqlParams = Record<string, string | number>;

/** The source's value for product row `row` as SQL, or undefined for sources not read from the product (fixed, stored prices). */
export function sourceSql(source: FieldSource, row: string, params: SqlParams, name = 'source'): string | undefined {
  if (source.kind === 'field') return source.field === 'price' ? `${row}.price_cents / 100.0` : `${row}.${FIELD_COLUMNS[source.field]}`;
  if (source.kind === 'attribute') {
    params[name] = source.name;
    return `(SELECT value FROM json_each(${row}.attributes) WHERE key = @${name})`;
  }
  return undefined;
}

/** The distinct non-empty values of a source across the catalogue, most frequent first. */
export function distinctValues(db: Db, source: FieldSource, limit: number, where = '1 = 1', whereParams: SqlParams = {}): MerchantValueCount[] {
  if (source.kind === 'fixed') return source.value.trim() ? [{ value: source.value.trim(), count: db.prepare(`SELECT count(*) FROM products p WHERE ${where}`).pluck().get(whereParams) as number }] : [];
  const params: SqlParams = { ...whereParams, limit };
  const expression = sourceSql(source, 'p', params);
  if (!expression) return [];
  return (
    db
      .prepare(
        `SELECT CAST(v AS TEXT) AS value, count(*) AS count FROM (SELECT ${expression} AS v FROM products p WHERE ${where})
          WHERE v IS NOT NULL AND trim(v) != '' GROUP BY CAST(v AS TEXT) ORDER BY count DESC, value LIMIT @limit`,
      )
      .all(params) as MerchantValueCount[]
  ).map((row) => ({ value: row.value.trim(), count: row.count }));
}

/** Products whose source value equals `value`, by product number (for marking them pending). */
export function productNumbersWithValue(db: Db, source: FieldSource, value: string, where = '1 = 1', whereParams: SqlParams = {}): string[] {
  const params: SqlParams = { ...whereParams, value };
  const expression = sourceSql(source, 'p', params);
  if (!expression) return source.kind === 'fixed' && source.value.trim() === value ? allProductNumbers(db, where, whereParams) : [];
  return db.prepare(`SELECT p.product_number FROM products p WHERE ${where} AND trim(CAST(${expression} AS TEXT)) = @value`).pluck().all(params) as string[];
}

export function allProductNumbers(db: Db, where = '1 = 1', params: SqlParams = {}): string[] {
  return db.prepare(`SELECT p.product_number FROM products p WHERE ${where}`).pluck().all(params) as string[];
}

/** The distinct free-attribute names in the catalogue, for the source picker. */
export function attributeNames(db: Db): string[] {
  return db.prepare("SELECT DISTINCT j.key FROM products p, json_each(p.attributes) j WHERE p.attributes != '{}' ORDER BY j.key LIMIT 2000").pluck().all() as string[];
}
