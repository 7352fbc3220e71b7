// Resolving a mapping source to a product's value: a catalogue field, a free attribute, a fixed value or a stored price.
import type { FieldSource } from '../mapping';
import { marketCommentColumn, marketOwnColumn, type MarketOwnField } from '../market-language';
import type { ValidationProduct } from './types';

export type ResolvedValue = string | number | null;

/** The value a source gives for this product and country; empty text counts as no value. */
export function resolveSource(product: ValidationProduct, source: FieldSource, country: string): ResolvedValue {
  let value: unknown;
  switch (source.kind) {
    case 'field':
      value = product[source.field];
      break;
    case 'attribute':
      value = product.attributes[source.name];
      break;
    case 'fixed':
      return fixedValue(source);
    case 'price-matrix':
      value = product.countryPrices?.[country];
      break;
  }
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  return typeof value === 'number' ? value : null;
}

/** The product's own comment for this market (marketCommentColumn), trimmed; null when it has none. */
export function marketComment(product: ValidationProduct, marketCode: string): string | null {
  return attributeText(product, marketCommentColumn(marketCode));
}

/** A free attribute's text, trimmed; null when the product has none (a caller asking per offer names the column once). */
export function attributeText(product: ValidationProduct, name: string): string | null {
  const value = product.attributes[name];
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** What a fixed value resolves to, whatever the product: resolveSource's answer, computed once rather than per offer. */
export function fixedValue(source: Extract<FieldSource, { kind: 'fixed' }>): ResolvedValue {
  // A mapping stored before its schema said "text" may hold a number.
  const value: unknown = source.value;
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A market's own comment or warranty (marketOwnColumn): the value, trimmed; null when the product holds the column empty
 * (the market holds none of its own: nothing is sent there); undefined when it has no such column (the mapping's value).
 */
export function marketOwnValue(product: ValidationProduct, field: MarketOwnField, marketCode: string): string | null | undefined {
  const value = product.attributes[marketOwnColumn(field, marketCode)];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A number from a resolved value: numbers as they are, text with a decimal comma or point; NaN when it is not one. */
export function numberOf(value: string | number): number {
  if (typeof value === 'number') return value;
  const text = value.replace(/\s/g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

/** Which product field a source reads, so a problem can point at it; null for fixed values and stored prices. */
export function productFieldOf(source: FieldSource): string | null {
  if (source.kind === 'field') return source.field;
  if (source.kind === 'attribute') return source.name;
  return null;
}
