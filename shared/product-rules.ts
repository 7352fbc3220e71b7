// Rules every product value must meet, whether it comes from a CSV file, the product form or an inline edit.
import type { ProductField } from './catalogue';
import { isNumericField } from './catalogue';
import { isValidEan } from './ean';
import { said, type MerchantMessage } from './messages/merchant-message';

const WHOLE_NUMBER_FIELDS: ReadonlySet<ProductField> = new Set(['stock']);
const LIMITS: Partial<Record<ProductField, number>> = {
  stock: 1_000_000,
  price: 1_000_000,
  weightGrams: 10_000_000,
  widthCm: 10_000,
  heightCm: 10_000,
  depthCm: 10_000,
};

/** What is wrong with a product field's value, as a code the renderer words (import report, product form, inline edits), or null. */
export function fieldProblemSaid(field: ProductField, value: string | number | null | undefined): MerchantMessage | null {
  if (value === null || value === undefined || value === '') {
    return field === 'productNumber' ? said('importRow.productNumberMissing') : null;
  }
  if (isNumericField(field)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return said('importRow.notANumber', { value: String(value) });
    if (value < 0) return said('importRow.negative', { value });
    if (WHOLE_NUMBER_FIELDS.has(field) && !Number.isInteger(value)) return said('importRow.notWhole', { value });
    const limit = LIMITS[field];
    if (limit !== undefined && value > limit) return said('importRow.tooLarge', { value, limit });
    return null;
  }
  const text = String(value);
  switch (field) {
    case 'ean':
      if (!/^\d+$/.test(text)) return said('importRow.eanDigitsOnly', { ean: text });
      if (!isValidEan(text)) return /^(\d{8}|\d{12,14})$/.test(text) ? said('importRow.eanCheckDigit', { ean: text }) : said('importRow.eanLength', { ean: text });
      return null;
    case 'backmarketId':
      return /^(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.test(text) ? null : said('importRow.productIdFormat', { id: text });
    case 'productNumber':
    case 'parentNumber':
      return /[\r\n\t]/.test(text) ? said('importRow.lineBreak') : null;
    default:
      return null;
  }
}
