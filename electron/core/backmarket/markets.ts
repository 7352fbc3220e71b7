// The EU platform's markets as the contract's COUNTRY_CODES list them; each is an Accept-Language value.
import { MARKETS, type MarketChoice } from '../../../shared/connection';

/** A market as the client needs it; the list itself is the one the setup wizard shows, kept once in shared/. */
export type EuMarket = Pick<MarketChoice, 'code' | 'country' | 'currency' | 'suggested'>;

/** The 13 markets, in the contract's order of COUNTRY_CODES with the guide's eight first (Belgium is fr-be: the contract lists no nl-be). */
export const EU_MARKETS: readonly EuMarket[] = MARKETS;

export const isEuMarket = (code: string): boolean => EU_MARKETS.some((market) => market.code === code);

/** The market code as Back Market expects it, or a clear error: a wrong Accept-Language is a 400 on every call. */
export function checkMarketCode(code: string): string {
  const normalised = code.trim().toLowerCase();
  if (!isEuMarket(normalised)) {
    throw new Error(`"${code}" is not a Back Market EU market. Use one of: ${EU_MARKETS.map((market) => market.code).join(', ')}.`);
  }
  return normalised;
}
