// Writes an import's accepted rows in one transaction: upsert by product number, count what changed, mark it pending, link variations.
// Columns the file does not map keep their stored values, so a file with only "SKU;Stock" updates stock and nothing else.
// A product number is matched whatever its case, as Back Market matches SKUs: 'bm-1' in the file updates the stored
// 'BM-1', which keeps its spelling (a second product would be a second offer on the same Back Market listing).
import type { Product, ProductField } from '../../../../shared/catalogue';
import { PRODUCT_FIELDS } from '../../../../shared/catalogue';
import type { Db } from '../../db/connection';
import { markAddedPending, markPending, marketsOfAttributes } from '../../db/outbox-repo';
import { followCataloguePrice, type BoxKept } from '../../mapping/price-copies';
import type { FieldValues } from '../../db/product-columns';
import { toColumnValue } from '../../db/product-columns';
import { allProducts, linkVariations, upsertParams, upsertStatement } from '../../db/products-repo';
import { skuKey } from '../../db/sku-key';
import type { ColumnPlan } from './row-values';

export interface AcceptedRow {
  values: FieldValues;
  attributes: Record<string, string>;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Price-grid boxes the merchant set that kept their price over a row's new catalogue price (mapping/price-copies.ts). */
  boxesKept: (BoxKept & { productNumber: string; row: AcceptedRow })[];
}

export interface WriteOutcome extends WriteCounts {
  /** The rows whose product number the catalogue spells in another case: the stored spelling each one updated (or left as it was). */
  otherCase: Map<AcceptedRow, string>;
}

/** What a new product counts as changed: everything, as the product form records it. */
const NEW_PRODUCT_FIELDS: readonly string[] = Object.freeze([...PRODUCT_FIELDS, 'attributes']);

export function writeAcceptedRows(db: Db, plan: ColumnPlan, rows: readonly AcceptedRow[], now: string): WriteOutcome {
  const upsert = upsertStatement(db);
  const mappedFields = plan.fields.map((column) => column.field);
  const attributeNames = plan.attributes.map((column) => column.name);
  return withoutImmediateForeignKeyChecks(db, () => db.transaction((): WriteOutcome => {
    // One read of the stored catalogue beats a lookup per row; an empty catalogue costs nothing. By exact spelling first
    // (a catalogue from before may hold 'BM-1' and 'bm-1': the pre-flight check holds both), else whatever the case.
    const stored = new Map<string, Product>();
    const anyCase = new Map<string, Product>();
    for (const product of allProducts(db)) {
      stored.set(product.productNumber, product);
      const key = skuKey(product.productNumber);
      if (!anyCase.has(key)) anyCase.set(key, product);
    }
    const lastIdBefore = (db.prepare('SELECT coalesce(max(id), 0) FROM products').pluck().get() as number);
    const added: string[] = [];
    const counts: WriteOutcome = { inserted: 0, updated: 0, unchanged: 0, boxesKept: [], otherCase: new Map() };
    /** The products whose catalogue price this file changed, and their row (as the file gave it). */
    const repriced = new Map<number, { productNumber: string; row: AcceptedRow }>();
    for (const fileRow of rows) {
      const fileNumber = fileRow.values.productNumber as string;
      const before = stored.get(fileNumber) ?? (anyCase.size > 0 ? anyCase.get(skuKey(fileNumber)) : undefined);
      if (!before) {
        upsert.run(upsertParams(fileRow.values, fileRow.attributes, now));
        added.push(fileNumber);
        continue;
      }
      const productNumber = before.productNumber;
      let row = fileRow;
      if (productNumber !== fileNumber) {
        counts.otherCase.set(fileRow, productNumber);
        row = { ...fileRow, values: { ...fileRow.values, productNumber } };
      }
      const changed = changedFields(before, row, mappedFields, attributeNames);
      if (changed.length === 0) {
        counts.unchanged += 1;
        continue;
      }
      const values: FieldValues = { ...before, ...row.values };
      const attributes = mergedAttributes(before.attributes, row.attributes, attributeNames);
      upsert.run(upsertParams(values, attributes, now));
      // Only markets' own comments (comment_fr-be) changed: only those markets' offers wait.
      markPending(db, productNumber, 'upsert', changed, now, changed.length === 1 && changed[0] === 'attributes' ? marketsOfAttributes(before.attributes, attributes, attributeNames) : null);
      if (changed.includes('price')) repriced.set(before.id, { productNumber, row: fileRow });
      counts.updated += 1;
    }
    // The file's new price is the merchant's: the price-grid boxes Refurb Desk copied a price into take it; those the
    // merchant set keep theirs, and the report names them.
    for (const box of followCataloguePrice(db, [...repriced.keys()])) {
      const of = repriced.get(box.productId);
      if (of) counts.boxesKept.push({ ...box, ...of });
    }
    counts.inserted = added.length;
    markAdded(db, lastIdBefore, added, now);
    linkVariations(db);
    assertForeignKeysHold(db);
    return counts;
  })());
}

/**
 * Puts the products this import added in the outbox. They are the rows above the largest id before the import, as SQLite
 * numbers a new row one above the largest (a statement for all of them costs ~0.3 s less per 100,000 products than one
 * each). Should the ids not line up (SQLite picks random ids once the largest possible id is taken), it marks them one by one.
 */
function markAdded(db: Db, lastIdBefore: number, added: readonly string[], now: string): void {
  if (added.length === 0) return;
  const above = db.prepare('SELECT count(*) FROM products WHERE id > ?').pluck().get(lastIdBefore) as number;
  if (above === added.length) {
    markAddedPending(db, lastIdBefore, NEW_PRODUCT_FIELDS, now);
    return;
  }
  for (const productNumber of added) markPending(db, productNumber, 'upsert', NEW_PRODUCT_FIELDS, now);
}

/**
 * Runs the write with SQLite's per-row foreign-key checks off, restoring them after.
 * The only key a product write sets is parent_id, always looked up from an existing row in the same statement, yet SQLite's
 * per-row check of it doubled the import's time (measured: +2 s per 100,000 variations). One check of the whole table before
 * commit keeps the guarantee. Safe because better-sqlite3 is synchronous: nothing else runs on this connection meanwhile.
 */
function withoutImmediateForeignKeyChecks<T>(db: Db, write: () => T): T {
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) db.pragma('foreign_keys = OFF');
  try {
    return write();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}

function assertForeignKeysHold(db: Db): void {
  const broken = db.pragma('foreign_key_check(products)') as unknown[];
  if (broken.length > 0) throw new Error(`The import would leave ${broken.length} products linked to a missing parent.`);
}

/** Compared as stored (price in cents, stock whole), so "129,90" equals a stored 129.9. */
function changedFields(before: Product, row: AcceptedRow, mappedFields: readonly ProductField[], attributeNames: readonly string[]): string[] {
  const changed: string[] = mappedFields.filter((field) => toColumnValue(field, before[field]) !== toColumnValue(field, row.values[field]));
  if (attributeNames.some((name) => before.attributes[name] !== row.attributes[name])) changed.push('attributes');
  return changed;
}

/** The file's attribute columns replace those attributes (an empty cell removes one); other stored attributes stay. */
function mergedAttributes(stored: Record<string, string>, fromFile: Record<string, string>, attributeNames: readonly string[]): Record<string, string> {
  const merged = { ...stored };
  for (const name of attributeNames) {
    const value = fromFile[name];
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  return merged;
}
