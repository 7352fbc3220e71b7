// Prices per country: the matrix of products x enabled countries (a stored price, or the mapped field's), what the merchant
// keeps after commission, shipping and the DEEE fee, and the bulk actions (copy from a country, +/- a percentage).
import { productQuerySchema } from '../../../shared/catalogue';
import { COMMISSION_RATE, type MarketCountry, type PriceCell, type PriceMatrix, type PriceRow, type PriceTarget } from '../../../shared/mapping';
import { adjustByPercent, priceBreakdown } from '../../../shared/pricing';
import { numberOf, resolveSource, type ValidationContext, type ValidationProduct } from '../../../shared/validation';
import { priceProblem } from '../../../shared/validation/numbers';
import { catalogueCurrencyClash } from '../../../shared/validation/price-currency';
import type { Db } from '../db/connection';
import { rowConditions } from '../db/products-repo';
import { validationProducts } from './validation-products';

type Params = Record<string, string | number>;

const amountOf = (value: string | number | null): number | null => {
  if (value === null) return null;
  const number = numberOf(value);
  return Number.isFinite(number) ? number : null;
};

function sourceOf(context: ValidationContext, field: string, country?: string) {
  if (country) return context.countries.find((entry) => entry.country.code === country)?.fields.find((mapped) => mapped.spec.field === field)?.source ?? null;
  return context.baseFields.find((mapped) => mapped.spec.field === field)?.source ?? null;
}

/** The price that applies in a country, and where it comes from. */
export function countryPrice(product: ValidationProduct, context: ValidationContext, country: string): { price: number | null; origin: PriceCell['origin'] } {
  // A stored price wins over the mapped source, as in the validation engine.
  const stored = product.countryPrices?.[country];
  if (stored !== undefined) return { price: stored, origin: 'stored' };
  const source = sourceOf(context, 'price', country);
  if (!source) return { price: null, origin: 'none' };
  // The catalogue's EUR price is no price in pounds: none is shown, copied, raised or converted from it there.
  const currency = context.countries.find((entry) => entry.country.code === country)?.country.currency;
  if (currency && catalogueCurrencyClash('price', source, currency)) return { price: null, origin: 'none' };
  const price = amountOf(resolveSource(product, source, country));
  if (price === null) return { price: null, origin: 'none' };
  return { price, origin: source.kind === 'price-matrix' ? 'stored' : 'mapped' };
}

export function priceRow(product: ValidationProduct, context: ValidationContext): PriceRow {
  const costSource = sourceOf(context, 'cost_price');
  const costPrice = costSource ? amountOf(resolveSource(product, costSource, '')) : null;
  const deeeSource = sourceOf(context, 'deee_price');
  const prices: Record<string, PriceCell> = {};
  for (const { country } of context.countries) {
    const { price, origin } = countryPrice(product, context, country.code);
    if (price === null) {
      prices[country.code] = { price: null, origin, breakdown: null, belowCost: false, problem: null };
      continue;
    }
    const shippingSource = sourceOf(context, 'shipping_price_1', country.code);
    const shipping = (shippingSource && amountOf(resolveSource(product, shippingSource, country.code))) || 0;
    const deee = country.code === 'fr-fr' && deeeSource ? amountOf(resolveSource(product, deeeSource, '')) || 0 : 0;
    const breakdown = priceBreakdown(price, shipping, deee);
    const problem = priceProblem(price, false);
    prices[country.code] = { price, origin, breakdown, belowCost: costPrice !== null && breakdown.keeps < costPrice, problem: problem && `The price ${problem}.` };
  }
  return { productId: product.id, productNumber: product.productNumber, title: product.title, basePrice: product.price, costPrice, prices };
}

export function priceMatrix(db: Db, context: ValidationContext, countries: MarketCountry[], query: { search?: string; category?: string; brand?: string; condition?: string; offset: number; limit: number }): PriceMatrix {
  const parsed = productQuerySchema.parse({ ...query });
  const params: Params = {};
  const conditions = rowConditions(parsed, 'p', params);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM products p ${where}`).pluck().get(params) as number;
  const ids = db.prepare(`SELECT p.id FROM products p ${where} ORDER BY p.product_number LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit: query.limit, offset: query.offset }) as number[];
  const rows = [...validationProducts(db, { attributes: true, countryPrices: true }, ids)].map((product) => priceRow(product, context));
  rows.sort((a, b) => a.productNumber.localeCompare(b.productNumber));
  const catalogueCurrencyCountries = context.countries.flatMap(({ country }) => (catalogueCurrencyClash('price', sourceOf(context, 'price', country.code), country.currency) ? [country.code] : []));
  return { countries, rows, total, commissionRate: COMMISSION_RATE, catalogueCurrencyCountries };
}

export function targetIds(db: Db, target: PriceTarget): number[] {
  if ('ids' in target) return target.ids;
  const parsed = productQuerySchema.parse(target.filter);
  const params: Params = {};
  const conditions = rowConditions(parsed, 'p', params);
  return db.prepare(`SELECT p.id FROM products p ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY p.id`).pluck().all(params) as number[];
}

/** The merchant's price in a box (typed, copied from a country, adjusted): theirs, no copy a new catalogue price replaces. */
export function setStoredPrice(db: Db, productId: number, country: string, price: number | null): void {
  if (price === null) db.prepare('DELETE FROM country_prices WHERE product_id = ? AND country = ?').run(productId, country);
  else {
    db.prepare('INSERT INTO country_prices (product_id, country, price_cents) VALUES (?, ?, ?) ON CONFLICT(product_id, country) DO UPDATE SET price_cents = excluded.price_cents, copied_cents = NULL').run(
      productId,
      country,
      Math.round(price * 100),
    );
  }
}

/** Copies one country's price (or the catalogue price) into others' stored prices; returns the products changed. */
export function copyPrices(db: Db, context: ValidationContext, ids: readonly number[], from: string, to: readonly string[]): number[] {
  const changed: number[] = [];
  for (const product of validationProducts(db, { attributes: true, countryPrices: true }, ids)) {
    const price = from === 'base' ? product.price : countryPrice(product, context, from).price;
    if (price === null || price <= 0) continue;
    for (const country of to) if (country !== from) setStoredPrice(db, product.id, country, Math.round(price * 100) / 100);
    changed.push(product.id);
  }
  return changed;
}

/** Raises or lowers the price that applies in each country by a percentage, storing the result. */
export function adjustPrices(db: Db, context: ValidationContext, ids: readonly number[], percent: number, countries: readonly string[]): number[] {
  const changed: number[] = [];
  for (const product of validationProducts(db, { attributes: true, countryPrices: true }, ids)) {
    let any = false;
    for (const country of countries) {
      const { price } = countryPrice(product, context, country);
      if (price === null || price <= 0) continue;
      setStoredPrice(db, product.id, country, adjustByPercent(price, percent));
      any = true;
    }
    if (any) changed.push(product.id);
  }
  return changed;
}
