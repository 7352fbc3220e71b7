// The price a market's offer is sent at, as the Listings grid shows it: the price grid's box for that market, else what
// the mapping's price source gives there (the catalogue price, a free column, a fixed value) — never the catalogue price
// the mapping does not read. "Grid only" with an empty box is no price, as the sync says, not the catalogue's fallback.
import type { FieldSource, MarketCountry } from '../../../../shared/mapping';
import type { NoPriceCause } from '../../../../shared/sync';
import { compileContext, type ValidationContext } from '../../../../shared/validation';
import { catalogueCurrencyClash } from '../../../../shared/validation/price-currency';
import type { Db } from '../../db/connection';
import { countryPrice } from '../../mapping/pricing';
import { fieldMappings } from '../../mapping/mapping-repo';
import { validationProducts } from '../../mapping/validation-products';

/** Where a market's price comes from besides its box in the price grid, as the countries table carries it (SQL). */
export interface PriceColumn {
  /**
   * 'catalogue': the catalogue price; 'attribute': a free column (arg: its JSON path); 'fixed' (arg: the value); 'none':
   * the box alone; 'unmapped': Price is not mapped there, the sync sends no price at all (not even the box's).
   */
  from: 'catalogue' | 'attribute' | 'fixed' | 'none' | 'unmapped';
  arg: string;
}

/** The mapping's price source in each market (its own, else the one all markets share; null: not mapped). */
export function priceSources(db: Db, countries: readonly MarketCountry[]): Map<string, FieldSource | null> {
  const mapped = fieldMappings(db).filter((entry) => entry.backMarketField === 'price');
  const shared = mapped.find((entry) => entry.country === '')?.source ?? null;
  return new Map(countries.map((country) => [country.code, mapped.find((entry) => entry.country === country.code)?.source ?? shared]));
}

export function priceColumn(source: FieldSource | null, currency: string): PriceColumn {
  if (!source) return { from: 'unmapped', arg: '' };
  if (source.kind === 'price-matrix') return { from: 'none', arg: '' };
  // The catalogue's EUR price is no price in pounds: the sync sends none there.
  if (catalogueCurrencyClash('price', source, currency)) return { from: 'none', arg: '' };
  if (source.kind === 'field') return source.field === 'price' ? { from: 'catalogue', arg: '' } : { from: 'none', arg: '' };
  if (source.kind === 'attribute') return { from: 'attribute', arg: `$."${source.name.replace(/["\\]/g, (char) => `\\${char}`)}"` };
  return { from: 'fixed', arg: source.value };
}

/**
 * The country's price for sorting (SQL over p, cp and k): the price grid's box, else the mapped source's. The rows
 * shown take theirs from sentPrices, which reads a free column exactly as the sync does.
 */
export const PRICE_SQL = `CASE WHEN k.price_from <> 'unmapped' THEN coalesce(cp.price_cents / 100.0, CASE k.price_from
  WHEN 'catalogue' THEN p.price_cents / 100.0
  WHEN 'attribute' THEN CAST(nullif(replace(trim(json_extract(p.attributes, k.price_arg)), ',', '.'), '') AS REAL)
  WHEN 'fixed' THEN CAST(nullif(replace(trim(k.price_arg), ',', '.'), '') AS REAL) END) END`;

/** The context of the price alone: the markets and the mapping's price sources. */
function priceContext(db: Db, countries: readonly MarketCountry[]): ValidationContext {
  return compileContext({
    countries: [...countries],
    categories: {},
    leaves: {},
    fields: fieldMappings(db).filter((entry) => entry.backMarketField === 'price'),
    values: [],
    warrantyMinimumMonths: 0,
  });
}

/** The price an offer is sent at in a market, or null with why the sync sends none there. */
export interface SentPrice {
  price: number | null;
  cause: NoPriceCause | null;
}

/** The price each of these offers is sent at (null: none, as the sync says, and why), keyed product id and country. */
export function sentPrices(db: Db, countries: readonly MarketCountry[], offers: readonly { productId: number; country: string }[]): Map<string, SentPrice> {
  const prices = new Map<string, SentPrice>();
  if (offers.length === 0) return prices;
  const context = priceContext(db, countries);
  // Price not mapped in a market: the sync sends no price there, whatever the price grid holds.
  const sources = priceSources(db, countries);
  const currencies = new Map(countries.map((country) => [country.code, country.currency]));
  const products = new Map([...validationProducts(db, { attributes: true, countryPrices: true }, [...new Set(offers.map((offer) => offer.productId))])].map((product) => [product.id, product]));
  for (const offer of offers) {
    const product = products.get(offer.productId);
    const mapped = sources.get(offer.country) ?? null;
    const price = product && mapped ? countryPrice(product, context, offer.country).price : null;
    prices.set(priceKey(offer.productId, offer.country), { price, cause: price !== null ? null : noPriceCause(mapped, currencies.get(offer.country) ?? '') });
  }
  return prices;
}

/** Why a market's offer gets no price from the sync: Price not mapped there, the EUR catalogue price in another currency, or the mapped source empty. */
function noPriceCause(mapped: FieldSource | null, currency: string): NoPriceCause {
  if (!mapped) return 'unmapped';
  // A box of the price grid wins over the clash (countryPrice reads it first): with none, the catalogue's EUR price is no price there.
  return catalogueCurrencyClash('price', mapped, currency) ? 'currency' : 'empty';
}

export const priceKey = (productId: number, country: string): string => `${productId}\u0000${country}`;
