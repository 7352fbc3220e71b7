// The min_price part of a plan: in the countries the merchant switched on, each listed offer's floor sent as min_price
// (Back Market's own repricer may go down to it, never below); elsewhere a min_price Refurb Desk sent is cleared (null,
// as the contract's nullable field allows). Compared with what Back Market last accepted (offer_min_prices), so a floor
// that did not change is never sent twice. min_price is a field of POST /ws/listings/{id} only (not of the CSV catalog),
// per market (Accept-Language): one real-time update per offer.
import { floorPrice } from '../../../../shared/backbox';
import { minPriceWish, type MinPriceWish } from '../../../../shared/min-price';
import type { ValidationContext } from '../../../../shared/validation';
import { loadSettings } from '../../backbox/backbox-repo';
import { offerPricingReader } from '../../backbox/offer-costs';
import type { Db } from '../../db/connection';
import { priceRow } from '../../mapping/pricing';
import { validationProducts } from '../../mapping/validation-products';
import type { PlannedMinPrice } from '../plan-types';

interface MinPriceRow {
  product_number: string;
  country: string;
  sku: string;
  listing_id: number | null;
  listing_uuid: string | null;
  /** The price Back Market accepted ('499.90'); null before it accepted one. */
  held_price: string | null;
  price_hash: string;
  task: number | null;
  product_id: number | null;
  sent: string | null;
  refused: string | null;
}

const centsOfText = (text: string | null): number | null => {
  if (text === null || text.trim() === '' || !Number.isFinite(Number(text))) return null;
  return Math.round(Number(text) * 100);
};

/**
 * The offers whose min_price is to be decided: every offer of a switched-on country Back Market holds a row of, and
 * every offer elsewhere that holds a min_price sent before (to clear it).
 */
function offersToDecide(db: Db, countries: readonly string[], on: readonly string[]): MinPriceRow[] {
  // The usual case (never switched on): no row of listing_states is read.
  if (on.length === 0 && !db.prepare('SELECT EXISTS (SELECT 1 FROM offer_min_prices WHERE sent IS NOT NULL)').pluck().get()) return [];
  return db
    .prepare(
      `SELECT s.product_number, s.country, s.sku, s.listing_id, s.listing_uuid, json_extract(s.accepted_values, '$.price') AS held_price,
              s.price_hash, s.task, p.id AS product_id, m.sent, m.refused
         FROM listing_states s
         LEFT JOIN offer_min_prices m ON m.product_number = s.product_number AND m.country = s.country
         LEFT JOIN products p ON p.product_number = s.product_number
        WHERE s.country IN (SELECT value FROM json_each(@countries))
          AND (s.country IN (SELECT value FROM json_each(@on)) OR m.sent IS NOT NULL)
        ORDER BY s.product_number, s.country`,
    )
    .all({ countries: JSON.stringify(countries), on: JSON.stringify(on) }) as MinPriceRow[];
}

/** What each of these offers' min_price should be now (keyed `${productNumber}\u0000${country}`). */
export interface OfferToDecide {
  productId: number | null;
  productNumber: string;
  country: string;
  /** The price Back Market accepted ('499.90'); null when none is known. */
  heldPrice: string | null;
}

export function minPriceWishes(db: Db, context: ValidationContext, offers: readonly OfferToDecide[]): Map<string, MinPriceWish> {
  const settings = loadSettings(db);
  const on = new Set(settings.minPriceCountries);
  const currencyOf = new Map(context.countries.map(({ country }) => [country.code, country.currency]));
  const ids = [...new Set(offers.flatMap((offer) => (offer.productId !== null && on.has(offer.country) ? [offer.productId] : [])))].sort((a, b) => a - b);
  const rows = new Map([...validationProducts(db, { attributes: true, countryPrices: true }, ids)].map((product) => [product.id, priceRow(product, context)]));
  const pricingOf = offerPricingReader(db);
  const wishes = new Map<string, MinPriceWish>();
  for (const offer of offers) {
    const key = `${offer.productNumber}\u0000${offer.country}`;
    const row = offer.productId === null ? undefined : rows.get(offer.productId);
    if (!on.has(offer.country) || !row) {
      // Switched off, or the product is gone: no min_price.
      wishes.set(key, { minPrice: null, floorCents: null, reason: 'off' });
      continue;
    }
    const pricing = pricingOf(row, offer.productNumber, offer.country, currencyOf.get(offer.country) ?? 'EUR');
    const held = centsOfText(offer.heldPrice);
    // Never above the price Back Market holds nor the one about to be sent, whichever it takes first.
    const ceiling = pricing.priceCents === null ? null : held === null ? pricing.priceCents : Math.min(held, pricing.priceCents);
    wishes.set(key, minPriceWish(true, floorPrice(pricing.costs, settings), ceiling));
  }
  return wishes;
}

/** The min_price updates a sync sends now; `skip` leaves out offers the plan holds (the account's review). */
export function planMinPrices(db: Db, context: ValidationContext, skip: (productNumber: string) => boolean): PlannedMinPrice[] {
  const countries = context.countries.map(({ country }) => country.code);
  const on = loadSettings(db).minPriceCountries.filter((country) => countries.includes(country));
  // Listed, its price accepted and no task in flight for it: otherwise it waits for a later sync.
  const rows = offersToDecide(db, countries, on).filter(
    (row) => (row.listing_id !== null || row.listing_uuid !== null) && row.task === null && row.price_hash !== '' && row.held_price !== null && !skip(row.product_number),
  );
  if (rows.length === 0) return [];
  const wishes = minPriceWishes(
    db,
    context,
    rows.map((row) => ({ productId: row.product_id, productNumber: row.product_number, country: row.country, heldPrice: row.held_price })),
  );
  const updates: PlannedMinPrice[] = [];
  for (const row of rows) {
    const wish = wishes.get(`${row.product_number}\u0000${row.country}`);
    if (!wish || wish.minPrice === row.sent) continue;
    // Refused by Back Market with this very value (or refused clearing, ''): not sent again until the wish changes.
    if (row.refused !== null && row.refused === (wish.minPrice ?? '')) continue;
    updates.push({
      productNumber: row.product_number,
      sku: row.sku,
      country: row.country,
      listingId: row.listing_id ?? (row.listing_uuid as string),
      minPrice: wish.minPrice,
      before: row.sent,
    });
  }
  return updates;
}
