// The outbox as the runner leaves it: entries a plan settles are cleared once its work is applied; an offer whose line
// did not certainly reach Back Market (an answer lost, a task failed or forgotten, a line missing from the report) is
// put back, so the next plan looks at it again and sends it.
import type { Db } from '../../db/connection';
import { markPending } from '../../db/outbox-repo';
import type { OutboxMarkets } from '../plan-types';

/** Clears the settled entries not edited since the plan was made, and never for an offer whose task is still open. */
export function settleOutbox(db: Db, productNumbers: readonly string[], plannedAt: string): number {
  if (productNumbers.length === 0) return 0;
  const remove = db.prepare(
    `DELETE FROM outbox WHERE product_number = ? AND last_changed_at <= ?
       AND NOT EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = outbox.product_number AND s.task IS NOT NULL)`,
  );
  return db.transaction(() => productNumbers.reduce((removed, productNumber) => removed + remove.run(productNumber, plannedAt).changes, 0))();
}

/**
 * Cuts these entries down to the markets given (a plan found nothing to send in the others), unless edited since the
 * plan was made or while an offer of the product has a task open (as the settle). Returns how many entries changed.
 */
export function narrowOutbox(db: Db, entries: readonly OutboxMarkets[], plannedAt: string): number {
  if (entries.length === 0) return 0;
  const narrow = db.prepare(
    `UPDATE outbox SET countries = @countries WHERE product_number = @productNumber AND last_changed_at <= @plannedAt AND countries IS NOT @countries
       AND NOT EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = outbox.product_number AND s.task IS NOT NULL)`,
  );
  // An empty list is stored as one ('[]': no market), not as NULL, which would mean every market.
  return db.transaction(() => entries.reduce((changed, entry) => changed + narrow.run({ countries: JSON.stringify([...entry.countries].sort()), productNumber: entry.productNumber, plannedAt }).changes, 0))();
}

/**
 * Marks these offers' products pending again, each in the markets of its offers that did not certainly reach Back
 * Market (a deleted product as a deletion, so its listing is still taken offline).
 */
export function requeue(db: Db, offers: Iterable<{ productNumber: string; country: string }>, now: string): void {
  const markets = new Map<string, string[]>();
  for (const { productNumber, country } of offers) {
    const list = markets.get(productNumber);
    if (list) list.push(country);
    else markets.set(productNumber, [country]);
  }
  const exists = db.prepare('SELECT EXISTS (SELECT 1 FROM products WHERE product_number = ?)').pluck();
  for (const [productNumber, countries] of markets) markPending(db, productNumber, exists.get(productNumber) ? 'upsert' : 'delete', ['resend'], now, countries);
}

/**
 * Notes in the outbox the products a plan sends something for without an entry (Back Market's copy changed elsewhere, a
 * market just enabled), in the markets it sends in, so the changes said to wait are the ones the sync sends. An entry
 * made meanwhile (an edit) is left as it is. Returns how many entries were added.
 */
export function raiseOutbox(db: Db, entries: readonly OutboxMarkets[], plannedAt: string): number {
  if (entries.length === 0) return 0;
  const add = db.prepare(
    `INSERT INTO outbox (product_number, change, fields, countries, first_changed_at, last_changed_at)
       SELECT product_number, 'upsert', '["resend"]', @countries, @plannedAt, @plannedAt FROM products WHERE product_number = @productNumber
     ON CONFLICT(product_number) DO NOTHING`,
  );
  return db.transaction(() => entries.reduce((added, entry) => added + add.run({ countries: JSON.stringify([...entry.countries].sort()), productNumber: entry.productNumber, plannedAt }).changes, 0))();
}
