// Back Market matches SKUs whatever their case: the key a SKU is compared by, and the catalogue's products whose SKUs
// differ only by case (a catalogue from before the import and the product form compared that way can hold two).
import type { Db } from './connection';

/** An ASCII SKU (nearly all) is folded in one call: a call per capital letter was a tenth of an import's read of its listings. */
const ASCII = /^[\x00-\x7f]*$/;
/** Back Market matches SKUs whatever their case (as SQLite's NOCASE: ASCII letters): 'ip13-1' is the listing of 'IP13-1'. */
export const skuKey = (sku: string): string => (ASCII.test(sku) ? sku.toLowerCase() : sku.replace(/[A-Z]/g, (letter) => letter.toLowerCase()));

/** Another product (not `except`) whose number is this one spelled in another case (the oldest, should there be several). */
export function otherCaseProduct(db: Db, productNumber: string, except?: number): { id: number; productNumber: string } | undefined {
  return db
    .prepare('SELECT id, product_number AS productNumber FROM products WHERE product_number = ? COLLATE NOCASE AND product_number <> ? AND id IS NOT ? ORDER BY id LIMIT 1')
    .get(productNumber, productNumber, except ?? null) as { id: number; productNumber: string } | undefined;
}

/**
 * The products that share their SKU with another product once case is ignored: for each, every spelling of that SKU in
 * the catalogue (its own first). `among`: only the SKUs of these products (a lookup each in the NOCASE index of
 * migration 18, for a plan of a few changed offers); without it the whole catalogue, in one pass of that index
 * (~60 ms over 100,000 products, for a first sync).
 */
export function sharedSkus(db: Db, among?: readonly string[]): Map<string, string[]> {
  const rows = (
    among === undefined
      ? db
          .prepare(
            `SELECT product_number FROM products INDEXED BY products_number_nocase
              WHERE product_number COLLATE NOCASE IN (SELECT product_number COLLATE NOCASE FROM products INDEXED BY products_number_nocase
                                                       GROUP BY product_number COLLATE NOCASE HAVING count(*) > 1)`,
          )
          .pluck()
          .all()
      : among.length === 0
        ? []
        : db
            .prepare(
              `SELECT DISTINCT o.product_number FROM (SELECT value AS product_number FROM json_each(?)) c
                 JOIN products o INDEXED BY products_number_nocase ON o.product_number = c.product_number COLLATE NOCASE
                WHERE EXISTS (SELECT 1 FROM products t INDEXED BY products_number_nocase WHERE t.product_number = o.product_number COLLATE NOCASE AND t.id <> o.id)`,
            )
            .pluck()
            .all(JSON.stringify(among))
  ) as string[];
  const spellings = new Map<string, string[]>();
  for (const productNumber of [...rows].sort()) {
    const key = skuKey(productNumber);
    spellings.set(key, [...(spellings.get(key) ?? []), productNumber]);
  }
  const shared = new Map<string, string[]>();
  for (const group of spellings.values()) {
    for (const productNumber of group) shared.set(productNumber, [productNumber, ...group.filter((other) => other !== productNumber)]);
  }
  return shared;
}
