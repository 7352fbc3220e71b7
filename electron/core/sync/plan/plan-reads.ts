// What the planner reads from SQLite: which offers may have something to send (the candidates), those offers' products,
// what Back Market last accepted for them per country, and the outbox. A sync after a day's edits reads a few hundred
// products, not the catalogue.
import type { ValidationContext, ValidationProduct } from '../../../../shared/validation';
import type { Db } from '../../db/connection';
import type { OutboxChange } from '../../db/outbox-repo';
import { validationProducts } from '../../mapping/validation-products';
import { skuKey } from '../../account/account-repo';

/** One row of listing_states, without accepted_values (read only for the offers that change). */
export interface ListingStateRow {
  product_number: string;
  country: string;
  sku: string;
  stock_hash: string;
  price_hash: string;
  content_hash: string;
  rejected_hash: string;
  listing_id: number | null;
  listing_uuid: string | null;
  status: string;
  none_source: string | null;
  /** Published with the merchant's change held back (1), else 0. */
  change_held: number;
  /** The open catalog task carrying this offer (its answer lost, or its report to read back): nothing is planned for it. */
  task: number | null;
}

export const stateKey = (productNumber: string, country: string) => `${productNumber}\u0000${country}`;

const IS_OFFER = 'NOT EXISTS (SELECT 1 FROM products c WHERE c.parent_id = p.id)';

/**
 * A row that needs no plan unless its product changes: accepted (all three hashes), or a verdict that stands until an
 * edit or a retry (held back by the pre-flight check, or refused by Back Market as it is). Migration 6's partial index
 * listing_states_settled has this very condition, so counting an offer's settled countries reads only that index.
 */
const SETTLED = `((s.stock_hash != '' AND s.price_hash != '' AND s.content_hash != '')
                  OR (s.status = 'none' AND (s.none_source = 'preflight' OR s.rejected_hash != '')))`;

type Candidate = { id: number; productNumber: string };

/**
 * The offers a plan looks at: every product in the outbox (an edit, an import, a mapping change, a retry or a take
 * offline all mark it), and every offer with an enabled country whose row is missing (never synced, a country just
 * enabled) or not settled (a hash cleared because Back Market's copy changed elsewhere, a refusal retried). 'all' on the
 * first sync in these countries.
 */
export function candidateOffers(db: Db, countries: readonly string[]): Candidate[] | 'all' {
  const countryList = JSON.stringify(countries);
  const synced = db.prepare('SELECT EXISTS (SELECT 1 FROM listing_states WHERE country IN (SELECT value FROM json_each(?)))').pluck().get(countryList) as number;
  // The first sync: every offer is a candidate, and listing their ids would only cost time.
  if (!synced) return 'all';
  return db
    .prepare(
      `SELECT p.id, p.product_number AS productNumber FROM products p WHERE ${IS_OFFER} AND (
         SELECT count(*) FROM listing_states s INDEXED BY listing_states_settled
          WHERE s.product_number = p.product_number AND +s.country IN (SELECT value FROM json_each(@countries)) AND ${SETTLED}) < @countryCount
       UNION
       SELECT p.id, p.product_number FROM outbox o JOIN products p ON p.product_number = o.product_number WHERE ${IS_OFFER}
       UNION
       -- Held back although Back Market holds the listing (an accepted state): looked at again, as its standing may have been
       -- recorded for product-creation fields an update does not need (restored to what Back Market holds when it is ready).
       SELECT p.id, p.product_number FROM listing_states s INDEXED BY listing_states_country_status JOIN products p ON p.product_number = s.product_number
        WHERE s.country IN (SELECT value FROM json_each(@countries)) AND s.status = 'none' AND s.none_source = 'preflight' AND s.content_hash <> '' AND ${IS_OFFER}
       UNION
       -- Recorded as held back in a market the merchant has since chosen to keep the product off: looked at again, so the
       -- record goes (a dry run may have recorded the hold before the choice was made).
       SELECT p.id, p.product_number FROM account_reviews r JOIN listing_states s ON s.product_number = r.product_number AND s.country = r.country
         JOIN products p ON p.product_number = r.product_number
        WHERE r.field = 'market' AND r.decision = 'backmarket' AND r.country IN (SELECT value FROM json_each(@countries))
          AND s.status = 'none' AND s.none_source = 'preflight' AND s.content_hash = '' AND ${IS_OFFER}
       UNION
       -- Published with the merchant's change held back: looked at again, so it is restored once ready.
       SELECT p.id, p.product_number FROM listing_states s INDEXED BY listing_states_change_held JOIN products p ON p.product_number = s.product_number
        WHERE s.change_held = 1 AND s.country IN (SELECT value FROM json_each(@countries)) AND ${IS_OFFER}
       ORDER BY 1`,
    )
    .all({ countries: countryList, countryCount: new Set(countries).size }) as Candidate[];
}

