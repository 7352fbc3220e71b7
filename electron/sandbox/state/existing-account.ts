// The sandbox as a merchant's existing Back Market account: listings created before Refurb Desk, on real products of the
// sandbox's catalogue, a few with SKUs of the sample catalogue at other prices. Deterministic (each listing is drawn from
// a generator seeded by its SKU) and idempotent per SKU (a SKU the account already holds is left as it is).
import crypto from 'node:crypto';
import seedProducts from '../../../resources/sandbox/products.json' with { type: 'json' };
import sampleProducts from '../../../resources/sandbox/sample-products.json' with { type: 'json' };
import sampleOffers from '../../../resources/sandbox/sample-offers.json' with { type: 'json' };
import type { Grade, ListingMarketFields, SandboxListing, SandboxProduct, SandboxState } from './types';
import { DEFAULT_EXISTING_ACCOUNT, type ExistingAccountOptions, type ExistingAccountResult, type ExtraProduct } from '../options';
import { findMarket, market } from '../domain/markets';
import { maxPrice, productByEan, productMarket } from '../domain/products';
import { commentFor, shipperFor } from '../domain/existing-account-texts';
import { addExtraProducts } from './seed';
import { nextId } from './store';
import { profilesOf } from '../profiles';

/** Largest account the sandbox seeds (per market), to keep a mistyped number from eating the machine's memory. */
export const MAX_EXISTING_LISTINGS = 100_000;
const SAMPLE_OFFERS = sampleOffers as { sku: string; ean: string; grade: string; quantity: number; price: string }[];
const UNMATCHED_PREFIX = 'BM-EXIST-';
const GRADE_DRAW: readonly Grade[] = ['PREMIUM', 'EXCELLENT', 'EXCELLENT', 'VERY_GOOD', 'VERY_GOOD', 'GOOD', 'GOOD', 'FAIR', 'STALLONE'];

export class ExistingAccountError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ExistingAccountError';
  }
}

function integerIn(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ExistingAccountError(`${field} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}.`, field);
  }
  return value;
}

/** Reads the options from untrusted input (the control route's body, the CLI), filling the defaults; throws ExistingAccountError naming the wrong field. */
export function readExistingAccount(input: ExistingAccountOptions | Record<string, unknown>): Required<ExistingAccountOptions> {
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!(key in DEFAULT_EXISTING_ACCOUNT)) throw new ExistingAccountError(`Unknown option ${key}: use listingsPerMarket, markets, matchingSkus or priceShift.`, key);
  }
  const listingsPerMarket = raw.listingsPerMarket === undefined ? DEFAULT_EXISTING_ACCOUNT.listingsPerMarket : integerIn(raw.listingsPerMarket, 'listingsPerMarket', 0, MAX_EXISTING_LISTINGS);
  let markets = DEFAULT_EXISTING_ACCOUNT.markets;
  if (raw.markets !== undefined) {
    if (!Array.isArray(raw.markets) || raw.markets.length === 0 || raw.markets.some((code) => typeof code !== 'string' || !findMarket(code))) {
      throw new ExistingAccountError(`markets must be a non-empty list of EU market codes such as ["fr-fr", "de-de", "en-gb"]; got ${JSON.stringify(raw.markets)}.`, 'markets');
    }
    markets = [...new Set((raw.markets as string[]).map((code) => code.toLowerCase()))];
  }
  const most = Math.min(listingsPerMarket, SAMPLE_OFFERS.length);
  const matchingSkus = raw.matchingSkus === undefined ? Math.min(DEFAULT_EXISTING_ACCOUNT.matchingSkus, most) : integerIn(raw.matchingSkus, 'matchingSkus', 0, most);
  let priceShift = DEFAULT_EXISTING_ACCOUNT.priceShift;
  if (raw.priceShift !== undefined) {
    if (typeof raw.priceShift !== 'number' || !Number.isFinite(raw.priceShift) || Math.abs(raw.priceShift) > 1000) {
      throw new ExistingAccountError(`priceShift must be a number of the market's currency from -1000 to 1000 (10 for +10.00); got ${JSON.stringify(raw.priceShift)}.`, 'priceShift');
    }
    priceShift = raw.priceShift;
  }
  return { listingsPerMarket, markets, matchingSkus, priceShift };
}

