// The Catalogue's Sync column: each product's offers in the enabled markets read with the Listings grid's facts (held
// back, a change waiting, sent and not answered, refused, never sent), so the column never says "Synced" for an offer
// the header and the Listings grid count as held back, waiting or never sent.
import type { CatalogueSync, ProductRow } from '../../../shared/catalogue';
import type { Db } from '../db/connection';
import { CHANGE_WAITS_SQL, HELD_SQL, KEPT_OFF_SQL, STORED_STANDING_SQL } from '../sync/listings/standing-sql';

/** One offer in one market, in the order a state is told: sent and not answered first, then held back... */
type MarketSync = 'pending' | 'held-back' | 'refused' | 'unconfirmed' | 'synced' | 'not-sent' | 'kept-off';

// Sent and not answered (a task, or pending as recorded), then held back (as the header counts it), then a change
// waiting in the outbox for this market (as the header's "waiting"), then refused; an offer never stored is never sent
// (or kept off by the merchant's choice); a stored published offer is synced, or not known yet when never read back.
const MARKET_SYNC_SQL = `CASE
  WHEN s.task IS NOT NULL OR s.status = 'pending' THEN 'pending'
  WHEN s.status IS NOT NULL AND ${HELD_SQL} THEN 'held-back'
  WHEN s.status IS NULL AND ${KEPT_OFF_SQL} THEN 'kept-off'
  WHEN ${CHANGE_WAITS_SQL} THEN 'pending'
  WHEN s.status = 'none' THEN 'refused'
  WHEN s.status = 'published' THEN CASE WHEN ${STORED_STANDING_SQL} = 'unconfirmed' THEN 'unconfirmed' ELSE 'synced' END
  ELSE 'not-sent'
END`;

/** The product's state from its markets' (kept-off markets left out: nothing is to be sent there). */
export function catalogueSyncOf(markets: ReadonlySet<MarketSync>, waiting: boolean, countries: number): CatalogueSync {
  if (countries === 0) return waiting ? 'pending' : 'not-sent';
  for (const pressing of ['held-back', 'refused', 'pending'] as const) if (markets.has(pressing)) return pressing;
  const sent = markets.has('synced') || markets.has('unconfirmed');
  if (sent && markets.has('not-sent')) return 'partly-sent';
  if (markets.has('unconfirmed')) return 'unconfirmed';
  return sent ? 'synced' : 'not-sent';
}

/** The page's rows with their Sync state (parents of variations are no offer: left without one). One query per page. */
export function withSyncStates(db: Db, rows: ProductRow[], countries: readonly string[]): ProductRow[] {
  const offers = rows.filter((row) => row.childCount === 0);
  if (offers.length === 0) return rows;
  const byProduct = new Map<number, Set<MarketSync>>();
  if (countries.length > 0) {
    const found = db
      .prepare(
        `SELECT p.id, ${MARKET_SYNC_SQL} AS market
           FROM products p CROSS JOIN (SELECT value AS code FROM json_each(@countries)) k
           LEFT JOIN listing_states s ON s.product_number = p.product_number AND s.country = k.code
           LEFT JOIN outbox o ON o.product_number = p.product_number
          WHERE p.id IN (SELECT value FROM json_each(@ids))`,
      )
      .raw()
      .all({ countries: JSON.stringify(countries), ids: JSON.stringify(offers.map((row) => row.id)) }) as [number, MarketSync][];
    for (const [id, market] of found) {
      const markets = byProduct.get(id) ?? new Set<MarketSync>();
      markets.add(market);
      byProduct.set(id, markets);
    }
  }
  return rows.map((row) => (row.childCount > 0 ? row : { ...row, sync: catalogueSyncOf(byProduct.get(row.id) ?? new Set(), row.pending, countries.length) }));
}
