// The EU platform's 13 markets: country codes (Accept-Language), currencies and the exchange rate used for max_price.

export interface Market {
  code: string;
  currency: string;
  /** Units of the market currency for 1 EUR, to derive prices for markets a product has no price_new in. */
  eurRate: number;
  country: string;
}

export const EU_MARKETS: readonly Market[] = [
  { code: 'fr-fr', currency: 'EUR', eurRate: 1, country: 'FR' },
  { code: 'fr-be', currency: 'EUR', eurRate: 1, country: 'BE' },
  { code: 'es-es', currency: 'EUR', eurRate: 1, country: 'ES' },
  { code: 'de-de', currency: 'EUR', eurRate: 1, country: 'DE' },
  { code: 'de-at', currency: 'EUR', eurRate: 1, country: 'AT' },
  { code: 'it-it', currency: 'EUR', eurRate: 1, country: 'IT' },
  { code: 'en-gb', currency: 'GBP', eurRate: 0.85, country: 'GB' },
  { code: 'nl-nl', currency: 'EUR', eurRate: 1, country: 'NL' },
  { code: 'pt-pt', currency: 'EUR', eurRate: 1, country: 'PT' },
  { code: 'en-ie', currency: 'EUR', eurRate: 1, country: 'IE' },
  { code: 'el-gr', currency: 'EUR', eurRate: 1, country: 'GR' },
  { code: 'sk-sk', currency: 'EUR', eurRate: 1, country: 'SK' },
  { code: 'sv-se', currency: 'SEK', eurRate: 11.5, country: 'SE' },
];

/** The market used when a request sends no Accept-Language. */
export const DEFAULT_MARKET = 'fr-fr';
/** The EU platform's default currency: `currency` may be left out only where the market uses it. */
export const PLATFORM_CURRENCY = 'EUR';

const byCode = new Map(EU_MARKETS.map((market) => [market.code, market]));

export function findMarket(code: string): Market | undefined {
  return byCode.get(code.toLowerCase());
}

export function market(code: string): Market {
  const found = findMarket(code);
  if (!found) throw new Error(`Unknown market ${code}`);
  return found;
}

/**
 * The market an Accept-Language value names, or null when it names none of the 13.
 * Takes the first entry of a list and ignores q-weights ("fr-FR,fr;q=0.9" is fr-fr).
 */
export function marketFromAcceptLanguage(header: string | undefined): Market | null {
  if (header === undefined || header.trim() === '') return market(DEFAULT_MARKET);
  const first = (header.split(',')[0] ?? '').split(';')[0]?.trim().toLowerCase().replace('_', '-') ?? '';
  return findMarket(first) ?? null;
}
