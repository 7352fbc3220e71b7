// The BackBox tables: which listings a refresh reads, what each read said per offer, the settings, and the price changes.
import { DEFAULT_BACKBOX_SETTINGS, type BackboxSettings, type BackboxStanding, type PriceChange } from '../../../shared/backbox';
import { MARKETS } from '../../../shared/connection';
import type { Db } from '../db/connection';

/** A listing on sale, and the offers (product x country) it carries: one BackBox call reads all of its markets. */
export interface ListingToRead {
  listingUuid: string;
  offers: { productNumber: string; country: string; priceHash: string }[];
}

interface StateRow {
  listing_uuid: string;
  product_number: string;
  country: string;
  price_hash: string;
}

// On sale: Published and online (publication_state 2) in that country, with the listing's UUID known.
const ON_SALE = `s.status = 'published' AND s.publication_state = 2 AND s.listing_uuid IS NOT NULL`;

function group(rows: StateRow[]): ListingToRead[] {
  const byUuid = new Map<string, ListingToRead>();
  for (const row of rows) {
    const uuid = row.listing_uuid.toLowerCase();
    const listing = byUuid.get(uuid) ?? { listingUuid: uuid, offers: [] };
    listing.offers.push({ productNumber: row.product_number, country: row.country, priceHash: row.price_hash });
    byUuid.set(uuid, listing);
  }
  return [...byUuid.values()];
}

