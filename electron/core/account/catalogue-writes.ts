// Writes one of Back Market's values into the catalogue where the mapping reads it from (a product field or a free
// attribute), so the next plan's intent equals what Back Market holds. A price goes to the price matrix of its market,
// which wins over the mapped source; a grade is stored as the merchant's condition that maps to it, if there is one; a
// comment another market reads too is stored as this market's own (comment_fr-be), which wins there as a price does.
import type { ProductField } from '../../../shared/catalogue';
import type { FieldSource } from '../../../shared/mapping';
import { marketCommentColumn } from '../../../shared/market-language';
import type { ValidationContext } from '../../../shared/validation';
import type { ReviewField } from '../../../shared/account';
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

/** Where a market's comment is read from (its mapped source), as a key that tells markets reading the same one. */
export function commentSourceKey(context: ValidationContext, country: string): string | null {
  const source = sourceFor(context, 'comment', country);
  return source ? JSON.stringify(source) : null;
}

/** Whether another enabled market reads its comment from the same source (fr-fr and fr-be, de-de and de-at). */
export function sharesCommentSource(context: ValidationContext, country: string): boolean {
  const key = commentSourceKey(context, country);
  return key !== null && context.countries.some((other) => other.country.code !== country && commentSourceKey(context, other.country.code) === key);
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

/** A product being built (the import): sets the value where the mapping reads it. Returns false where it cannot (a fixed value). */
export function putValue(
  values: FieldValues,
  attributes: Record<string, string>,
  source: FieldSource | null,
  field: ReviewField | 'title' | 'product_id',
  value: string,
): boolean {
  const target = source ?? DEFAULT_SOURCES[field] ?? null;
  if (!target) {
    attributes[field === 'warranty_delay' ? 'Warranty' : field === 'comment' ? 'Comment' : field] = value;
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
  // A comment another market reads too is kept as this market's own: the other keeps the one it holds.
  if (field === 'comment' && value.trim() !== '' && sharesCommentSource(context, country)) {
    setAttribute(db, productId, marketCommentColumn(country), value, now);
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
    setAttribute(db, productId, source.name, stored, now);
    return true;
  }
  return false;
}

function setAttribute(db: Db, productId: number, name: string, value: string, now: string): void {
  const raw = db.prepare('SELECT attributes FROM products WHERE id = ?').pluck().get(productId) as string | undefined;
  const attributes = JSON.parse(raw ?? '{}') as Record<string, string>;
  attributes[name] = value;
  db.prepare('UPDATE products SET attributes = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(attributes), now, productId);
}
