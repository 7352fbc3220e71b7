// The grid's actions: retry (send again what Back Market refused, at the next sync) and take offline (stock 0 in the
// catalogue, through the same repository calls a bulk edit makes, so the outbox marks it and the planner sends it).
import type { ListingRef } from '../../../../shared/sync';
import type { Db } from '../../db/connection';
import { markPending } from '../../db/outbox-repo';
import { setField } from '../../db/products-repo';

function productNumbers(db: Db, refs: readonly ListingRef[]): Map<number, string> {
  const ids = [...new Set(refs.map((ref) => ref.productId))];
  const rows = db.prepare('SELECT id, product_number FROM products WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: number; product_number: string }[];
  return new Map(rows.map((row) => [row.id, row.product_number]));
}

/**
 * Forgets that Back Market refused these offers as they are (rejected_hash), shows them pending and marks their products
 * in the outbox, so the next sync sends them again. Returns how many offers were queued (refs to unknown products are not).
 */
export function retry(db: Db, refs: readonly ListingRef[], now: Date): { queued: number } {
  const at = now.toISOString();
  return db.transaction(() => {
    const numbers = productNumbers(db, refs);
    const clear = db.prepare(
      `UPDATE listing_states SET rejected_hash = '', status = CASE WHEN status = 'none' THEN 'pending' ELSE status END,
         none_source = CASE WHEN status = 'none' THEN NULL ELSE none_source END, updated_at = ?
       WHERE product_number = ? AND country = ?`,
    );
    let queued = 0;
    // Each product once, in the markets of its offers retried: the others wait for nothing.
    const marked = new Map<string, string[]>();
    for (const ref of refs) {
      const productNumber = numbers.get(ref.productId);
      if (productNumber === undefined) continue;
      clear.run(at, productNumber, ref.country);
      queued += 1;
      const markets = marked.get(productNumber);
      if (markets) markets.push(ref.country);
      else marked.set(productNumber, [ref.country]);
    }
    for (const [productNumber, markets] of marked) markPending(db, productNumber, 'upsert', ['retry'], at, markets);
    return { queued };
  })();
}

/**
 * Sets the stock of these offers' products to 0. Quantity is one per listing on Back Market, shared by its markets, so
 * an offer taken offline is offline in every country. Returns how many offers were queued.
 */
export function takeOffline(db: Db, refs: readonly ListingRef[], now: Date): { queued: number } {
  const at = now.toISOString();
  return db.transaction(() => {
    const numbers = productNumbers(db, refs);
    const changed = setField(db, [...numbers.keys()], 'stock', 0, at);
    for (const productNumber of changed) markPending(db, productNumber, 'upsert', ['stock'], at);
    return { queued: refs.filter((ref) => numbers.has(ref.productId)).length };
  })();
}
