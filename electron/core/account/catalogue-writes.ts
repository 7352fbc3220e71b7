// Writes one of Back Market's values into the catalogue where the mapping reads it from (a product field or a free
// attribute), so the next plan's intent equals what Back Market holds. A price goes to the price matrix of its market,
// which wins over the mapped source; a grade is stored as the merchant's condition that maps to it, if there is one.
import type { ProductField } from '../../../shared/catalogue';
import type { FieldSource } from '../../../shared/mapping';
import type { ValidationContext } from '../../../shared/validation';
import type { ImportAttributeNames, ReviewField } from '../../../shared/account';
import type { Db } from '../db/connection';
import type { FieldValues } from '../db/product-columns';
import { setField } from '../db/products-repo';
import { setStoredPrice } from '../mapping/pricing';

/** The mapped source of a Back Market field in a market (its own source there, else the shared one). */
export function sourceFor(context: ValidationContext, field: string, country: string): FieldSource | null {
  const own = context.countries.find((entry) => entry.country.code === country)?.fields.find((mapped) => mapped.spec.field === field);
  if (own) return own.source;
  return context.baseFields.find((mapped) => mapped.spec.field === field)?.source ?? null;
}

/** The merchant's condition value whose grade is this one (the grade itself when no condition maps to it). */
export function conditionFor(context: ValidationContext, grade: string): string {
  for (const [condition, target] of context.conditionMap) if (target === grade) return condition;
  return grade;
}

/** Where a field's value lives in the catalogue when the mapping does not say (an import writes it there). */
const DEFAULT_SOURCES: Partial<Record<ReviewField | 'title' | 'product_id', FieldSource>> = {
  quantity: { kind: 'field', field: 'stock' },
  price: { kind: 'field', field: 'price' },
  grade: { kind: 'field', field: 'condition' },
  title: { kind: 'field', field: 'title' },
  product_id: { kind: 'field', field: 'backmarketId' },
};

const NUMERIC: ReadonlySet<ProductField> = new Set(['stock', 'price', 'weightGrams', 'widthCm', 'heightCm', 'depthCm']);

/**
 * A product being built (the import): sets the value where the mapping reads it. Returns false where it cannot (a fixed
 * value). Where the mapping says nothing of the comment or the warranty, they go to attributes named in the merchant's
 * words (`names`; English without them, for a caller with no language).
 */
export function putValue(
  values: FieldValues,
  attributes: Record<string, string>,
  source: FieldSource | null,
  field: ReviewField | 'title' | 'product_id',
  value: string,
  names: ImportAttributeNames = { comment: 'Comment', warranty_delay: 'Warranty' },
): boolean {
  const target = source ?? DEFAULT_SOURCES[field] ?? null;
  if (!target) {
    attributes[field === 'warranty_delay' || field === 'comment' ? names[field] : field] = value;
    return true;
  }
  if (target.kind === 'field') {
    if (target.field === 'productNumber' || target.field === 'parentNumber') return false;
    (values as Record<string, string | number | null>)[target.field] = NUMERIC.has(target.field) ? Number(value) : value;
    return true;
  }
  if (target.kind === 'attribute') {
    attributes[target.name] = value;
    return true;
  }
  return false;
}

/**
 * "Keep Back Market's" for an existing product: writes the value where the mapping reads it in this market. Returns
 * false when the mapping reads a fixed value (the catalogue cannot hold another): the decision then only stops the sync
 * from sending it.
 */
export function writeBackMarketValue(db: Db, context: ValidationContext, productId: number, country: string, field: ReviewField, value: string, now: string): boolean {
  if (field === 'price') {
    setStoredPrice(db, productId, country, Number(value));
    db.prepare('UPDATE products SET updated_at = ? WHERE id = ?').run(now, productId);
    return true;
  }
  const source = sourceFor(context, field, country) ?? DEFAULT_SOURCES[field] ?? null;
  const stored = field === 'grade' ? conditionFor(context, value) : value;
  if (!source) return false;
  if (source.kind === 'field') {
    if (source.field === 'productNumber' || source.field === 'parentNumber') return false;
    setField(db, [productId], source.field, NUMERIC.has(source.field) ? Number(stored) : stored, now);
    return true;
  }
  if (source.kind === 'attribute') {
    const raw = db.prepare('SELECT attributes FROM products WHERE id = ?').pluck().get(productId) as string | undefined;
    const attributes = JSON.parse(raw ?? '{}') as Record<string, string>;
    attributes[source.name] = stored;
    db.prepare('UPDATE products SET attributes = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(attributes), now, productId);
    return true;
  }
  return false;
}
