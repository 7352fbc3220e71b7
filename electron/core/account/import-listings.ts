// Imports listings Back Market holds and the catalogue does not as catalogue products, in one transaction: SKU, Back
// Market product id, grade, quantity, title from the listing, the price of each market in the price matrix, comment and
// warranty where the mapping reads them. Their offers are then adopted (adopt.ts): the first sync sends nothing for them
// unless the mapping gives other values than Back Market holds (those wait for the review).
import type { AccountImportReport, ImportAttributeNames } from '../../../shared/account';
import type { FieldSource } from '../../../shared/mapping';
import { homeMarketOf } from '../../../shared/market-language';
import { compileContext, type MappingSnapshot, type ValidationContext, type ValidationProduct } from '../../../shared/validation';
import type { Db } from '../db/connection';
import type { FieldValues } from '../db/product-columns';
import { skuKey, snapshotOf, type SnapshotListing } from './account-repo';
import { adoptOffers } from './adopt';
import { conditionFor, putValue, sourceFor } from './catalogue-writes';
import { placeMarketValues } from './market-own-values';
import { newProducts } from './new-products';

/** `read`: these SKUs' listings when the caller read them already (unmanagedSnapshot); else read here. */
export function importListings(
  db: Db,
  snapshot: MappingSnapshot,
  skus: readonly string[],
  now: string,
  names?: ImportAttributeNames,
  read?: ReadonlyMap<string, readonly SnapshotListing[]>,
): AccountImportReport {
  const report: AccountImportReport = { imported: 0, adopted: 0, toReview: 0, skipped: [] };
  const context = compileContext(snapshot);
  const countries = snapshot.countries.map((country) => country.code);
  const home = homeMarketOf(snapshot.countries)?.code;
  const wanted = [...new Set(skus)];
  // Back Market matches SKUs whatever their case: 'ip13-1' on Back Market is the catalogue's 'IP13-1', never a second product.
  const inCatalogue = new Set(
    (db.prepare('SELECT product_number FROM products WHERE product_number COLLATE NOCASE IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(wanted)) as string[]).map(skuKey),
  );
  db.transaction(() => {
    const listings = read ?? snapshotOf(db, wanted, countries);
    const created = newProducts(db, context, now);
    const place = placesOf(context, countries);
    const conditions = new Map<string, string>();
    const imported: ValidationProduct[] = [];
    for (const sku of wanted) {
      if (inCatalogue.has(skuKey(sku))) {
        report.skipped.push({ sku, reason: 'in-catalogue' });
        continue;
      }
      const markets = listings.get(sku);
      const first = markets?.[0];
      if (!markets || !first) {
        report.skipped.push({ sku, reason: 'not-read' });
        continue;
      }
      const values: FieldValues = { productNumber: sku };
      const attributes: Record<string, string> = {};
      // The catalogue's own values come from the merchant's home market (France where enabled), else the first market held in their order.
      const main = markets.find((listing) => listing.country === home) ?? first;
      const shared = place(home ?? main.country);
      // The catalogue's title: the home market's, else the first title Back Market gave in the merchant's order.
      const titled = main.title.trim() !== '' ? main : (markets.find((listing) => listing.title.trim() !== '') ?? main);
      putValue(values, attributes, shared.title, 'title', titled.title);
      const titleColumn = (country: string): string => JSON.stringify(place(country).title);
      putTitles(markets, titled, (country, title) => putValue(values, attributes, place(country).title, 'title', title), titleColumn, titleColumn(home ?? main.country));
      if (main.productId) putValue(values, attributes, shared.product_id, 'product_id', main.productId);
      let condition = conditions.get(main.grade);
      if (condition === undefined) conditions.set(main.grade, (condition = conditionFor(context, main.grade)));
      putValue(values, attributes, shared.grade, 'grade', condition);
      putValue(values, attributes, shared.quantity, 'quantity', String(main.quantity));
      // The catalogue's price is in euros (the markets without a price of their own read it as such): only a euro price of
      // Back Market's is one, the home market's first. Held in pounds only, the product has no catalogue price, and a euro market says so.
      const inEuros = [main, ...markets].find((listing) => listing.currency === 'EUR' && Number(listing.price) > 0);
      if (inEuros) putValue(values, attributes, place(inEuros.country).price, 'price', inEuros.price);
      const prices = new Map<string, number>();
      placeMarketValues(values, attributes, markets, main, place, names);
      for (const listing of markets) {
        const price = Number(listing.price);
        if (price > 0) prices.set(listing.country, Math.round(price * 100));
      }
      imported.push(created.add(values, attributes, prices));
    }
    report.imported = imported.length;
    // What Back Market holds becomes the catalogue's: a value the mapping cannot hold (a fixed one) is not sent either.
    const productNumbers = imported.map((product) => product.productNumber);
    const adopted = adoptOffers(db, snapshot, productNumbers, now, { decideNew: 'backmarket', listings, products: imported });
    report.adopted = adopted.adopted;
    report.toReview = adopted.toReview + askToPublish(db, productNumbers, listings, countries);
  })();
  return report;
}

type Placed = 'title' | 'product_id' | 'grade' | 'quantity' | 'price' | 'comment' | 'warranty_delay';
type Places = Record<Placed, FieldSource | null>;

/** Where each field of a market's listing goes in the catalogue, looked up once per market rather than per listing. */
function placesOf(context: ValidationContext, countries: readonly string[]): (country: string) => Places {
  const fields: Placed[] = ['title', 'product_id', 'grade', 'quantity', 'price', 'comment', 'warranty_delay'];
  const places = new Map<string, Places>();
  const compute = (country: string): Places => {
    return Object.fromEntries(fields.map((field) => [field, sourceFor(context, field, country)])) as Places;
  };
  for (const country of countries) places.set(country, compute(country));
  return (country) => places.get(country) ?? compute(country);
}

/**
 * Each market's title where the catalogue keeps that market's (its language's title column, or what the mapping reads
 * there): only a market whose title is not the catalogue's own and that differs from it — no copy of the same text.
 */
function putTitles(
  markets: readonly SnapshotListing[],
  main: SnapshotListing,
  put: (country: string, title: string) => void,
  columnOf: (country: string) => string,
  catalogueColumn: string,
): void {
  // Markets of one language read one column: the first of them in the merchant's order fills it.
  const filled = new Set([catalogueColumn]);
  for (const listing of markets) {
    const column = columnOf(listing.country);
    if (listing === main || filled.has(column) || listing.title.trim() === '' || listing.title.trim() === main.title.trim()) continue;
    filled.add(column);
    put(listing.country, listing.title);
  }
}

/**
 * An imported product in an enabled market where Back Market held no listing of it: Back Market does not sell it there,
 * so the review asks whether to publish it there (field 'market'); the planner keeps it off until "Publish". Returns
 * the offers asked about.
 */
function askToPublish(db: Db, imported: readonly string[], listings: ReadonlyMap<string, readonly SnapshotListing[]>, countries: readonly string[]): number {
  const ask = db.prepare(
    "INSERT INTO account_reviews (product_number, country, field, backmarket, mine, decision, decided_at) VALUES (?, ?, 'market', '', '', NULL, NULL) ON CONFLICT DO NOTHING",
  );
  let asked = 0;
  for (const sku of imported) {
    const held = new Set((listings.get(sku) ?? []).map((listing) => listing.country));
    for (const country of countries) if (!held.has(country)) asked += ask.run(sku, country).changes;
  }
  return asked;
}
