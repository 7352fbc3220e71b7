// A dry-run value as the merchant reads numbers in their language: a price in its market's currency ("220,99 €" in
// French), a quantity, warranty, weight or size as a number ("1 299", "6,1"). The plan carries the CSV cells Back Market
// takes ("220.99"); a grade by its name in the merchant's language (VERY_GOOD → « Très bon »); identity and text cells
// (SKU, EAN, product id, comment) are shown as they are sent.
import type { TFunction } from 'i18next';
import { findMarketChoice } from '../../shared/connection';
import { findBmField, type BmFieldKind } from '../../shared/mapping';
import type { Format } from '../i18n/format';
import { gradeName } from '../i18n/grade-name';

const NUMBER_KINDS: ReadonlySet<BmFieldKind> = new Set(['integer', 'months', 'grams', 'dimension']);
/** min_price is no CSV column (it goes by POST /ws/listings/{id}), yet a price all the same. */
const isMoney = (field: string): boolean => field === 'min_price' || findBmField(field)?.kind === 'money';
/** A decimal as the CSV writes it: a category attribute's value in this form is a number (screen size 6.1). */
const CSV_DECIMAL = /^-?\d+\.\d+$/;

export function planValueText(format: Format, field: string, value: string, country: string, t?: TFunction): string {
  if (field === 'grade' && t) return gradeName(t, value);
  const amount = Number(value);
  if (value.trim() === '' || !Number.isFinite(amount)) return value;
  if (isMoney(field)) return format.money(amount, findMarketChoice(country)?.currency ?? 'EUR');
  const spec = findBmField(field);
  if (spec && NUMBER_KINDS.has(spec.kind)) return format.number(amount, { maximumFractionDigits: 3 });
  if (!spec && CSV_DECIMAL.test(value)) return format.number(amount, { maximumFractionDigits: 6 });
  return value;
}
