// One offer's min_price as the Listings detail shows it: the country's switch, what the next sync would hold there (or
// why none), what Back Market accepted and answered holding, and a refusal in Back Market's words.
import type { MarketCountry } from '../../../shared/mapping';
import type { MinPriceStatus } from '../../../shared/min-price';
import { compileContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { loadSnapshot } from '../mapping/snapshot';
import { minPriceWishes } from '../sync/plan/min-prices';
import { loadSettings } from './backbox-repo';
import { minPriceRecord } from './min-price-repo';

interface OfferState {
  product_number: string;
  listed: number;
  held_price: string | null;
}

export function minPriceStatus(db: Db, markets: readonly MarketCountry[], productId: number, country: string): MinPriceStatus {
  const currency = markets.find((market) => market.code === country)?.currency ?? 'EUR';
  const productNumber = db.prepare('SELECT product_number FROM products WHERE id = ?').pluck().get(productId) as string | undefined;
  const on = loadSettings(db).minPriceCountries.includes(country) && markets.some((market) => market.code === country);
  const none: MinPriceStatus = { country, currency, on, wish: { minPrice: null, floorCents: null, reason: 'off' }, sent: null, refused: null };
  if (productNumber === undefined) return none;
  const state = db
    .prepare(
      `SELECT product_number, (listing_id IS NOT NULL OR listing_uuid IS NOT NULL) AND task IS NULL AND price_hash != '' AS listed,
              json_extract(accepted_values, '$.price') AS held_price
         FROM listing_states WHERE product_number = ? AND country = ?`,
    )
    .get(productNumber, country) as OfferState | undefined;
  const context = compileContext(loadSnapshot(db, markets));
  const computed = minPriceWishes(db, context, [{ productId, productNumber, country, heldPrice: state?.held_price ?? null }]).get(`${productNumber}\u0000${country}`) ?? none.wish;
  // Sent only once Back Market holds the listing and its price: until then the floor waits.
  const listed = state !== undefined && state.listed === 1 && state.held_price !== null;
  const wish = on && !listed && computed.minPrice !== null ? { ...computed, minPrice: null, reason: 'not-listed' as const } : computed;
  const record = minPriceRecord(db, productNumber, country);
  return {
    ...none,
    wish,
    sent: record?.sent ?? null,
    ...(record && record.refused === null ? { held: record.held } : {}),
    refused: record && record.refused !== null ? { minPrice: record.refused === '' ? null : record.refused, message: record.refusedMessage } : null,
  };
}
