// The per-country pricing calls: the price matrix, one stored price, and the bulk actions, each marking the products it
// changes as pending ('price', in the markets whose price it wrote) and rechecking their readiness.
import { PLATFORM_CURRENCY, type MarketCountry, type PriceBulk } from '../../../shared/mapping';
import type { ValidationContext } from '../../../shared/validation';
import { hasAtMostTwoDecimals } from '../../../shared/validation/numbers';
import type { Db } from '../db/connection';
import { notFound, saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { adjustPrices, copyPrices, priceMatrix, priceRow, setStoredPrice, targetIds } from './pricing';
import { validationProducts } from './validation-products';

export interface PricingDeps {
  requireDb: () => Db;
  markets: () => MarketCountry[];
  contextOf: (db: Db) => ValidationContext;
  markAll: (db: Db, productNumbers: readonly string[], fields: readonly string[], markets?: readonly string[]) => number;
  changed: (db: Db, section: 'prices', affected: number, ids?: readonly number[]) => void;
}

/** A plain copy keeps the number: between currencies it would turn 101.90 EUR into £101.90, so it is refused. */
function refuseOtherCurrency(markets: readonly MarketCountry[], from: string, to: readonly string[]): void {
  const currencyOf = (code: string) => markets.find((market) => market.code === code)?.currency ?? PLATFORM_CURRENCY;
  const fromCurrency = from === 'base' ? PLATFORM_CURRENCY : currencyOf(from);
  const other = to.find((code) => currencyOf(code) !== fromCurrency);
  if (other) throw saidError('invalid-input', said('mapping.copyOtherCurrency', { fromCurrency, market: other, currency: currencyOf(other) }));
}

export function createPricingCalls({ requireDb, markets, contextOf, markAll, changed }: PricingDeps) {
  return {
    priceMatrix(query: { search?: string; category?: string; brand?: string; condition?: string; offset: number; limit: number }) {
      const db = requireDb();
      return priceMatrix(db, contextOf(db), markets(), query);
    },

    setPrice(productId: number, country: string, price: number | null) {
      const db = requireDb();
      if (!markets().some((market) => market.code === country)) throw saidError('invalid-input', said('mapping.notSoldIn', { market: country }));
      if (price !== null && !hasAtMostTwoDecimals(price)) throw saidError('invalid-input', said('mapping.priceDecimals', { price }), [{ path: 'price', message: 'At most 2 decimals.' }]);
      const numberOf = db.prepare('SELECT product_number FROM products WHERE id = ?').pluck().get(productId) as string | undefined;
      if (numberOf === undefined) throw notFound({ thing: 'product' });
      db.transaction(() => {
        setStoredPrice(db, productId, country, price);
        markAll(db, [numberOf], ['price'], [country]);
      })();
      changed(db, 'prices', 1, [productId]);
      const context = contextOf(db);
      const [product] = [...validationProducts(db, { attributes: true, countryPrices: true }, [productId])];
      if (!product) throw notFound({ thing: 'product' });
      return priceRow(product, context);
    },

    bulkPrices(action: PriceBulk) {
      const db = requireDb();
      const enabled = new Set(markets().map((market) => market.code));
      const countriesTouched = action.action === 'copy' ? [...action.to, ...(action.from === 'base' ? [] : [action.from])] : action.countries;
      const unknown = countriesTouched.find((country) => !enabled.has(country));
      if (unknown) throw saidError('invalid-input', said('mapping.notSoldIn', { market: unknown }));
      if (action.action === 'copy') refuseOtherCurrency(markets(), action.from, action.to);
      const context = contextOf(db);
      const ids = targetIds(db, action.target);
      const changedIds = db.transaction(() => {
        const done = action.action === 'copy' ? copyPrices(db, context, ids, action.from, action.to) : adjustPrices(db, context, ids, action.percent, action.countries);
        const numbers = done.length ? (db.prepare('SELECT product_number FROM products WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(done)) as string[]) : [];
        // A price of the price matrix is one market's: only the markets written wait for the sync.
        markAll(db, numbers, ['price'], action.action === 'copy' ? action.to.filter((country) => country !== action.from) : action.countries);
        return done;
      })();
      changed(db, 'prices', changedIds.length, changedIds);
      return { updated: changedIds.length };
    },
  };
}
