// The outbox as the runner leaves it: entries a plan settles are cleared once its work is applied; an offer whose line
// did not certainly reach Back Market (an answer lost, a task failed or forgotten, a line missing from the report) is
// put back, so the next plan looks at it again and sends it.
import type { Db } from '../../db/connection';
import { markPending } from '../../db/outbox-repo';

/** Clears the settled entries not edited since the plan was made, and never for an offer whose task is still open. */
export function settleOutbox(db: Db, productNumbers: readonly string[], plannedAt: string): number {
  if (productNumbers.length === 0) return 0;
  const remove = db.prepare(
    `DELETE FROM outbox WHERE product_number = ? AND last_changed_at <= ?
       AND NOT EXISTS (SELECT 1 FROM listing_states s WHERE s.product_number = outbox.product_number AND s.task IS NOT NULL)`,
  );
  return db.transaction(() => productNumbers.reduce((removed, productNumber) => removed + remove.run(productNumber, plannedAt).changes, 0))();
}

/** Marks these products pending again (a deleted one as a deletion, so its listing is still taken offline). */
export function requeue(db: Db, productNumbers: Iterable<string>, now: string): void {
  const exists = db.prepare('SELECT EXISTS (SELECT 1 FROM products WHERE product_number = ?)').pluck();
  for (const productNumber of new Set(productNumbers)) markPending(db, productNumber, exists.get(productNumber) ? 'upsert' : 'delete', ['resend'], now);
}
