// Money in a market's own currency (EUR, GBP, SEK), in the merchant's language.
import { useFormat } from '../../i18n/format';

export function useMoneyFormat(): (value: number, currency: string) => string {
  // formatFor caches one Format per language, so this function is stable while the language stays the same.
  return useFormat().money;
}
