// Turns what the merchant typed into the value a product field holds (numbers for numeric fields), and back into text.
import { isNumericField, type ProductField } from '../../../shared/catalogue';

/**
 * Empty text clears the field. Numeric fields accept a decimal comma ("12,50") as most Back Market markets write it;
 * text that is not a number is passed on as typed so the shared rules name the problem in their own words.
 */
export function parseFieldInput(field: ProductField, text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!isNumericField(field)) return trimmed;
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return trimmed;
  return Number(normalised);
}

export function toEditText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
