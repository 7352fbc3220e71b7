// Reads products in the shape the validation engine takes, straight from SQL (columns aliased to the domain names), so a
// bulk recompute over 100,000 products builds no intermediate records.
import { PRODUCT_FIELDS, type ProductField } from '../../../shared/catalogue';
import type { ValidationProduct } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { FIELD_COLUMNS } from '../db/product-columns';

const columnOf = (field: ProductField) => (field === 'price' ? 'p.price_cents / 100.0 AS price' : `p.${FIELD_COLUMNS[field]} AS ${field}`);

/** The SELECT list: every field, or only those named (reading 15 of the 30 columns halves a 100,000-product read). */
function selectColumns(fields: readonly ProductField[] | undefined, attributes: boolean): string {
  return ['p.id AS id', 'p.updated_at AS updatedAt', ...(fields ?? PRODUCT_FIELDS).map(columnOf), ...(attributes || !fields ? ['p.attributes AS attributesJson'] : [])].join(', ');
}

type Row = Omit<ValidationProduct, 'attributes'> & { attributesJson: string };

export interface ReadOptions {
  /** Parse the free attributes only when a mapping reads one. */
  attributes: boolean;
  /** Attach the stored per-country prices only when a mapping reads them. */
  countryPrices: boolean;
  /** Only these core fields (the others are left undefined); all of them when omitted. */
  fields?: readonly ProductField[];
}

const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Rows read per statement: better-sqlite3 allows no write while a statement iterates, and callers write as they go. */
const BATCH = 5000;

/** Products in id order, in batches, for a recompute (all of them, or these ids). */
export function* validationProducts(db: Db, options: ReadOptions, ids?: readonly number[]): Generator<ValidationProduct> {
  const prices = options.countryPrices ? countryPricesOf(db, ids) : undefined;
  const columns = selectColumns(options.fields, options.attributes);
  const all = db.prepare(`SELECT ${columns} FROM products p WHERE p.id > ? ORDER BY p.id LIMIT ${BATCH}`);
  const some = db.prepare(`SELECT ${columns} FROM products p WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id`);
  let after = 0;
  for (let start = 0; ; start += BATCH) {
    const rows = (ids ? (start < ids.length ? some.all(JSON.stringify(ids.slice(start, start + BATCH))) : []) : all.all(after)) as Row[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const product = row as unknown as ValidationProduct;
      product.attributes = options.attributes && row.attributesJson && row.attributesJson !== '{}' ? (JSON.parse(row.attributesJson) as Record<string, string>) : EMPTY;
      const stored = prices?.get(row.id);
      if (stored) product.countryPrices = stored;
      yield product;
    }
    after = (rows.at(-1) as Row).id;
    if (!ids && rows.length < BATCH) return;
  }
}

export function validationProduct(db: Db, id: number): ValidationProduct | undefined {
  for (const product of validationProducts(db, { attributes: true, countryPrices: true }, [id])) return product;
  return undefined;
}

function countryPricesOf(db: Db, ids?: readonly number[]): Map<number, Record<string, number>> {
  const rows = (
    ids
      ? db.prepare('SELECT product_id, country, price_cents FROM country_prices WHERE product_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids))
      : db.prepare('SELECT product_id, country, price_cents FROM country_prices').all()
  ) as { product_id: number; country: string; price_cents: number }[];
  const prices = new Map<number, Record<string, number>>();
  for (const row of rows) {
    let entry = prices.get(row.product_id);
    if (!entry) prices.set(row.product_id, (entry = {}));
    entry[row.country] = row.price_cents / 100;
  }
  return prices;
}