/** Offers held back in one market: how many, those of them whose listing Back Market holds, those in a market never read. */
export interface HeldCount {
  offers: number;
  onBackMarket: number;
  notRead: number;
}

/**
 * Per market, the offers recorded as held back (None · held back, or published with a change held back) of the products a
 * plan did not look at: they stay held, so the dry run counts them with the plan's own — with those Back Market holds
 * (published, or a listing it gave an id) and those held until the market's listings are read.
 */
export function heldOutside(db: Db, countries: readonly string[], planned: readonly string[]): Map<string, HeldCount> {
  const rows = db
    .prepare(
      `SELECT s.country, count(*) AS offers,
          coalesce(sum(s.status = 'published' OR (s.task IS NULL AND (s.content_hash <> '' OR s.listing_id IS NOT NULL OR s.listing_uuid IS NOT NULL))), 0) AS onBackMarket,
          coalesce(sum(s.status = 'none' AND s.error_said LIKE '%"problem.accountNotRead"%'), 0) AS notRead
        FROM listing_states s JOIN products p ON p.product_number = s.product_number
        WHERE s.country IN (SELECT value FROM json_each(@countries)) AND ((s.status = 'none' AND s.none_source = 'preflight') OR (s.status = 'published' AND s.change_held = 1))
          AND ${IS_OFFER} AND s.product_number NOT IN (SELECT value FROM json_each(@planned)) GROUP BY 1`,
    )
    .all({ countries: JSON.stringify(countries), planned: JSON.stringify(planned) }) as ({ country: string } & HeldCount)[];
  return new Map(rows.map(({ country, ...count }) => [country, count]));
}

/** The states of these products (all rows of the enabled countries for 'all', or when most products are asked for). */
export function listingStates(db: Db, productNumbers: readonly string[] | 'all', countries: readonly string[]): Map<string, ListingStateRow> {
  const columns = 'product_number, country, sku, stock_hash, price_hash, content_hash, rejected_hash, listing_id, listing_uuid, status, none_source, change_held, task';
  const countryList = JSON.stringify(countries);
  const states = new Map<string, ListingStateRow>();
  const add = (rows: ListingStateRow[]) => {
    for (const row of rows) states.set(stateKey(row.product_number, row.country), row);
  };
  if (productNumbers === 'all' || productNumbers.length > (db.prepare('SELECT count(*) FROM products').pluck().get() as number) / 4) {
    add(db.prepare(`SELECT ${columns} FROM listing_states WHERE country IN (SELECT value FROM json_each(?))`).all(countryList) as ListingStateRow[]);
    return states;
  }
  const some = db.prepare(
    `SELECT ${columns} FROM listing_states WHERE product_number IN (SELECT value FROM json_each(?)) AND country IN (SELECT value FROM json_each(?))`,
  );
  for (let start = 0; start < productNumbers.length; start += 5000) add(some.all(JSON.stringify(productNumbers.slice(start, start + 5000)), countryList) as ListingStateRow[]);
  return states;
}

/** The values Back Market last accepted for an offer (CSV column -> cell), for the dry run's "before". */
export function acceptedValuesReader(db: Db): (productNumber: string, country: string) => Record<string, string> {
  const select = db.prepare('SELECT accepted_values FROM listing_states WHERE product_number = ? AND country = ?').pluck();
  return (productNumber, country) => {
    const json = select.get(productNumber, country) as string | undefined;
    return json ? (JSON.parse(json) as Record<string, string>) : {};
  };
}

/** An outbox entry as the planner reads it: the kind of change and the markets it concerns (null: every market). */
export interface OutboxMark {
  change: OutboxChange;
  countries: readonly string[] | null;
}

/**
 * The outbox by product. The planner plans every offer of these products in every market whatever the markets: the
 * hashes decide what is sent. The markets only say which offers the change is counted as waiting for (and are narrowed
 * to those the plan sends in).
 */
export function outboxChanges(db: Db): Map<string, OutboxMark> {
  const rows = db.prepare('SELECT product_number, change, countries FROM outbox').all() as { product_number: string; change: OutboxChange; countries: string | null }[];
  return new Map(rows.map((row) => [row.product_number, { change: row.change, countries: row.countries === null ? null : (JSON.parse(row.countries) as string[]) }]));
}

/** An offer to plan: its id, product number and, when the readiness cache is read, its stored ready mask if still fresh. */
export type OfferRow = [id: number, productNumber: string, ready: number | null];

/**
 * The offers to plan ('all': every offer), in id order. With `readiness`, each row carries the cached ready_mask when it
 * was checked at this version of the product (else null): a first sync then reads in full only the products it must
 * validate or hash, not the ready ones it only counts.
 */
