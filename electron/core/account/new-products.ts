// Writes the products an import creates (SKUs the catalogue does not hold, whatever their case) and hands them on as the
// planner would read them back, so the adoption that follows compares and hashes them without a second read. Plain
// INSERTs: an upsert's conflict clause made each of 10,000 new rows about three times as slow (the products table's
// self-reference is checked on its update path), and these rows cannot conflict.
import { PRODUCT_FIELDS, type ProductField } from '../../../shared/catalogue';
import type { ValidationContext, ValidationProduct } from '../../../shared/validation';
import { batchedInsert } from '../db/batched-insert';
import type { Db } from '../db/connection';
import { FIELD_COLUMNS, fromCents, searchTextOf, toColumnValue, type FieldValues } from '../db/product-columns';

type Statement = ReturnType<Db['prepare']>;

/** A value as SQLite keeps it: a number it cannot hold (NaN) is stored as NULL. */
function stored(field: ProductField, value: unknown): string | number | null {
  const column = toColumnValue(field, value);
  return typeof column === 'number' && !Number.isFinite(column) ? null : column;
}

export interface NewProducts {
  /**
   * One product to insert (no parent: an imported listing is an offer of its own) with its price per market; returns it
   * as the planner would read it back, its id given by the next flush.
   */
  add(values: FieldValues, attributes: Record<string, string>, pricesCents: ReadonlyMap<string, number>): ValidationProduct;
  /** Inserts the products added since the last flush, in a tight loop (call it before anything reads them). */
  flush(): void;
}

interface Pending {
  /** Which product fields hold a value (the sum of 2^i for PRODUCT_FIELDS[i]): the INSERT names those columns only. */
  held: number;
  /** Their values, in PRODUCT_FIELDS order, then attributes, search text and the two stamps. */
  params: (string | number)[];
  product: Record<string, unknown>;
  prices: [string, number][];
}

export function newProducts(db: Db, context: ValidationContext, now: string): NewProducts {
  // An imported product holds a handful of its 26 fields: binding the other columns' NULLs cost a third of its insert.
  // One statement per set of columns held (an import has a few), the columns not named taking their NULL default.
  const inserts = new Map<number, Statement>();
  const insertOf = (held: number): Statement => {
    let insert = inserts.get(held);
    if (!insert) {
      const columns: string[] = PRODUCT_FIELDS.filter((_, at) => Math.floor(held / 2 ** at) % 2 === 1).map((field) => FIELD_COLUMNS[field]);
      columns.push('attributes', 'search_text', 'created_at', 'updated_at');
      inserts.set(held, (insert = db.prepare(`INSERT INTO products (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)));
    }
    return insert;
  };
  // Back Market's prices, copied: a new catalogue price of the merchant's replaces them (mapping/price-copies.ts).
  const insertPrices = batchedInsert(db, 'INSERT INTO country_prices (product_id, country, price_cents, copied_cents) VALUES', '(?, ?, ?, ?)', 4);
  const mapped = context.productFields.map((field) => [field, PRODUCT_FIELDS.indexOf(field)] as const);
  const columnValues = new Array<string | number | null>(PRODUCT_FIELDS.length);
  // Written a few hundred at a time in a tight loop: interleaved with building and comparing each product, the same
  // inserts ran markedly slower.
  const pending: Pending[] = [];
  return {
    add(values, attributes, pricesCents) {
      const params: (string | number)[] = [];
      let held = 0;
      for (let at = 0; at < PRODUCT_FIELDS.length; at += 1) {
        const field = PRODUCT_FIELDS[at] as ProductField;
        const value = (columnValues[at] = stored(field, values[field]));
        if (value === null) continue;
        held += 2 ** at;
        params.push(value);
      }
      params.push(JSON.stringify(attributes), searchTextOf(values), now, now);
      // As validationProducts reads it: the mapped fields as stored (price from its cents), the attributes, the prices.
      const product: Record<string, unknown> = { id: 0, updatedAt: now, attributes };
      for (const [field, at] of mapped) product[field] = field === 'price' ? fromCents(columnValues[at] as number | null) : columnValues[at];
      const prices: [string, number][] = [];
      if (pricesCents.size > 0) {
        const countryPrices: Record<string, number> = {};
        for (const [country, cents] of pricesCents) {
          prices.push([country, cents]);
          countryPrices[country] = cents / 100;
        }
        product.countryPrices = countryPrices;
      }
      pending.push({ held, params, product, prices });
      return product as unknown as ValidationProduct;
    },
    flush() {
      for (const { held, params, product, prices } of pending) {
        const id = Number(insertOf(held).run(params).lastInsertRowid);
        product.id = id;
        for (const [country, cents] of prices) insertPrices.pending.push(id, country, cents, cents);
      }
      insertPrices.flush();
      pending.length = 0;
    },
  };
}
