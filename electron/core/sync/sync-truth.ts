// What differs between the catalogue and Back Market, for the header, the sync's outcome and the headless summary:
// changes waiting in the outbox, offers held back, refused or not answered in the enabled countries, and the lines the
// last run left for the hourly budget.
import type { SyncTruth } from '../../../shared/offer-status';
import type { SyncReport } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { waitingOffers } from './listings/listings-query';
import { CHANGE_HELD_SQL } from './listings/standing-sql';

/**
 * Reads only the None and pending rows and the published ones with a change held back (the (country, status) index), so
 * the header's state stays cheap at 100,000 offers. Held back counts as the Listings grid's "held back" filter shows.
 */
export function syncTruth(db: Db, countries: readonly string[], lastRun: Pick<SyncReport, 'deferred' | 'deferredUntil'> | null): SyncTruth {
  const counts = db
    .prepare(
      `SELECT count(*) FILTER (WHERE s.status = 'none' AND s.none_source = 'preflight') AS heldBack,
              count(*) FILTER (WHERE s.status = 'none' AND coalesce(s.none_source, '') != 'preflight') AS refused,
              count(*) FILTER (WHERE s.status = 'pending' AND s.task IS NOT NULL) AS unanswered
         FROM listing_states s JOIN products p ON p.product_number = s.product_number
        WHERE s.country IN (SELECT value FROM json_each(?)) AND s.status IN ('none', 'pending') AND NOT EXISTS (SELECT 1 FROM products c WHERE c.parent_id = p.id)`,
    )
    .get(JSON.stringify(countries)) as { heldBack: number; refused: number; unanswered: number };
  // Published offers whose change is held back count as held back too (the grid's "held back" filter shows them).
  const changeHeld = db
    .prepare(
      `SELECT count(*) FROM listing_states s INDEXED BY listing_states_change_held JOIN products p ON p.product_number = s.product_number
        WHERE s.change_held = 1 AND ${CHANGE_HELD_SQL} AND s.country IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM products c WHERE c.parent_id = p.id)`,
    )
    .pluck()
    .get(JSON.stringify(countries)) as number;
  const deferred = lastRun?.deferred ?? 0;
  return {
    pendingChanges: waitingOffers(db, countries),
    heldBack: counts.heldBack + changeHeld,
    refused: counts.refused,
    unanswered: counts.unanswered,
    deferred,
    deferredUntil: deferred > 0 ? (lastRun?.deferredUntil ?? null) : null,
  };
}
