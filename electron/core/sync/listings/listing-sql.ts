// The listed-products grid as SQL: every offer (a product without variations) in every enabled country, left-joined to
// what the sync recorded for it. The rows are virtual (products x countries), so nothing is stored twice and the grid is
// right offline too.
import type { z } from 'zod';
import { productQuerySchema } from '../../../../shared/catalogue';
import type { MarketCountry } from '../../../../shared/mapping';
import { catalogueLanguageOf, contentColumn } from '../../../../shared/market-language';
import type { listingQuerySchema } from '../../../../shared/sync';
import { rowConditions } from '../../db/products-repo';
import { CHANGE_WAITS_SQL, HELD_SQL, KEPT_OFF_SQL, STANDING_SQL } from './standing-sql';
import { PRICE_SQL, type PriceColumn } from './market-price';

export type ParsedListingQuery = z.output<typeof listingQuerySchema>;
export type SqlParams = Record<string, string | number>;

export const IS_OFFER = 'NOT EXISTS (SELECT 1 FROM products c WHERE c.parent_id = p.id)';

/**
 * The stored status, else pending when a change waits in the outbox for this market (not one kept off by choice), else
 * not sent.
 */
export const STATUS_SQL = `coalesce(s.status, CASE WHEN NOT ${CHANGE_WAITS_SQL} OR ${KEPT_OFF_SQL} THEN 'not-sent' ELSE 'pending' END)`;

/**
 * The offers a change waits for, as the header, Home and the Listings grid's "Pending" filter count them (one set, so
 * the header's link opens as many rows as it says): pending and not sent yet (no task open: those are "not answered"),
 * or on Back Market with a change of the catalogue's waiting in the outbox. Held back and refused offers are counted
 * apart, and also here once a change of theirs waits (the merchant's fix goes with the next sync, which checks it
 * again); a market kept off by the merchant's choice is not waiting. The outbox keeps only changes whose next sync sends
 * something (the dry run settles the others), so a mapping change that changes nothing raises nothing. A change counts only
 * in the markets it concerns (a price of the price grid is one market's), and the dry run narrows an entry to the markets
 * its next sync sends lines in, so the count is the plan's offers.
 */
export const WAITING_SQL = `(s.task IS NULL AND (s.status = 'pending' OR (${CHANGE_WAITS_SQL} AND (s.status IN ('published', 'none') OR (s.status IS NULL AND NOT ${KEPT_OFF_SQL})))))`;

/** The grade the offer carries: the condition through the merchant's value map, or the condition when it is a grade. */
export const GRADE_SQL = `coalesce(g.target, CASE WHEN p.condition IN ('PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE') THEN p.condition END, '')`;

/**
 * The enabled countries (or the one filtered on) as a table with their order and currency, and where each reads its
 * price besides the price grid (`prices`, market-price.ts; none given: no other source) and its own title (`titles`:
 * the free column the mapping reads a market's title from; none given: its language's column, title_de).
 */
export function countriesTable(
  countries: readonly MarketCountry[],
  only: string | undefined,
  params: SqlParams,
  prices?: ReadonlyMap<string, PriceColumn>,
  titles?: ReadonlyMap<string, string>,
): string {
  const shown = countries.map((country, position) => ({ ...country, position })).filter((country) => only === undefined || country.code === only);
  if (shown.length === 0) return "SELECT NULL AS code, 0 AS position, NULL AS currency, NULL AS title_path, 'none' AS price_from, '' AS price_arg WHERE 0";
  const catalogueLanguage = catalogueLanguageOf(countries);
  return shown
    .map((country, index) => {
      params[`country${index}`] = country.code;
      params[`currency${index}`] = country.currency;
      // A market of another language than the catalogue's reads its own title column first (title_de, or the column the
      // mapping names for it, as the sync does): the JSON path to it, '' where the market reads the catalogue's title.
      params[`titlePath${index}`] = country.language === catalogueLanguage ? '' : jsonPath(titles?.get(country.code) ?? contentColumn('title', country.language));
      const price = prices?.get(country.code) ?? { from: 'none', arg: '' };
      params[`priceFrom${index}`] = price.from;
      params[`priceArg${index}`] = price.arg;
      return `SELECT @country${index} AS code, ${country.position} AS position, @currency${index} AS currency, @titlePath${index} AS title_path, @priceFrom${index} AS price_from, @priceArg${index} AS price_arg`;
    })
    .join(' UNION ALL ');
}

