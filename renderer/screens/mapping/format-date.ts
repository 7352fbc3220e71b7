// Dates of the mapping screens (when the tree was fetched) in the merchant's language.
import { useFormat } from '../../i18n/format';

export function useDateFormat(): (iso: string) => string {
  // Medium date and short time: formatFor's default; stable while the language stays the same.
  return useFormat().date;
}