export function offerRows(db: Db, ids: readonly number[] | 'all', readiness: boolean): OfferRow[] {
  const ready = readiness ? 'CASE WHEN r.checked_version = p.updated_at THEN r.ready_mask END' : 'NULL';
  const join = readiness ? 'LEFT JOIN product_readiness r ON r.product_id = p.id' : '';
  if (ids === 'all') {
    return db.prepare(`SELECT p.id, p.product_number, ${ready} FROM products p ${join} WHERE ${IS_OFFER} ORDER BY p.id`).raw().all() as OfferRow[];
  }
  const some = db.prepare(`SELECT p.id, p.product_number, ${ready} FROM products p ${join} WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id`).raw();
  const rows: OfferRow[] = [];
  for (let start = 0; start < ids.length; start += 5000) rows.push(...(some.all(JSON.stringify(ids.slice(start, start + 5000))) as OfferRow[]));
  // Batches of ids in order give rows in order only when the ids were sorted; candidateOffers sorts them.
  return rows;
}

/** These products in id order, with the columns the mapping uses and the stored prices. */
export function offerProducts(db: Db, context: ValidationContext, ids: readonly number[]): Iterable<ValidationProduct> {
  return validationProducts(db, { attributes: context.usesAttributes, countryPrices: true, fields: context.productFields }, ids);
}

/**
 * The markets the merchant chose to keep an imported product off ("Publish in this market?" → Keep off), as planner keys:
 * nothing is created there, and the offer is neither pending nor held back there — off by the merchant's choice.
 */
export function offByChoice(db: Db): Set<string> {
  const rows = db.prepare("SELECT product_number, country FROM account_reviews WHERE field = 'market' AND decision = 'backmarket'").raw().all() as [string, string][];
  return new Set(rows.map(([productNumber, country]) => stateKey(productNumber, country)));
}

/**
 * The offers a plan does not look at because nothing of theirs changed (every hash accepted, no task open), in these
 * countries: they count as unchanged beside those the plan compared. `looked` are the ids of the plan's candidates.
 */
export function settledUnchanged(db: Db, countries: readonly string[], looked: readonly number[]): number {
  return db
    .prepare(
      `SELECT count(*) FROM listing_states s JOIN products p ON p.product_number = s.product_number
        WHERE s.country IN (SELECT value FROM json_each(?)) AND s.status = 'published' AND s.task IS NULL
          AND s.stock_hash != '' AND s.price_hash != '' AND s.content_hash != '' AND ${IS_OFFER}
          AND p.id NOT IN (SELECT value FROM json_each(?))`,
    )
    .pluck()
    .get(JSON.stringify(countries), JSON.stringify(looked)) as number;
}

/**
 * Back Market's own spelling of a SKU it holds, as the account read found it (the SKU as given when it holds none): every
 * line of an offer it holds goes with it, as a Back Market that tells case apart would otherwise create a second offer.
 * Read at the first SKU asked, in one query, and only when the account was read.
 */
export function backMarketSpelling(db: Db): (sku: string) => string {
  let spelled: Map<string, string> | undefined;
  let exact: Set<string> | undefined;
  return (sku) => {
    if (!spelled || !exact) {
      spelled = new Map();
      exact = new Set(db.prepare('SELECT DISTINCT sku FROM account_listings').pluck().all() as string[]);
      for (const held of exact) if (!spelled.has(skuKey(held))) spelled.set(skuKey(held), held);
    }
    // A SKU Back Market holds as it is spelled stays so, even where it holds another in another case.
    return spelled.size === 0 || exact.has(sku) ? sku : (spelled.get(skuKey(sku)) ?? sku);
  };
}

/**
 * Whether an offer Back Market holds was taken over from the account (imported or matched by SKU) rather than created by
 * Refurb Desk: the account read found its listing in that market, and Refurb Desk never sent it a new-offer line
 * (sync_task_lines keeps every line sent). Its product sheet is then Back Market's. Asked only for offers whose content
 * changed.
 */
export function takenOverReader(db: Db): (state: { product_number: string; country: string; sku: string }) => boolean {
  const select = db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM account_listings WHERE country = @country AND sku = @sku COLLATE NOCASE)
          AND NOT EXISTS (SELECT 1 FROM sync_task_lines WHERE product_number = @productNumber AND country = @country AND kind = 'new')`,
    )
    .pluck();
  return (state) => select.get({ productNumber: state.product_number, country: state.country, sku: state.sku }) === 1;
}

/** What the account read shows of a listing in one market beside its offer values: its product id and title. */
export function backMarketListingReader(db: Db): (sku: string, country: string) => { product_id: string; title: string } | undefined {
  const select = db.prepare('SELECT product_id, title FROM account_listings WHERE country = ? AND sku = ?');
  return (sku, country) => select.get(country, sku) as { product_id: string; title: string } | undefined;
}
