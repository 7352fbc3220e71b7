// The catalogue price is in the platform's currency (EUR): read as the price of a market in another currency it would
// be the same number in pounds or kronor. Such a market's money fields take the catalogue price only through a fill
// with the merchant's rate (stored in the price matrix), never as it is.
import { findBmField, PLATFORM_CURRENCY, type FieldSource } from '../mapping';
import { countryName } from './messages';

/** The currency the catalogue's own price is kept in. */
const CATALOGUE_PRICE_CURRENCY = PLATFORM_CURRENCY;

/** True when this source would put the catalogue's EUR price into a money field of a market that sells in another currency. */
export function catalogueCurrencyClash(backMarketField: string, source: FieldSource | null | undefined, marketCurrency: string): boolean {
  return findBmField(backMarketField)?.kind === 'money' && source?.kind === 'field' && source.field === 'price' && marketCurrency !== CATALOGUE_PRICE_CURRENCY;
}

/** What is wrong and what to do, for a market whose money field would read the catalogue price as it is. */
export function catalogueCurrencyMessage(label: string, countryCode: string, marketCurrency: string): string {
  const country = countryName(countryCode);
  return (
    `"${label}" for ${country} would be your catalogue price, which is in ${CATALOGUE_PRICE_CURRENCY}, sent as the same number in ${marketCurrency}. ` +
    `Use "Fill from the catalogue price" in the price matrix with a ${CATALOGUE_PRICE_CURRENCY}→${marketCurrency} rate, or map a column that holds ${marketCurrency} prices for ${country}.`
  );
}
