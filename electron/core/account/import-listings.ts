// Imports listings Back Market holds and the catalogue does not as catalogue products, in one transaction: SKU, Back
// Market product id, grade, quantity, title from the listing, the price of each market in the price matrix, comment and
// warranty where the mapping reads them. Their offers are then adopted (adopt.ts): the first sync sends nothing for them
// unless the mapping gives other values than Back Market holds (those wait for the review).
import type { AccountImportReport, ImportAttributeNames } from '../../../shared/account';
import type { FieldSource } from '../../../shared/mapping';
import { homeMarketOf } from '../../../shared/market-language';
import { compileContext, type MappingSnapshot, type ValidationContext } from '../../../shared/validation';
import type { Db } from '../db/connection';
import type { FieldValues } from '../db/product-columns';
import { skuKey, snapshotOf, type SnapshotListing } from './account-repo';
import { offerAdopter } from './adopt';
import { conditionFor, putValue, sourceFor } from './catalogue-writes';
import { placeMarketValues } from './market-own-values';
import { newProducts } from './new-products';

/** SKUs whose listings are read at once: an import holds a few hundred products' listings at a time, not an account's. */
const SKUS_PER_READ = 500;

export function importListings(db: Db, snapshot: MappingSnapshot, skus: readonly string[], now: string, names?: ImportAttributeNames): AccountImportReport {
  const report: AccountImportReport = { imported: 0, adopted: 0, toReview: 0, skipped: [] };
  const context = compileContext(snapshot);
  const countries = snapshot.countries.map((country) => country.code);
  const home = homeMarketOf(snapshot.countries)?.code;
  const wanted = [...new Set(skus)];
  // Back Market matches SKUs whatever their case: 'ip13-1' on Back Market is the catalogue's 'IP13-1', never a second product.
  const inCatalogue = new Set(
    (db.prepare('SELECT product_number FROM products WHERE product_number COLLATE NOCASE IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(wanted)) as string[]).map(skuKey),
  );
  const keys = wanted.map(skuKey);
  // Asked under several spellings, a SKU's listings are read under the last one (as snapshotOf keys them): the others read none.
  const readAs = new Map<string, string>();
  for (let at = 0; at < wanted.length; at += 1) readAs.set(keys[at] as string, wanted[at] as string);
  db.transaction(() => {
    const created = newProducts(db, context, now);
    const build = productBuilder(context, countries, home, names);
    // What Back Market holds becomes the catalogue's, each product's offers as soon as it is written: a value the mapping
    // cannot hold (a fixed one) is not sent either.
    const adopter = offerAdopter(db, context, wanted, now, { decideNew: 'backmarket' });
    const imported: string[] = [];
    // The enabled markets where an imported product has no listing: the review asks about them once all are imported.
    const notHeld: [string, string][] = [];
    for (let start = 0; start < wanted.length; start += SKUS_PER_READ) {
      const end = Math.min(start + SKUS_PER_READ, wanted.length);
      const toRead: string[] = [];
      for (let at = start; at < end; at += 1) if (!inCatalogue.has(keys[at] as string) && readAs.get(keys[at] as string) === wanted[at]) toRead.push(wanted[at] as string);
      const listings = snapshotOf(db, toRead, countries);
      for (let at = start; at < end; at += 1) {
        const sku = wanted[at] as string;
        if (inCatalogue.has(keys[at] as string)) {
          report.skipped.push({ sku, reason: 'in-catalogue' });
          continue;
        }
        const markets = listings.get(sku);
        if (!markets || markets.length === 0) {
          report.skipped.push({ sku, reason: 'not-read' });
          continue;
        }
        const { values, attributes, prices } = build(sku, markets);
        const product = created.add(values, attributes, prices);
        imported.push(sku);
        const held = listings.get(product.productNumber);
        if (held) adopter.adopt(product, held);
        for (const country of countries) if (!listingIn(markets, country)) notHeld.push([sku, country]);
      }
      created.flush();
      adopter.flush();
    }
    report.imported = imported.length;
    report.adopted = adopter.counts.adopted;
    report.toReview = adopter.counts.toReview + askToPublish(db, notHeld);
  })();
  return report;
}

interface BuiltProduct {
  values: FieldValues;
  attributes: Record<string, string>;
  /** Back Market's price of each market, in cents (emptied for the next product: read it before building another). */
  prices: ReadonlyMap<string, number>;
}

/**
 * Builds the catalogue product of one SKU from Back Market's listings of it (one or more, in the merchant's order of
 * markets): where the mapping reads each value, in each market.
 */
function productBuilder(
  context: ValidationContext,
  countries: readonly string[],
  home: string | undefined,
  names?: ImportAttributeNames,
): (sku: string, markets: readonly SnapshotListing[]) => BuiltProduct {
  const place = placesOf(context, countries);
  const titleColumn = (country: string): string => place(country).titleColumn;
  const conditions = new Map<string, string>();
  const prices = new Map<string, number>();
  return (sku, markets) => {
    const first = markets[0] as SnapshotListing;
    const values: FieldValues = { productNumber: sku };
    const attributes: Record<string, string> = {};
    // The catalogue's own values come from the merchant's home market (France where enabled), else the first market held in their order.
    const main = (home === undefined ? undefined : listingIn(markets, home)) ?? first;
    const shared = place(home ?? main.country);
    // The catalogue's title: the home market's, else the first title Back Market gave in the merchant's order.
    const titled = main.title.trim() !== '' ? main : (markets.find((listing) => listing.title.trim() !== '') ?? main);
    putValue(values, attributes, shared.title, 'title', titled.title);
    putTitles(values, attributes, markets, titled, place, titleColumn(home ?? main.country));
    if (main.productId) putValue(values, attributes, shared.product_id, 'product_id', main.productId);
    let condition = conditions.get(main.grade);
    if (condition === undefined) conditions.set(main.grade, (condition = conditionFor(context, main.grade)));
    putValue(values, attributes, shared.grade, 'grade', condition);
    putValue(values, attributes, shared.quantity, 'quantity', String(main.quantity));
    // The catalogue's price is in euros (the markets without a price of their own read it as such): only a euro price of
    // Back Market's is one, the home market's first. Held in pounds only, the product has no catalogue price, and a euro market says so.
    const inEuros = inEurosOf(main) ? main : markets.find(inEurosOf);
    if (inEuros) putValue(values, attributes, place(inEuros.country).price, 'price', inEuros.price);
    prices.clear();
    // Each market's comment and warranty as Back Market holds them, a market's own where its shared place holds another.
    placeMarketValues(values, attributes, markets, main, place, names);
    for (const listing of markets) {
      const price = Number(listing.price);
      if (price > 0) prices.set(listing.country, Math.round(price * 100));
    }
    return { values, attributes, prices };
  };
}

/** A price of Back Market's the catalogue can hold as its own: in euros, above zero. */
const inEurosOf = (listing: SnapshotListing): boolean => listing.currency === 'EUR' && Number(listing.price) > 0;

/** A product's listing in one market. */
function listingIn(markets: readonly SnapshotListing[], country: string): SnapshotListing | undefined {
  for (const listing of markets) if (listing.country === country) return listing;
  return undefined;
}

type Placed = 'title' | 'product_id' | 'grade' | 'quantity' | 'price' | 'comment' | 'warranty_delay';
type Places = Record<Placed, FieldSource | null> & {
  /** Where the market's title is read from, as a key that tells markets reading the same column. */
  titleColumn: string;
};

/** Where each field of a market's listing goes in the catalogue, looked up once per market rather than per listing. */
function placesOf(context: ValidationContext, countries: readonly string[]): (country: string) => Places {
  const fields: Placed[] = ['title', 'product_id', 'grade', 'quantity', 'price', 'comment', 'warranty_delay'];
  const places = new Map<string, Places>();
  const compute = (country: string): Places => {
    const found = Object.fromEntries(fields.map((field) => [field, sourceFor(context, field, country)])) as Record<Placed, FieldSource | null>;
    return { ...found, titleColumn: JSON.stringify(found.title) };
  };
  for (const country of countries) places.set(country, compute(country));
  return (country) => places.get(country) ?? compute(country);
}

/**
 * Each market's title where the catalogue keeps that market's (its language's title column, or what the mapping reads
 * there): only a market whose title is not the catalogue's own and that differs from it — no copy of the same text.
 */
function putTitles(
  values: FieldValues,
  attributes: Record<string, string>,
  markets: readonly SnapshotListing[],
  main: SnapshotListing,
  place: (country: string) => Places,
  catalogueColumn: string,
): void {
  // Markets of one language read one column: the first of them in the merchant's order fills it.
  let filled: Set<string> | undefined;
  for (const listing of markets) {
    if (listing === main) continue;
    const market = place(listing.country);
    const column = market.titleColumn;
    if (column === catalogueColumn || filled?.has(column) || listing.title.trim() === '' || listing.title.trim() === main.title.trim()) continue;
    (filled ??= new Set()).add(column);
    putValue(values, attributes, market.title, 'title', listing.title);
  }
}

/**
 * An imported product in an enabled market where Back Market held no listing of it: Back Market does not sell it there,
 * so the review asks whether to publish it there (field 'market'); the planner keeps it off until "Publish". Returns
 * the offers asked about.
 */
function askToPublish(db: Db, offers: readonly (readonly [string, string])[]): number {
  const ask = db.prepare(
    "INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at) VALUES (?, ?, 'market', '', '', NULL, NULL) ON CONFLICT DO NOTHING",
  );
  let asked = 0;
  for (const [sku, country] of offers) asked += ask.run(sku, country).changes;
  return asked;
}
