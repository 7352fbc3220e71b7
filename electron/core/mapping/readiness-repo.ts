// The cached readiness of every product per country: one row per product with a bit per country, so the catalogue's
// "ready for <country>" filter is a primary-key join and a recompute of 100,000 products writes 100,000 narrow rows.
import type { CountryReadiness } from '../../../shared/mapping';
import { validateProduct, type ValidationContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { validationProducts } from './validation-products';

/** Each country's bit, assigning the next free one to a country checked for the first time. */
export function countryBits(db: Db, countries: readonly string[]): Map<string, number> {
  const bits = new Map((db.prepare('SELECT country, bit FROM readiness_countries').all() as { country: string; bit: number }[]).map((row) => [row.country, row.bit]));
  const missing = countries.filter((country) => !bits.has(country));
  if (missing.length > 0) {
    const insert = db.prepare('INSERT INTO readiness_countries (country, bit) VALUES (?, ?)');
    let next = bits.size === 0 ? 0 : Math.max(...bits.values()) + 1;
    for (const country of missing) {
      insert.run(country, next);
      bits.set(country, next);
      next += 1;
    }
  }
  return bits;
}

/**
 * Validates these products (all when ids is undefined) for the context's countries and stores the verdicts.
 * Returns how many products it checked. Runs in one transaction; the caller times it.
 */
export function recomputeReadiness(db: Db, context: ValidationContext, ids?: readonly number[]): number {
  const bits = countryBits(
    db,
    context.countries.map((country) => country.country.code),
  );
  // The engine numbers countries 0..n-1; the table uses each country's stored bit.
  const storedBit = context.countries.map((country) => 2 ** (bits.get(country.country.code) as number));
  const checkedMask = storedBit.reduce((mask, bit) => mask + bit, 0);
  const identity = storedBit.every((bit, index) => bit === 2 ** index);
  const toStored = (notReady: number): number => {
    if (identity) return checkedMask & ~notReady;
    let ready = 0;
    storedBit.forEach((bit, index) => {
      if ((notReady & (1 << index)) === 0) ready += bit;
    });
    return ready;
  };
  const write = db.prepare('INSERT OR REPLACE INTO product_readiness (product_id, checked_mask, ready_mask, checked_version) VALUES (?, ?, ?, ?)');
  let checked = 0;
  db.transaction(() => {
    if (ids === undefined) db.exec('DELETE FROM product_readiness');
    // Stored prices are always read: a stored price applies whatever the price mapping says.
    const options = { attributes: context.usesAttributes, countryPrices: true, fields: context.productFields };
    for (const product of validationProducts(db, options, ids)) {
      write.run(product.id, checkedMask, toStored(validateProduct(product, context)), product.updatedAt ?? '');
      checked += 1;
    }
  })();
  return checked;
}

/** Products edited since they were checked, or never checked: what a catalogue change leaves to recompute. */
export function productsToRecheck(db: Db): number[] {
  return db
    .prepare('SELECT p.id FROM products p LEFT JOIN product_readiness r ON r.product_id = p.id WHERE r.product_id IS NULL OR r.checked_version != p.updated_at')
    .pluck()
    .all() as number[];
}

export function readinessCounts(db: Db, countries: readonly string[]): { countries: CountryReadiness[]; total: number; computedAt: string | null } {
  const bits = countryBits(db, countries);
  const total = db.prepare('SELECT count(*) FROM products').pluck().get() as number;
  const computedAt = (db.prepare('SELECT computed_at FROM readiness_meta WHERE id = 1').pluck().get() as string | undefined) ?? null;
  if (countries.length === 0) return { countries: [], total, computedAt };
  const sums = countries.map((country, index) => `coalesce(sum((ready_mask >> ${bits.get(country) as number}) & 1), 0) AS c${index}`);
  const row = db.prepare(`SELECT ${sums.join(', ')} FROM product_readiness`).get() as Record<string, number>;
  return {
    countries: countries.map((country, index) => {
      const ready = row[`c${index}`] ?? 0;
      return { country, ready, notReady: total - ready };
    }),
    total,
    computedAt,
  };
}

export interface ReadinessMeta {
  computedAt: string;
  signature: string;
}

export function readinessMeta(db: Db): ReadinessMeta | undefined {
  return db.prepare('SELECT computed_at AS computedAt, signature FROM readiness_meta WHERE id = 1').get() as ReadinessMeta | undefined;
}

export function saveReadinessMeta(db: Db, meta: ReadinessMeta): void {
  db.prepare('INSERT OR REPLACE INTO readiness_meta (id, computed_at, signature) VALUES (1, @computedAt, @signature)').run(meta);
}
