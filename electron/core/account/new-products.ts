// Writes the products an import creates (SKUs the catalogue does not hold, whatever their case) and hands them on as the
// planner would read them back, so the adoption that follows compares and hashes them without a second read. Plain
// INSERTs: an upsert's conflict clause made each of 10,000 new rows about three times as slow (the products table's
// self-reference is checked on its update path), and these rows cannot conflict.
import { PRODUCT_FIELDS, type ProductField } from '../../../shared/catalogue';
import type { ValidationContext, ValidationProduct } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { FIELD_COLUMNS, fromCents, searchTextOf, toColumnValue, type FieldValues } from '../db/product-columns';

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

export function newProducts(db: Db, context: ValidationContext, now: string): NewProducts {
  const columns = PRODUCT_FIELDS.map((field) => FIELD_COLUMNS[field]);
  const insertProduct = db.prepare(
    `INSERT INTO products (${columns.join(', ')}, attributes, search_text, created_at, updated_at) VALUES (${columns.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
  );
  // Back Market's prices, copied: a new catalogue price of the merchant's replaces them (mapping/price-copies.ts).
  const insertPrice = db.prepare('INSERT INTO country_prices (product_id, country, price_cents, copied_cents) VALUES (?, ?, ?, ?)');
  const mapped = context.productFields.map((field) => [field, PRODUCT_FIELDS.indexOf(field)] as const);
  // Written a few hundred at a time in a tight loop: interleaved with building and comparing each product, the same
  // inserts ran markedly slower.
  const pending: { params: (string | number | null)[]; product: Record<string, unknown>; prices: [string, number][] }[] = [];
  return {
    add(values, attributes, pricesCents) {
      const params: (string | number | null)[] = new Array(PRODUCT_FIELDS.length + 4);
      for (let at = 0; at < PRODUCT_FIELDS.length; at += 1) params[at] = stored(PRODUCT_FIELDS[at] as ProductField, values[PRODUCT_FIELDS[at] as ProductField]);
      params[PRODUCT_FIELDS.length] = JSON.stringify(attributes);
      params[PRODUCT_FIELDS.length + 1] = searchTextOf(values);
      params[PRODUCT_FIELDS.length + 2] = now;
      params[PRODUCT_FIELDS.length + 3] = now;
      // As validationProducts reads it: the mapped fields as stored (price from its cents), the attributes, the prices.
      const product: Record<string, unknown> = { id: 0, updatedAt: now, attributes };
      for (const [field, at] of mapped) product[field] = field === 'price' ? fromCents(params[at] as number | null) : params[at];
      const prices: [string, number][] = [];
      if (pricesCents.size > 0) {
        const countryPrices: Record<string, number> = {};
        for (const [country, cents] of pricesCents) {
          prices.push([country, cents]);
          countryPrices[country] = cents / 100;
        }
        product.countryPrices = countryPrices;
      }
      pending.push({ params, product, prices });
      return product as unknown as ValidationProduct;
    },
    flush() {
      for (const { params, product, prices } of pending) {
        const id = Number(insertProduct.run(params).lastInsertRowid);
        product.id = id;
        for (const [country, cents] of prices) insertPrice.run(id, country, cents, cents);
      }
      pending.length = 0;
    },
  };
}
