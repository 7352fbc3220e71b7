// The EU platform's markets as the contract's COUNTRY_CODES list them; each is an Accept-Language value.

export interface EuMarket {
  /** The Accept-Language code that selects the market. */
  code: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Prices are sent in this currency; `currency` is required where it is not EUR. */
  currency: string;
  /** One of the channel guide's eight markets (Belgium is fr-be: the contract lists no nl-be). */
  suggested: boolean;
}

export const EU_MARKETS: readonly EuMarket[] = [
  { code: 'de-de', country: 'DE', currency: 'EUR', suggested: true },
  { code: 'fr-be', country: 'BE', currency: 'EUR', suggested: true },
  { code: 'fr-fr', country: 'FR', currency: 'EUR', suggested: true },
  { code: 'es-es', country: 'ES', currency: 'EUR', suggested: true },
  { code: 'it-it', country: 'IT', currency: 'EUR', suggested: true },
  { code: 'de-at', country: 'AT', currency: 'EUR', suggested: true },
  { code: 'en-gb', country: 'GB', currency: 'GBP', suggested: true },
  { code: 'nl-nl', country: 'NL', currency: 'EUR', suggested: true },
  { code: 'pt-pt', country: 'PT', currency: 'EUR', suggested: false },
  { code: 'en-ie', country: 'IE', currency: 'EUR', suggested: false },
  { code: 'el-gr', country: 'GR', currency: 'EUR', suggested: false },
  { code: 'sk-sk', country: 'SK', currency: 'EUR', suggested: false },
  { code: 'sv-se', country: 'SE', currency: 'SEK', suggested: false },
];

export const isEuMarket = (code: string): boolean => EU_MARKETS.some((market) => market.code === code);

/** The market code as Back Market expects it, or a clear error: a wrong Accept-Language is a 400 on every call. */
export function checkMarketCode(code: string): string {
  const normalised = code.trim().toLowerCase();
  if (!isEuMarket(normalised)) {
    throw new Error(`"${code}" is not a Back Market EU market. Use one of: ${EU_MARKETS.map((market) => market.code).join(', ')}.`);
  }
  return normalised;
}