/** The listings on sale in the countries sold in; `only` narrows them to some offers (a selection). */
export function listingsOnSale(db: Db, countries: readonly string[], only?: readonly { productId: number; country: string }[]): ListingToRead[] {
  const rows = db
    .prepare(
      `SELECT s.listing_uuid, s.product_number, s.country, s.price_hash FROM listing_states s
        WHERE ${ON_SALE} AND s.country IN (SELECT value FROM json_each(@countries))
        ORDER BY s.listing_uuid, s.country`,
    )
    .all({ countries: JSON.stringify(countries) }) as StateRow[];
  if (!only) return group(rows);
  const numbers = new Map<number, string>();
  const ids = [...new Set(only.map((offer) => offer.productId))];
  for (const row of db.prepare('SELECT id, product_number FROM products WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: number; product_number: string }[]) numbers.set(row.id, row.product_number);
  const wanted = new Set(only.map((offer) => `${numbers.get(offer.productId) ?? ''}|${offer.country}`));
  // A listing is read whole (every market), so a selected offer brings its listing.
  const uuids = new Set(rows.filter((row) => wanted.has(`${row.product_number}|${row.country}`)).map((row) => row.listing_uuid));
  return group(rows.filter((row) => uuids.has(row.listing_uuid)));
}

/** The listings with an offer never read, or whose accepted price changed since it was read. */
export function listingsWithNewPrice(db: Db, countries: readonly string[]): ListingToRead[] {
  const rows = db
    .prepare(
      `SELECT s.listing_uuid, s.product_number, s.country, s.price_hash FROM listing_states s
         LEFT JOIN backbox_reads r ON r.product_number = s.product_number AND r.country = s.country
        WHERE ${ON_SALE} AND s.country IN (SELECT value FROM json_each(@countries))
          AND (r.product_number IS NULL OR r.price_hash != s.price_hash)
        ORDER BY s.listing_uuid, s.country`,
    )
    .all({ countries: JSON.stringify(countries) }) as StateRow[];
  const uuids = new Set(rows.map((row) => row.listing_uuid));
  return listingsOnSale(db, countries).filter((listing) => uuids.has(listing.listingUuid));
}

/** The market code (fr-fr) of a contract MarketCode (FR); undefined for a market the app does not sell in. */
const countryOfMarket = new Map(MARKETS.map((market) => [market.country, market.code]));
export const countryOf = (marketCode: string): string | undefined => countryOfMarket.get(marketCode.toUpperCase());

export interface OfferRead {
  country: string;
  isWinning: boolean;
  priceCents: number;
  minPriceCents: number | null;
  priceToWinCents: number;
  winnerPriceCents: number | null;
  currency: string;
}

/** Records one listing's read: each market answered for an offer of the listing replaces that offer's standing. */
export function saveRead(db: Db, listing: ListingToRead, reads: readonly OfferRead[], readAt: string): number {
  const upsert = db.prepare(
    `INSERT INTO backbox_reads (product_number, country, listing_uuid, is_winning, price_cents, min_price_cents, price_to_win_cents, winner_price_cents, currency, price_hash, read_at)
     VALUES (@productNumber, @country, @listingUuid, @isWinning, @priceCents, @minPriceCents, @priceToWinCents, @winnerPriceCents, @currency, @priceHash, @readAt)
     ON CONFLICT(product_number, country) DO UPDATE SET listing_uuid = excluded.listing_uuid, is_winning = excluded.is_winning, price_cents = excluded.price_cents,
       min_price_cents = excluded.min_price_cents, price_to_win_cents = excluded.price_to_win_cents, winner_price_cents = excluded.winner_price_cents,
       currency = excluded.currency, price_hash = excluded.price_hash, read_at = excluded.read_at`,
  );
  let saved = 0;
  db.transaction(() => {
    for (const read of reads) {
      const offer = listing.offers.find((candidate) => candidate.country === read.country);
      if (!offer) continue;
      upsert.run({ ...read, productNumber: offer.productNumber, country: offer.country, listingUuid: listing.listingUuid, isWinning: read.isWinning ? 1 : 0, priceHash: offer.priceHash, readAt });
      saved += 1;
    }
  })();
  return saved;
}

interface ReadRow {
  product_id: number;
  product_number: string;
  country: string;
  is_winning: number;
  price_cents: number;
  price_to_win_cents: number;
  winner_price_cents: number | null;
  currency: string;
  read_at: string;
}

const standingOf = (row: ReadRow): BackboxStanding => ({
  productId: row.product_id,
  productNumber: row.product_number,
  country: row.country,
  isWinning: row.is_winning === 1,
  priceCents: row.price_cents,
  priceToWinCents: row.price_to_win_cents,
  winnerPriceCents: row.winner_price_cents,
  losingByCents: row.is_winning === 1 ? 0 : Math.max(0, row.price_cents - row.price_to_win_cents),
  currency: row.currency,
  readAt: row.read_at,
});

const READ_COLUMNS = 'p.id AS product_id, r.product_number, r.country, r.is_winning, r.price_cents, r.price_to_win_cents, r.winner_price_cents, r.currency, r.read_at';

/** The standings of some offers (those never read are absent). */
export function standingsOf(db: Db, offers: readonly { productId: number; country: string }[]): BackboxStanding[] {
  return (
    db
      .prepare(
        `SELECT ${READ_COLUMNS} FROM json_each(@offers) o
           JOIN products p ON p.id = json_extract(o.value, '$.productId')
           JOIN backbox_reads r ON r.product_number = p.product_number AND r.country = json_extract(o.value, '$.country')`,
      )
      .all({ offers: JSON.stringify(offers) }) as ReadRow[]
  ).map(standingOf);
}

/** Every standing of the offers still on sale, for the win rate per country. */
export function standingsOnSale(db: Db, countries: readonly string[]): BackboxStanding[] {
  return (
    db
      .prepare(
        `SELECT ${READ_COLUMNS} FROM backbox_reads r
           JOIN listing_states s ON s.product_number = r.product_number AND s.country = r.country
           JOIN products p ON p.product_number = r.product_number
          WHERE ${ON_SALE} AND r.country IN (SELECT value FROM json_each(@countries))`,
      )
      .all({ countries: JSON.stringify(countries) }) as ReadRow[]
  ).map(standingOf);
}

export function loadSettings(db: Db): BackboxSettings {
  const text = db.prepare('SELECT settings FROM backbox_settings WHERE id = 1').pluck().get() as string | undefined;
  return { ...DEFAULT_BACKBOX_SETTINGS, ...(text ? (JSON.parse(text) as Partial<BackboxSettings>) : {}) };
}

export function saveSettings(db: Db, settings: BackboxSettings): void {
  db.prepare('INSERT INTO backbox_settings (id, settings) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET settings = excluded.settings').run(JSON.stringify(settings));
}

export function recordPriceChange(db: Db, change: PriceChange & { detail: Record<string, unknown> }): void {
  db.prepare(
    `INSERT INTO backbox_price_changes (product_number, country, from_cents, to_cents, reason, detail, changed_by, changed_at)
     VALUES (@productNumber, @country, @fromCents, @toCents, @reason, @detail, @changedBy, @changedAt)`,
  ).run({ ...change, detail: JSON.stringify(change.detail) });
}

export function priceChangesOf(db: Db, productNumber: string): PriceChange[] {
  return (
    db
      .prepare('SELECT product_number, country, from_cents, to_cents, reason, changed_by, changed_at FROM backbox_price_changes WHERE product_number = ? ORDER BY changed_at DESC, id DESC')
      .all(productNumber) as { product_number: string; country: string; from_cents: number; to_cents: number; reason: string; changed_by: string; changed_at: string }[]
  ).map((row) => ({ productNumber: row.product_number, country: row.country, fromCents: row.from_cents, toCents: row.to_cents, reason: row.reason, changedBy: row.changed_by, changedAt: row.changed_at }));
}
