// A value of the review as the merchant reads it: a price as money in the market's currency (« 389,00 € »), a quantity
// as a number of their language, a grade by its name (Back Market's EXCELLENT → « Excellent », VERY_GOOD → « Très bon »).
// A value that does not read as its kind (an empty one, a price that is no number) is shown as it came.
import type { TFunction } from 'i18next';
import type { ReviewRow } from '../../../../shared/account';
import { findMarketChoice } from '../../../../shared/connection';
import type { Format } from '../../../i18n/format';
import { gradeName } from '../../../i18n/grade-name';

export function reviewValue(t: TFunction, format: Format, row: ReviewRow, value: string): string {
  if (value === '') return t('account.review.none');
  const number = Number(value);
  switch (row.field) {
    case 'price':
      return Number.isFinite(number) ? format.money(number, findMarketChoice(row.country)?.currency ?? 'EUR') : value;
    case 'quantity':
    case 'warranty_delay':
      return Number.isFinite(number) ? format.number(number) : value;
    case 'grade':
      return gradeName(t, value);
    default:
      return value;
  }
}
