// Writes one of Back Market's values into the catalogue where the mapping reads it from (a product field or a free
// attribute), so the next plan's intent equals what Back Market holds. A price goes to the price matrix of its market,
// which wins over the mapped source; a grade is stored as the merchant's condition that maps to it, if there is one; a
// comment or warranty another market reads too is stored as this market's own (comment_fr-be, warranty_fr-be), which
// wins there as a price does.
import type { ProductField } from '../../../shared/catalogue';
import type { FieldSource } from '../../../shared/mapping';
import { isMarketOwnField, marketOwnColumn } from '../../../shared/market-language';
import type { ValidationContext } from '../../../shared/validation';
import { fallsBack } from '../../../shared/validation/context';
import type { ImportAttributeNames, ReviewField } from '../../../shared/account';
import type { Db } from '../db/connection';
import type { FieldValues } from '../db/product-columns';
import { setField } from '../db/products-repo';
import { setCopiedPrice } from '../mapping/price-copies';
import { isGrade } from '../../../shared/grades';
import { FIELD_COLUMNS } from '../db/product-columns';

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

const ENGLISH_NAMES: ImportAttributeNames = { comment: 'Comment', warranty_delay: 'Warranty' };

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
  names: ImportAttributeNames = ENGLISH_NAMES,
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

/** The value a product holds at a source (a product field or a free attribute); null where it holds none. */
function storedAt(db: Db, productId: number, source: FieldSource): string | null {
  if (source.kind === 'field') {
    const value = db.prepare(`SELECT ${FIELD_COLUMNS[source.field]} FROM products WHERE id = ?`).pluck().get(productId) as string | number | null | undefined;
    return value === null || value === undefined ? null : String(value);
  }
  if (source.kind === 'attribute') {
    const raw = db.prepare('SELECT attributes FROM products WHERE id = ?').pluck().get(productId) as string | undefined;
    return (JSON.parse(raw ?? '{}') as Record<string, string>)[source.name] ?? null;
  }
  return null;
}

/**
 * The catalogue's own value for a grade of Back Market's: the merchant's condition the condition map sends as it; the
 * grade itself only where the column already holds Back Market grades (or nothing). Null: no condition maps to it and
 * the column holds the merchant's conditions ('A', 'B'): a raw grade there would mix two vocabularies.
 */
function catalogueGrade(context: ValidationContext, grade: string, current: string | null): string | null {
  for (const [condition, target] of context.conditionMap) if (target === grade) return condition;
  const held = current?.trim() ?? '';
  return held === '' || isGrade(held.toUpperCase()) ? grade : null;
}

/** What writing one of Back Market's values did: written, or why it could not be (the decision then only stops the sync sending it). */
export type WriteOutcome = 'written' | 'no-condition' | 'fixed';

/**
 * "Keep Back Market's" for an existing product: writes the value where the mapping reads it in this market. Where it
 * cannot (a fixed value; a grade no condition of the merchant's maps to), the decision only stops the sync from sending it.
 */
export function writeBackMarketValue(
  db: Db,
  context: ValidationContext,
  productId: number,
  country: string,
  field: ReviewField,
  value: string,
  now: string,
  own = false,
): WriteOutcome {
  if (field === 'price') {
    // A copy of Back Market's price: a new catalogue price of the merchant's replaces it (mapping/price-copies.ts).
    setCopiedPrice(db, productId, country, Math.round(Number(value) * 100));
    db.prepare('UPDATE products SET updated_at = ? WHERE id = ?').run(now, productId);
    return 'written';
  }
  // Asked for where another market reads the same column and holds another comment or warranty: kept as this market's
  // own (comment_fr-be, warranty_fr-be; a comment it holds none of, empty), which wins in this market as a price of the
  // price grid does; the other keeps the one it holds.
  if (own && isMarketOwnField(field)) {
    setAttribute(db, productId, marketOwnColumn(field, country), value, now);
    return 'written';
  }
  const source = sourceFor(context, field, country) ?? DEFAULT_SOURCES[field] ?? null;
  const writable = source && (source.kind === 'attribute' || (source.kind === 'field' && source.field !== 'productNumber' && source.field !== 'parentNumber'));
  if (!writable) {
    // A fixed comment or warranty: Back Market's is kept as this market's own, which wins over the fixed value there.
    if (isMarketOwnField(field) && value.trim() !== '') {
      setAttribute(db, productId, marketOwnColumn(field, country), value, now);
      return 'written';
    }
    return 'fixed';
  }
  if (source.kind !== 'field' && source.kind !== 'attribute') return 'fixed';
  const stored = field === 'grade' ? catalogueGrade(context, value, storedAt(db, productId, source)) : value;
  if (stored === null) return 'no-condition';
  if (source.kind === 'field') {
    const column = source.field;
    if (column === 'productNumber' || column === 'parentNumber') return 'fixed';
    setField(db, [productId], column, NUMERIC.has(column) ? Number(stored) : stored, now);
    return 'written';
  }
  setAttribute(db, productId, source.name, stored, now);
  return 'written';
}

/** A catalogue column as a key: markets with equal keys read one column. */
function columnKey(source: FieldSource | null): string | null {
  if (!source) return null;
  if (source.kind === 'field') return `field\u0000${source.field}`;
  if (source.kind === 'attribute') return `attribute\u0000${source.name}`;
  return null;
}

/** Where "Keep Back Market's" writes a field in a market (null: a fixed value or nothing); markets with equal targets share one catalogue column. */
export function targetOf(context: ValidationContext, field: ReviewField, country: string): string | null {
  if (field === 'price') return `price\u0000${country}`;
  return columnKey(sourceFor(context, field, country) ?? DEFAULT_SOURCES[field] ?? null);
}

/**
 * Whether a market reads this catalogue column for a product's field: as its own source, or as the catalogue's text it
 * falls back to while the product has none in the market's own language (comment_en empty: en-gb reads "Comment").
 */
export function readsTarget(db: Db, context: ValidationContext, productId: number, field: ReviewField, country: string, target: string): boolean {
  if (targetOf(context, field, country) === target) return true;
  const content = context.countries.find((entry) => entry.country.code === country)?.fields.find((mapped) => mapped.spec.field === field)?.content;
  if (!content || !fallsBack(content) || columnKey(content.fallback) !== target) return false;
  return (storedAt(db, productId, content.own)?.trim() ?? '') === '';
}

function setAttribute(db: Db, productId: number, name: string, value: string, now: string): void {
  const raw = db.prepare('SELECT attributes FROM products WHERE id = ?').pluck().get(productId) as string | undefined;
  const attributes = JSON.parse(raw ?? '{}') as Record<string, string>;
  attributes[name] = value;
  db.prepare('UPDATE products SET attributes = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(attributes), now, productId);
}
