// Filling the price matrix from the catalogue price or one country's price: each target country gets the source converted
// into its currency with the merchant's rate, changed by its own percentage and rounded to the chosen ending. The rates
// used are kept in the settings file, so the next fill starts from them. A currency without a rate stops the whole fill:
// the same number is never stored in another currency.
import type { MarketCountry } from '../../../shared/mapping';
import { CATALOGUE_CURRENCY, currencyRatesSchema, filledPrice, missingRates, type CurrencyRates, type PriceFill } from '../../../shared/price-conversion';
import type { ValidationContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { countryPrice, setStoredPrice, targetIds } from './pricing';
import { validationProducts } from './validation-products';

export const CURRENCY_RATES_SETTING = 'pricing.currencyRates';

/** The part of the settings adapter the rates need; the app's settings store satisfies it. */
export interface CurrencyRatesSettings {
  get(key: typeof CURRENCY_RATES_SETTING): unknown;
  set(key: typeof CURRENCY_RATES_SETTING, value: CurrencyRates): void;
}

/** Rates kept in memory: tests, and a service composed without a settings file. */
export function memoryRatesSettings(): CurrencyRatesSettings {
  let stored: unknown;
  return { get: () => stored, set: (_key, value) => void (stored = value) };
}

export interface PriceFillDeps {
  requireDb: () => Db;
  markets: () => MarketCountry[];
  contextOf: (db: Db) => ValidationContext;
  markAll: (db: Db, productNumbers: readonly string[], fields: readonly string[], markets?: readonly string[]) => number;
  changed: (db: Db, section: 'prices', affected: number, ids?: readonly number[]) => void;
  settings: CurrencyRatesSettings;
}

/** Stores each product's filled prices; returns the products changed. Products without a source price are left alone. */
export function fillPrices(db: Db, context: ValidationContext, markets: readonly MarketCountry[], ids: readonly number[], fill: PriceFill): number[] {
  const currencyOf = (code: string) => markets.find((market) => market.code === code)?.currency ?? CATALOGUE_CURRENCY;
  const fromCurrency = fill.from === 'base' ? CATALOGUE_CURRENCY : currencyOf(fill.from);
  const changed: number[] = [];
  for (const product of validationProducts(db, { attributes: true, countryPrices: true }, ids)) {
    const source = fill.from === 'base' ? product.price : countryPrice(product, context, fill.from).price;
    if (source === null || source <= 0) continue;
    let any = false;
    for (const { country, percent } of fill.to) {
      if (country === fill.from) continue;
      const price = filledPrice(source, fromCurrency, currencyOf(country), percent, fill.ending, fill.rates);
      if (price === null) continue;
      setStoredPrice(db, product.id, country, price);
      any = true;
    }
    if (any) changed.push(product.id);
  }
  return changed;
}

export function createPriceFillCalls({ requireDb, markets, contextOf, markAll, changed, settings }: PriceFillDeps) {
  const rates = (): CurrencyRates => {
    // A hand-edited file may hold anything: what is not a set of rates counts as none set.
    const stored = currencyRatesSchema.safeParse(settings.get(CURRENCY_RATES_SETTING));
    return stored.success ? stored.data : {};
  };
  return {
    currencyRates: rates,

    fillPrices(fill: PriceFill) {
      const db = requireDb();
      const enabled = markets();
      const currencyOf = new Map(enabled.map((market) => [market.code, market.currency]));
      const unknown = [fill.from === 'base' ? undefined : fill.from, ...fill.to.map((entry) => entry.country)].find((code) => code !== undefined && !currencyOf.has(code));
      if (unknown) throw saidError('invalid-input', said('mapping.notSoldIn', { market: unknown }));
      const fromCurrency = fill.from === 'base' ? CATALOGUE_CURRENCY : (currencyOf.get(fill.from) as string);
      const missing = missingRates(fromCurrency, fill.to.map((entry) => currencyOf.get(entry.country) as string), fill.rates);
      if (missing.length) {
        throw saidError('invalid-input', said('mapping.rateMissing', { currencies: missing.join(', '), base: CATALOGUE_CURRENCY }), [
          { path: 'rates', message: `No rate for ${missing.join(', ')}.` },
        ]);
      }
      const context = contextOf(db);
      const ids = targetIds(db, fill.target);
      const changedIds = db.transaction(() => {
        const done = fillPrices(db, context, enabled, ids, fill);
        const numbers = done.length ? (db.prepare('SELECT product_number FROM products WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(done)) as string[]) : [];
        // Only the markets filled change: the others' offers wait for nothing.
        markAll(db, numbers, ['price'], fill.to.map((entry) => entry.country).filter((country) => country !== fill.from));
        return done;
      })();
      settings.set(CURRENCY_RATES_SETTING, { ...rates(), ...fill.rates });
      changed(db, 'prices', changedIds.length, changedIds);
      return { updated: changedIds.length };
    },
  };
}
