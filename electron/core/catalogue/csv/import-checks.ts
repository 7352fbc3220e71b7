// What the import notes beside its counts: product numbers repeated in the file (the merchant's policy decides which
// row is imported, the last by default, and every repeat is listed), and products imported without an EAN or a Back
// Market id whose offer Back Market does not hold yet (it cannot match the offer to its product until one is given).
import type { DuplicatePolicy, DuplicateRows, ImportWarning, OtherCaseRow } from '../../../../shared/catalogue';
import type { Db } from '../../db/connection';
import { skuKey } from '../../db/sku-key';
import type { AcceptedRow } from './write-products';

/** What to do with a row whose product number was seen: keep it as new, replace the kept row at index, skip it, or reject it. */
export type DuplicateVerdict = { kind: 'new' } | { kind: 'replace'; index: number } | { kind: 'skip' } | { kind: 'reject'; firstRow: number };

/** Product numbers that differ only by case are one SKU on Back Market: the same product, so repeats of one another. */
export function createDuplicateTracker(policy: DuplicatePolicy) {
  const seen = new Map<string, { productNumber: string; index: number; rows: number[]; keptRow: number }>();
  const repeated: string[] = [];
  return {
    /** `index`: where the row would go in the accepted list if it is new. */
    see(productNumber: string, row: number, index: number): DuplicateVerdict {
      const key = skuKey(productNumber);
      const entry = seen.get(key);
      if (!entry) {
        seen.set(key, { productNumber, index, rows: [row], keptRow: row });
        return { kind: 'new' };
      }
      if (entry.rows.length === 1) repeated.push(key);
      entry.rows.push(row);
      if (policy === 'reject') return { kind: 'reject', firstRow: entry.rows[0] as number };
      if (policy === 'first-wins') return { kind: 'skip' };
      entry.keptRow = row;
      return { kind: 'replace', index: entry.index };
    },
    report(limit: number): { duplicates: DuplicateRows[]; duplicatesTotal: number } {
      const duplicates = repeated.slice(0, limit).map((key) => {
        const entry = seen.get(key) as { productNumber: string; rows: number[]; keptRow: number };
        return { productNumber: entry.productNumber, rows: entry.rows, keptRow: entry.keptRow };
      });
      return { duplicates, duplicatesTotal: repeated.length };
    },
  };
}

/**
 * The imported products that, as stored after the import, have neither an EAN nor a Back Market id. A parent of
 * variations is left out: its variations are the offers. So is a product whose offer Back Market already holds, linked
 * by its SKU (a listing read from the account, or one a sync created): Back Market has matched it to its product.
 */
export function missingIdentifierWarnings(
  db: Db,
  accepted: readonly AcceptedRow[],
  rowOf: (row: AcceptedRow) => number,
  limit: number,
  storedNumberOf: (row: AcceptedRow) => string = (row) => row.values.productNumber as string,
): { warnings: ImportWarning[]; warningsTotal: number } {
  if (accepted.length === 0) return { warnings: [], warningsTotal: 0 };
  const numbers = accepted.map(storedNumberOf);
  const lacking = new Set(
    db
      .prepare(
        `SELECT p.product_number FROM products p
         WHERE p.product_number IN (SELECT value FROM json_each(?))
           AND coalesce(trim(p.ean), '') = '' AND coalesce(trim(p.backmarket_id), '') = ''
           AND NOT EXISTS (SELECT 1 FROM account_listings a WHERE a.sku = p.product_number COLLATE NOCASE)
           AND NOT EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = p.product_number AND (s.listing_id IS NOT NULL OR coalesce(s.bm_product_id, '') <> ''))
           AND NOT EXISTS (SELECT 1 FROM products c WHERE c.parent_number = p.product_number)`,
      )
      .pluck()
      .all(JSON.stringify(numbers)) as string[],
  );
  const warnings: ImportWarning[] = [];
  for (const row of accepted) {
    const productNumber = storedNumberOf(row);
    if (!lacking.has(productNumber)) continue;
    warnings.push({ row: rowOf(row), productNumber, code: 'no-ean-or-product-id' });
  }
  warnings.sort((a, b) => a.row - b.row);
  return { warnings: warnings.slice(0, limit), warningsTotal: warnings.length };
}

/** The rows that updated a product the catalogue spells in another case, in file order: both spellings, once each. */
export function otherCaseRows(otherCase: ReadonlyMap<AcceptedRow, string>, rowOf: (row: AcceptedRow) => number, limit: number): { otherCase: OtherCaseRow[]; otherCaseTotal: number } {
  const rows = [...otherCase].map(([row, catalogueNumber]) => ({ row: rowOf(row), fileNumber: row.values.productNumber as string, catalogueNumber }));
  rows.sort((a, b) => a.row - b.row);
  return { otherCase: rows.slice(0, limit), otherCaseTotal: rows.length };
}
