// Imports listings Back Market holds and the catalogue does not as catalogue products, in one transaction: SKU, Back
// Market product id, grade, quantity, title from the listing, the price of each market in the price matrix, comment and
// warranty where the mapping reads them. Their offers are then adopted (adopt.ts): the first sync sends nothing for them
// unless the mapping gives other values than Back Market holds (those wait for the review).
import type { AccountImportReport, ImportAttributeNames } from '../../../shared/account';
import { compileContext, type MappingSnapshot } from '../../../shared/validation';
import type { Db } from '../db/connection';
import type { FieldValues } from '../db/product-columns';
import { upsertParams, upsertStatement } from '../db/products-repo';
import { skuKey, snapshotOf, type SnapshotListing } from './account-repo';
import { adoptOffers } from './adopt';
import { conditionFor, putValue, sourceFor } from './catalogue-writes';

export function importListings(db: Db, snapshot: MappingSnapshot, skus: readonly string[], now: string, names?: ImportAttributeNames): AccountImportReport {
  const report: AccountImportReport = { imported: 0, adopted: 0, toReview: 0, skipped: [] };
  const context = compileContext(snapshot);
  const countries = snapshot.countries.map((country) => country.code);
  const wanted = [...new Set(skus)];
  // Back Market matches SKUs whatever their case: 'ip13-1' on Back Market is the catalogue's 'IP13-1', never a second product.
  const inCatalogue = new Set(
    (db.prepare('SELECT product_number FROM products WHERE product_number COLLATE NOCASE IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(wanted)) as string[]).map(skuKey),
  );
  // Prepared once: an import writes tens of thousands of products and their prices.
  const upsert = upsertStatement(db);
  const idOf = db.prepare('SELECT id FROM products WHERE product_number = ?').pluck();
  const storePrice = db.prepare(
    'INSERT INTO country_prices (product_id, country, price_cents) VALUES (?, ?, ?) ON CONFLICT(product_id, country) DO UPDATE SET price_cents = excluded.price_cents',
  );
  db.transaction(() => {
    const listings = snapshotOf(db, wanted, countries);
    const imported: string[] = [];
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
      const shared = first.country;
      putValue(values, attributes, sourceFor(context, 'title', shared), 'title', first.title);
      if (first.productId) putValue(values, attributes, sourceFor(context, 'product_id', shared), 'product_id', first.productId);
      putValue(values, attributes, sourceFor(context, 'grade', shared), 'grade', conditionFor(context, first.grade));
      putValue(values, attributes, sourceFor(context, 'quantity', shared), 'quantity', String(first.quantity));
      // The catalogue's price is in euros (the markets without a price of their own read it as such): only a euro price of
      // Back Market's is one. Held in pounds only, the product has no catalogue price, and a euro market says so.
      const inEuros = markets.find((listing) => listing.currency === 'EUR' && Number(listing.price) > 0);
      if (inEuros) putValue(values, attributes, sourceFor(context, 'price', inEuros.country), 'price', inEuros.price);
      for (const listing of markets) {
        if (listing.comment) putValue(values, attributes, sourceFor(context, 'comment', listing.country), 'comment', listing.comment, names);
        if (listing.warrantyDelay !== null) putValue(values, attributes, sourceFor(context, 'warranty_delay', listing.country), 'warranty_delay', String(listing.warrantyDelay), names);
      }
      upsert.run(upsertParams(values, attributes, now));
      const id = idOf.get(sku) as number;
      for (const listing of markets) if (Number(listing.price) > 0) storePrice.run(id, listing.country, Math.round(Number(listing.price) * 100));
      imported.push(sku);
    }
    report.imported = imported.length;
    // What Back Market holds becomes the catalogue's: a value the mapping cannot hold (a fixed one) is not sent either.
    const adopted = adoptOffers(db, snapshot, imported, now, { decideNew: 'backmarket', listings });
    report.adopted = adopted.adopted;
    report.toReview = adopted.toReview + askToPublish(db, imported, listings, countries);
  })();
  return report;
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
