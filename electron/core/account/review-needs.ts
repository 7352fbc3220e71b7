// What a choice of the catalogue's value ("Keep mine", "Publish") still needs before the sync can send it, as the
// catalogue and the mapping stand: the pre-flight check's problems for the offer in that market (the planner holds the
// whole offer back for any of them: no price there, a required field not mapped…), a comment or warranty the mapping
// does not read (nothing is sent, Back Market keeps its own), and for "Publish" a title that is another market's, in
// that market's language. The review says it beside the choice, and the decision's report says it after.
import type { ReviewField, ReviewHeldChoice, ReviewKind, ReviewNeed } from '../../../shared/account';
import type { Problem } from '../../../shared/mapping';
import { compileContext, problemsByCountry, type MappingSnapshot, type ValidationContext, type ValidationProduct } from '../../../shared/validation';
import type { Db } from '../db/connection';
import { compileOfferRules, type OfferRules } from '../sync/plan/offer-cells';
import { countryCells, offerValues, productCells } from '../sync/plan/offer-intent';
import { offerProducts } from '../sync/plan/plan-reads';
import { snapshotOf, type SnapshotListing } from './account-repo';
import { gridPriceMarkets } from './kept-prices';

export interface ReviewKey {
  productNumber: string;
  country: string;
  field: ReviewKind;
  /** The catalogue's value ("Keep mine"), where known: a price kept goes into an empty box of the price grid. */
  mine?: string;
}

/** Fields the mapping may leave unmapped: the sync then sends none, and Back Market keeps what it holds. */
const OPTIONAL: ReadonlySet<ReviewKind> = new Set(['comment', 'warranty_delay']);

/** How many held choices a decision's report lists (a "… for all" may decide thousands: the count says the rest). */
export const HELD_LISTED = 20;

export interface ReviewNeeds {
  /** The catalogue product's id (0 when it is gone). */
  productIdOf(productNumber: string): number;
  needsOf(key: ReviewKey): ReviewNeed[];
}

