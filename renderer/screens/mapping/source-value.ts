// A field source as the value of one <select>: "field:brand", "attribute:Model", "fixed", "price-matrix" or "" (unmapped).
import { PRODUCT_FIELDS, type ProductField } from '../../../shared/catalogue';
import type { FieldSource } from '../../../shared/mapping';

export function sourceToValue(source: FieldSource | null): string {
  if (!source) return '';
  switch (source.kind) {
    case 'field':
      return `field:${source.field}`;
    case 'attribute':
      return `attribute:${source.name}`;
    case 'fixed':
      return 'fixed';
    case 'price-matrix':
      return 'price-matrix';
  }
}

/** The source a choice stands for; a fixed value starts from the one already typed. */
export function valueToSource(value: string, fixedValue: string): FieldSource | null {
  if (value === '') return null;
  if (value === 'fixed') return { kind: 'fixed', value: fixedValue };
  if (value === 'price-matrix') return { kind: 'price-matrix' };
  if (value.startsWith('field:')) {
    const field = value.slice('field:'.length);
    return (PRODUCT_FIELDS as readonly string[]).includes(field) ? { kind: 'field', field: field as ProductField } : null;
  }
  if (value.startsWith('attribute:')) return { kind: 'attribute', name: value.slice('attribute:'.length) };
  return null;
}

export const sameSource = (a: FieldSource | null, b: FieldSource | null) => JSON.stringify(a) === JSON.stringify(b);