/** The JSON path of a free column in products.attributes. */
export const jsonPath = (column: string): string => `$."${column.replace(/["\\]/g, (char) => `\\${char}`)}"`;

/** The market's own title where it reads a title column of its language (title_de) and the product has one (SQL over p and k). */
export const OWN_TITLE_SQL = "CASE WHEN k.title_path <> '' THEN nullif(trim(json_extract(p.attributes, k.title_path)), '') END";

/**
 * The title Back Market's listing shows in the row's market, as the account read saw it (in that market's language),
 * NULL when not read (SQL over p, s and k: a correlated read, for the rows of a page only).
 */
export const ACCOUNT_TITLE_SQL = `(SELECT nullif(trim(a.title), '') FROM account_listings a WHERE a.country = k.code AND a.sku = coalesce(s.sku, p.product_number) COLLATE NOCASE)`;

/**
 * The joins, product-level ones first: SQLite evaluates a condition at the innermost table it names, so the category,
 * grade and search filters run once per product, not once per product and country.
 */
export function fromSql(table: string): string {
  return `FROM products p
  LEFT JOIN value_maps g ON g.map = 'condition' AND g.merchant_value = p.condition
  LEFT JOIN outbox o ON o.product_number = p.product_number
  CROSS JOIN (${table}) k
  LEFT JOIN listing_states s ON s.product_number = p.product_number AND s.country = k.code
  LEFT JOIN country_prices cp ON cp.product_id = p.id AND cp.country = k.code`;
}

/** True when a filter needs the offer's state in a country, not only its product. */
export const filtersOnState = (query: ParsedListingQuery): boolean => Boolean(query.status || query.standing || query.error?.trim() || query.backbox);

/** The offer's last BackBox read (electron/core/backbox): 1 winning, 0 losing, NULL never read. */
const BACKBOX_SQL = '(SELECT b.is_winning FROM backbox_reads b WHERE b.product_number = p.product_number AND b.country = k.code)';
const BACKBOX_FILTER = { winning: `${BACKBOX_SQL} = 1`, losing: `${BACKBOX_SQL} = 0`, 'not-read': `${BACKBOX_SQL} IS NULL` } as const;

/** The WHERE conditions of the grid's filters (the country filter is applied by the countries table). */
export function filterConditions(query: ParsedListingQuery, params: SqlParams): string[] {
  const conditions = [IS_OFFER];
  if (query.search?.trim()) conditions.push(...rowConditions(productQuerySchema.parse({ search: query.search }), 'p', params));
  if (query.status) {
    if (query.status !== 'pending') params.status = query.status;
    // Published and None are only ever stored: an indexable test on the stored status.
    conditions.push(query.status === 'published' || query.status === 'none' ? 's.status = @status' : query.status === 'pending' ? WAITING_SQL : `${STATUS_SQL} = @status`);
  }
  if (query.standing === 'held-back') {
    // Held back also takes in the published offers whose change is held back: the header's count, and its link.
    conditions.push(HELD_SQL);
  } else if (query.standing) {
    params.standing = query.standing;
    conditions.push(`${STANDING_SQL} = @standing`);
  }
  if (query.error?.trim()) {
    params.error = `%${query.error.trim().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    // Only an offer that is None has a reason.
    conditions.push(`s.status = 'none' AND s.error LIKE @error ESCAPE '\\'`);
  }
  if (query.category) {
    params.category = query.category;
    conditions.push('p.category = @category');
  }
  if (query.grade) {
    params.grade = query.grade;
    conditions.push(`${GRADE_SQL} = @grade`);
  }
  if (query.backbox) conditions.push(BACKBOX_FILTER[query.backbox]);
  return conditions;
}

const SORTS: Record<ParsedListingQuery['sort'], string> = {
  sku: 'coalesce(s.sku, p.product_number)',
  title: 'p.title',
  country: 'k.position',
  status: STATUS_SQL,
  price: PRICE_SQL,
  quantity: 'p.stock',
  lastSync: 's.last_sync_at',
};

/** The order: the chosen column, empty values last, then product number and country so a page is stable. */
export function orderSql(query: ParsedListingQuery): string {
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  if (query.sort === 'sku') return `ORDER BY p.product_number ${direction}, k.position`;
  return `ORDER BY ${SORTS[query.sort]} ${direction} NULLS LAST, p.product_number, k.position`;
}
