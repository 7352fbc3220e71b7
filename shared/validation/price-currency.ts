// The catalogue price is in the platform's currency (EUR): read as the price of a market in another currency it would
// be the same number in pounds or kronor. Such a market's money fields take the catalogue price only through a fill
// with the merchant's rate (stored in the price matrix), never as it is.
import { findBmField, PLATFORM_CURRENCY, type FieldSource } from '../mapping';
import { said, type MerchantMessage } from '../messages/merchant-message';

/** The currency the catalogue's own price is kept in. */
const CATALOGUE_PRICE_CURRENCY = PLATFORM_CURRENCY;

/** True when this source would put the catalogue's EUR price into a money field of a market that sells in another currency. */
export function catalogueCurrencyClash(backMarketField: string, source: FieldSource | null | undefined, marketCurrency: string): boolean {
  return findBmField(backMarketField)?.kind === 'money' && source?.kind === 'field' && source.field === 'price' && marketCurrency !== CATALOGUE_PRICE_CURRENCY;
}

/** What is wrong and what to do, for a market whose money field would read the catalogue price as it is. */
export function catalogueCurrencyMessage(backMarketField: string, countryCode: string, marketCurrency: string): MerchantMessage {
  return said('problem.priceCurrency', { field: backMarketField, country: countryCode, catalogueCurrency: CATALOGUE_PRICE_CURRENCY, currency: marketCurrency });
}
