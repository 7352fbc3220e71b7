// The plan's min_price updates: POST /ws/listings/{id} in the offer's market (Accept-Language), min_price alone. An
// accepted one is recorded with what Back Market's answer says it holds; a refused one with Back Market's words, and
// not sent again until the floor changes.
import { amountText } from '../../../../shared/min-price';
import { said } from '../../../../shared/messages/merchant-message';
import { NotFoundError, ValidationError } from '../../backmarket';
import { recordMinPriceAccepted, recordMinPriceRefused } from '../../backbox/min-price-repo';
import type { PlannedMinPrice } from '../plan-types';
import { stamp, type RunContext } from './run-context';

/** The answer's min_price as text ('160.99'); the contract types it a nullable string, a number is read too. */
function heldOf(answer: unknown): string | null {
  const value = typeof answer === 'object' && answer !== null ? (answer as { min_price?: unknown }).min_price : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return amountText(Math.round(value * 100));
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return amountText(Math.round(Number(value) * 100));
  return null;
}

export async function sendMinPrices(ctx: RunContext, updates: readonly PlannedMinPrice[]): Promise<void> {
  if (updates.length === 0) return;
  let done = 0;
  for (const update of updates) {
    ctx.checkCancelled();
    ctx.progress('sending-stock', done, updates.length, said('progress.sendingMinPrices', { done, total: updates.length }));
    try {
      ctx.tally.requests += 1;
      const answer = await ctx.api.forCountry(update.country).updateListing(update.listingId, { min_price: update.minPrice });
      ctx.budget.record(1);
      recordMinPriceAccepted(ctx.db, update.productNumber, update.country, update.minPrice, heldOf(answer), stamp(ctx));
    } catch (error) {
      if (error instanceof ValidationError) {
        ctx.budget.record(1);
        recordMinPriceRefused(ctx.db, update.productNumber, update.country, update.minPrice, error.backMarketMessage, stamp(ctx));
      } else if (error instanceof NotFoundError) {
        recordMinPriceRefused(ctx.db, update.productNumber, update.country, update.minPrice, error.backMarketMessage ?? `listing ${update.listingId} not found`, stamp(ctx));
      } else {
        throw error;
      }
    }
    done += 1;
  }
  ctx.progress('sending-stock', done, updates.length, said('progress.minPricesSent', { done, total: updates.length }));
  ctx.listingsChanged(done);
}
