// Rules every product value must meet, whether it comes from a CSV file, the product form or an inline edit.
import type { ProductField } from './catalogue';
import { isNumericField } from './catalogue';
import { isValidEan } from './ean';

const WHOLE_NUMBER_FIELDS: ReadonlySet<ProductField> = new Set(['stock']);
const LIMITS: Partial<Record<ProductField, number>> = {
  stock: 1_000_000,
  price: 1_000_000,
  weightGrams: 10_000_000,
  widthCm: 10_000,
  heightCm: 10_000,
  depthCm: 10_000,
};

/** The problem with one field's value, in words the merchant can act on, or null when it is fine. */
export function fieldProblem(field: ProductField, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') {
    return field === 'productNumber' ? 'The merchant product number is missing; every product needs its own.' : null;
  }
  if (isNumericField(field)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `"${String(value)}" is not a number.`;
    if (value < 0) return `${value} is negative; use 0 or more.`;
    if (WHOLE_NUMBER_FIELDS.has(field) && !Number.isInteger(value)) return `${value} is not a whole number.`;
    const limit = LIMITS[field];
    if (limit !== undefined && value > limit) return `${value} is larger than ${limit}; check the unit.`;
    return null;
  }
  const text = String(value);
  switch (field) {
    case 'ean':
      if (!/^\d+$/.test(text)) return `EAN "${text}" must contain digits only.`;
      if (!isValidEan(text)) {
        return /^(\d{8}|\d{12,14})$/.test(text)
          ? `EAN "${text}" has a wrong check digit; copy it again from the box or the manufacturer.`
          : `EAN "${text}" must have 8, 12, 13 or 14 digits.`;
      }
      return null;
    case 'backmarketId':
      return /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(text)
        ? null
        : `Back Market product id "${text}" must be a UUID or the older whole-number id.`;
    case 'productNumber':
    case 'parentNumber':
      return /[\r\n\t]/.test(text) ? 'A product number cannot contain line breaks or tabs.' : null;
    default:
      return null;
  }
}
