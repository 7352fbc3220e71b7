// Real-time stock updates (POST /ws/listings/{id}), one per SKU as the contract advises for stock: quantity is shared
// by the listing's markets, so each country row of the listing records the accepted stock.
import { NotFoundError, ValidationError } from '../../backmarket';
import type { PlannedStockUpdate } from '../plan-types';
import { applyStock, applyStockRefused } from './listing-state-repo';
import { stamp, type RunContext } from './run-context';
import { said } from '../../../../shared/messages/merchant-message';

export async function sendStock(ctx: RunContext, updates: readonly PlannedStockUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  let done = 0;
  for (const update of updates) {
    ctx.checkCancelled();
    ctx.progress('sending-stock', done, updates.length, said('progress.sendingStock', { done, total: updates.length }));
    const market = ctx.api.forCountry(update.countries[0] ?? ctx.countries[0] ?? 'fr-fr');
    try {
      ctx.tally.requests += 1;
      await market.updateListing(update.listingId, { quantity: update.quantity });
      ctx.budget.record(1);
      applyStock(ctx.db, update.productNumber, update.countries, update.quantity, update.stockHash, stamp(ctx));
      ctx.tally.published += 1;
    } catch (error) {
      if (error instanceof ValidationError) {
        applyStockRefused(ctx.db, update.productNumber, update.countries, update.stockHash, `Back Market refused the new stock (${update.quantity}): ${error.backMarketMessage}`, stamp(ctx));
        ctx.tally.rejected += 1;
      } else if (error instanceof NotFoundError) {
        applyStockRefused(ctx.db, update.productNumber, update.countries, update.stockHash, `Back Market no longer has listing ${update.listingId} for SKU ${update.sku}. Retry the offer to publish it again.`, stamp(ctx));
        ctx.tally.rejected += 1;
      } else {
        throw error;
      }
    }
    done += 1;
  }
  ctx.progress('sending-stock', done, updates.length, said('progress.stockSent', { done, total: updates.length }));
  ctx.listingsChanged(done);
}