export function reviewNeeds(db: Db, snapshot: MappingSnapshot, keys: readonly ReviewKey[], countries: readonly string[]): ReviewNeeds {
  const context = compileContext(snapshot);
  const productNumbers = [...new Set(keys.map((key) => key.productNumber))];
  const ids = new Map(
    (db.prepare('SELECT product_number, id FROM products WHERE product_number IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(productNumbers)) as [string, number][]).map(
      ([productNumber, id]) => [productNumber, id],
    ),
  );
  const listings = snapshotOf(db, productNumbers, countries);
  const gridMarkets = new Set(gridPriceMarkets(snapshot, countries));
  const keptPrice = keptPrices(db, productNumbers, listings, gridMarkets);
  const products = new Map<string, { product: ValidationProduct; problems: Map<string, Problem[]> }>();
  for (const product of offerProducts(db, context, [...ids.values()].sort((a, b) => a - b))) {
    // Where Back Market holds the listing only what updating it needs is checked, as the planner does.
    const heldIn = new Set((listings.get(product.productNumber) ?? []).map((listing) => listing.country));
    const problems = new Map(problemsByCountry(product, context, 'offer', heldIn).map((entry) => [entry.country, entry.problems]));
    products.set(product.productNumber, { product, problems });
  }
  let rules: OfferRules | undefined;
  const titleSent = (product: ValidationProduct, country: string): string => {
    rules ??= compileOfferRules(context);
    const marketRules = rules.countries.find((entry) => entry.code === country);
    if (!marketRules) return '';
    const cells = productCells(product, rules);
    return (offerValues(rules.base, cells, countryCells(cells, marketRules)).title ?? '').trim();
  };

  return {
    productIdOf: (productNumber) => ids.get(productNumber) ?? 0,
    needsOf(key) {
      const entry = products.get(key.productNumber);
      if (!entry) return [];
      const problems = entry.problems.get(key.country) ?? [];
      const needs: ReviewNeed[] = [];
      const seen = new Set<string>();
      // "Keep mine" writes the catalogue's price into the market's empty box of the price grid (kept-prices.ts): the
      // missing price there is no need of that choice. The offer's other rows wait on the same take-over, which writes
      // the price its own row keeps: no need of theirs either, unless that price is none.
      const fillsGrid = gridMarkets.has(key.country) && (key.field === 'price' ? (key.mine ?? '') !== '' : keptPrice(key.productNumber, key.country));
      // The row's own field first: it is what the merchant is deciding about.
      for (const problem of [...problems.filter((item) => item.field === key.field), ...problems.filter((item) => item.field !== key.field)]) {
        if (fillsGrid && problem.field === 'price' && problem.code === 'required-missing') continue;
        const said = JSON.stringify(problem.said);
        if (seen.has(said)) continue;
        seen.add(said);
        needs.push({ kind: 'problem', said: problem.said, fix: problem.fix });
      }
      if (OPTIONAL.has(key.field) && !mappedIn(snapshot, key.field, key.country) && !problems.some((item) => item.field === key.field)) {
        needs.unshift({ kind: 'not-mapped', field: key.field as ReviewField });
      }
      if (key.field === 'market') {
        const other = otherLanguageTitle(context, listings.get(key.productNumber) ?? [], key.country, titleSent(entry.product, key.country));
        if (other) needs.push({ kind: 'title-language', market: other.country, language: languageOf(context, other.country), wanted: languageOf(context, key.country) });
      }
      return needs;
    },
  };
}

/**
 * Whether the take-over of the offer writes a price into the market's empty box of the price grid (kept-prices.ts): the
 * one its price row keeps (the catalogue's unless "keep Back Market's" was chosen), or, with no price row, the price Back
 * Market holds and the catalogue agrees with. Markets reading the price grid, where Back Market holds the listing.
 */
function keptPrices(db: Db, productNumbers: readonly string[], listings: ReadonlyMap<string, readonly SnapshotListing[]>, gridMarkets: ReadonlySet<string>): (productNumber: string, country: string) => boolean {
  const rows = new Map<string, { backmarket: string; mine: string; decision: string | null }>();
  if (gridMarkets.size > 0 && productNumbers.length > 0) {
    const read = db
      .prepare("SELECT product_number, country, backmarket, mine, decision FROM account_reviews WHERE field = 'price' AND product_number IN (SELECT value FROM json_each(?))")
      .all(JSON.stringify(productNumbers)) as { product_number: string; country: string; backmarket: string; mine: string; decision: string | null }[];
    for (const row of read) rows.set(`${row.product_number}\u0000${row.country}`, row);
  }
  return (productNumber, country) => {
    if (!gridMarkets.has(country) || !(listings.get(productNumber) ?? []).some((listing) => listing.country === country)) return false;
    const row = rows.get(`${productNumber}\u0000${country}`);
    if (!row) return true;
    return (row.decision === 'backmarket' ? row.backmarket : row.mine).trim() !== '';
  };
}

/** Whether the merchant mapped this field for the market (its own source, or the one every market shares). */
const mappedIn = (snapshot: MappingSnapshot, field: string, country: string): boolean =>
  snapshot.fields.some((entry) => entry.backMarketField === field && (entry.country === country || entry.country === '') && entry.source !== null);

const languageOf = (context: ValidationContext, country: string): string => context.countries.find((entry) => entry.country.code === country)?.country.language ?? country.slice(0, 2);

/** The listing of another language whose title is the one this market would be sent (an import took it from there). */
function otherLanguageTitle(context: ValidationContext, listings: readonly SnapshotListing[], country: string, title: string): SnapshotListing | undefined {
  if (title === '') return undefined;
  const language = languageOf(context, country);
  return listings.find((listing) => listing.country !== country && languageOf(context, listing.country) !== language && listing.title.trim() === title);
}

/** Quantity and grade belong to the listing, shared by all its markets: one choice for all of them. */
const SHARED: ReadonlySet<ReviewKind> = new Set(['quantity', 'grade']);

/**
 * The choices of the catalogue's value among these that the sync cannot send yet (a shared field once per product, its
 * markets named), the first HELD_LISTED of them, and how many.
 */
export function heldChoices(db: Db, snapshot: MappingSnapshot, chosen: readonly ReviewKey[], countries: readonly string[]): { held: ReviewHeldChoice[]; heldCount: number } {
  if (chosen.length === 0) return { held: [], heldCount: 0 };
  const needs = reviewNeeds(db, snapshot, chosen, countries);
  const choices = new Map<string, ReviewHeldChoice & { said: Set<string> }>();
  for (const key of chosen) {
    const found = needs.needsOf(key);
    if (found.length === 0) continue;
    const id = SHARED.has(key.field) ? `${key.productNumber}\u0000${key.field}` : `${key.productNumber}\u0000${key.country}\u0000${key.field}`;
    const choice = choices.get(id);
    if (!choice) {
      choices.set(id, { productNumber: key.productNumber, productId: needs.productIdOf(key.productNumber), country: key.country, countries: [key.country], field: key.field, needs: found, said: new Set(found.map((need) => JSON.stringify(need))) });
      continue;
    }
    choice.countries.push(key.country);
    for (const need of found) {
      const said = JSON.stringify(need);
      if (choice.said.has(said)) continue;
      choice.said.add(said);
      choice.needs.push(need);
    }
  }
  const held = [...choices.values()].slice(0, HELD_LISTED).map(({ said: _said, ...choice }) => choice);
  return { held, heldCount: choices.size };
}