/** A small, fast generator of numbers in [0, 1) (mulberry32), seeded by a text. */
function generatorFor(text: string): () => number {
  let seed = crypto.createHash('sha1').update(text).digest().readUInt32LE(0);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A stable listing UUID for a SKU (version 4 layout), so the same account gets the same ids on every start. */
function listingUuid(sku: string): string {
  const hash = crypto.createHash('sha1').update(`refurb-desk-existing-account:${sku}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-${'89ab'[parseInt(hash.slice(16, 17), 16) % 4]}${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
}

const money = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/** The sample offers the matching listings take, spread over the whole sample catalogue. */
function matchingOffers(count: number) {
  return Array.from({ length: count }, (_, index) => SAMPLE_OFFERS[Math.floor((index * SAMPLE_OFFERS.length) / count)]).filter((offer) => offer !== undefined);
}

function listingOf(sku: string, product: SandboxProduct, draw: () => number, fields: { grade: Grade; quantity: number; markets: Record<string, ListingMarketFields> }, state: SandboxState, now: Date): SandboxListing {
  const created = new Date(now.getTime() - Math.floor(30 + draw() * 400) * 86_400_000);
  const modified = new Date(Math.min(now.getTime() - 3_600_000, created.getTime() + Math.floor(draw() * 200) * 86_400_000));
  return {
    id: listingUuid(sku),
    listing_id: nextId(state, 'listing'),
    sku,
    product_id: product.product_id,
    grade: fields.grade,
    quantity: fields.quantity,
    new_battery: draw() < 0.1,
    deactivated: false,
    markets: fields.markets,
    shippings: Object.keys(fields.markets).map((code) => ({ country_code: code, slot: 1 as const, shipper: shipperFor(code), shipper_display: shipperFor(code), shipping_price: '0.00', shipping_delay: 48 })),
    date_creation: created.toISOString(),
    date_modification: modified.toISOString(),
  };
}

/** The sample catalogue's product for an EAN on the sandbox, added (as explore mode does) when the sandbox lacks it. */
function sampleProduct(state: SandboxState, ean: string): SandboxProduct | undefined {
  const known = productByEan(state, ean);
  if (known) return known;
  const extra = (sampleProducts as ExtraProduct[]).find((product) => product.ean === ean);
  if (extra) addExtraProducts(state, [extra]);
  return productByEan(state, ean);
}

/** An offer's price in a market: the EUR price in the market's currency, never above what max_price allows there. */
function priceIn(product: SandboxProduct, code: string, eur: number): string {
  const converted = eur * market(code).eurRate;
  return money(Math.min(converted, Number(maxPrice(product, code))));
}

/** Adds the account's listings to the state (those whose SKU it does not hold yet); answers what the account now holds. */
export function seedExistingAccount(state: SandboxState, input: ExistingAccountOptions, now: Date): ExistingAccountResult {
  const options = readExistingAccount(input);
  const held = new Map(state.listings.map((listing) => [listing.sku.toLowerCase(), listing]));
  let created = 0;
  const add = (listing: SandboxListing) => {
    state.listings.push(listing);
    held.set(listing.sku.toLowerCase(), listing);
    created += 1;
  };

  const matching: ExistingAccountResult['matching'] = [];
  const refusesAboveMax = profilesOf(state).maxPrice === 'refuse';
  matchingOffers(options.matchingSkus).forEach((offer, index) => {
    let listing = held.get(offer.sku.toLowerCase());
    const product = listing ? undefined : sampleProduct(state, offer.ean);
    if (!listing && product) {
      const draw = generatorFor(offer.sku);
      const base = Number(offer.price);
      const markets: Record<string, ListingMarketFields> = {};
      for (const code of options.markets) {
        const shifted = Math.max(0.01, Number(priceIn(product, code, base)) + options.priceShift);
        // Above max_price, Back Market takes the offer offline (publication_state 3) or refuses it (the maxPrice profile):
        // under `refuse` such an offer could not exist, so it stays at max_price.
        const ceiling = refusesAboveMax ? Number(maxPrice(product, code)) : Number.POSITIVE_INFINITY;
        markets[code] = { price: money(Math.min(shifted, ceiling)), currency: market(code).currency, comment: commentFor(code, draw(), 85 + Math.floor(draw() * 15)), warranty_delay: 12, min_price: null };
      }
      // Every other matching SKU also holds another stock than the catalogue's, as after sales made outside the app.
      const quantity = index % 2 === 1 ? offer.quantity + 2 : offer.quantity;
      listing = listingOf(offer.sku, product, draw, { grade: offer.grade as Grade, quantity, markets }, state, now);
      add(listing);
    }
    if (!listing) return;
    for (const code of options.markets) {
      const fields = listing.markets[code];
      if (fields?.price) matching.push({ sku: listing.sku, market: code, price: fields.price, quantity: listing.quantity });
    }
  });

  const unmatched = options.listingsPerMarket - options.matchingSkus;
  const seedIds = new Set((seedProducts as { product_id: string }[]).map((product) => product.product_id));
  const products = state.products.filter((product) => seedIds.has(product.product_id) && product.status === 'validated');
  if (unmatched > 0 && products.length === 0) throw new ExistingAccountError('The sandbox has no catalogue products to put listings on: reset it with the demo or empty seed first.', 'listingsPerMarket');
  for (let index = 1; index <= unmatched; index += 1) {
    const sku = `${UNMATCHED_PREFIX}${String(index).padStart(5, '0')}`;
    if (held.has(sku.toLowerCase())) continue;
    add(unmatchedListing(sku, products, options.markets, state, now));
  }
  return { created, markets: options.markets, matching, unmatchedSkus: unmatched };
}

/**
 * A listing the sample catalogue does not know: a random product, grade and stock (one in seven sold out), per market a
 * price under max_price, a comment in the market's language and a warranty of 12 to 36 months; about one in thirty
 * deactivated, and one in twenty-five without a comment in one market (publication_state 0 there).
 */
function unmatchedListing(sku: string, products: SandboxProduct[], codes: string[], state: SandboxState, now: Date): SandboxListing {
  const draw = generatorFor(sku);
  const product = products[Math.floor(draw() * products.length)] ?? products[0];
  if (!product) throw new Error('No product to list.');
  const grade = GRADE_DRAW[Math.floor(draw() * GRADE_DRAW.length)] ?? 'GOOD';
  const quantity = draw() < 1 / 7 ? 0 : 1 + Math.floor(draw() * 25);
  const share = 0.4 + draw() * 0.3;
  const eur = Number(productMarket(product, 'fr-fr').price_new) * share;
  const battery = 80 + Math.floor(draw() * 20);
  const withoutComment = draw() < 1 / 25 ? codes[Math.floor(draw() * codes.length)] : undefined;
  const markets: Record<string, ListingMarketFields> = {};
  for (const code of codes) {
    const local = Number(priceIn(product, code, eur * (0.97 + draw() * 0.06)));
    markets[code] = {
      price: money(Math.floor(local) + 0.99 > Number(maxPrice(product, code)) ? local : Math.floor(local) + 0.99),
      currency: market(code).currency,
      comment: code === withoutComment ? null : commentFor(code, draw(), battery),
      warranty_delay: [12, 12, 24, 36][Math.floor(draw() * 4)] ?? 12,
      min_price: null,
    };
  }
  const listing = listingOf(sku, product, draw, { grade, quantity, markets }, state, now);
  listing.deactivated = draw() < 1 / 30;
  return listing;
}
