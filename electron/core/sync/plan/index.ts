// The sync planner's entry point: what a sync sends now (CSV catalog tasks per country, real-time stock and min_price
// updates), what the pre-flight check holds back, and what waits for the hourly SKU-line budget; and the dry run's view.
//
// What the runner records, so the next plan compares against it:
// - a task line Back Market accepts: listing_states.accepted_values = line.values (the accepted values with the sent
//   cells over them, complete), stock_hash / price_hash / content_hash = line.hashes (a group the line did not carry
//   keeps its accepted hash; a line whose stock goes by a real-time update carries that update's quantity and hash, as
//   the update is sent first), rejected_hash = '', and the listing id Back Market answers;
// - a refused line: rejected_hash = lineHash(line.hashes), status 'none' with its message; the same line is not planned
//   again until the offer changes or the merchant retries (listings retry() clears it);
// - an accepted real-time update: stock_hash = update.stockHash and accepted_values.quantity in every update.countries row;
//   refused: rejected_hash = lineHash({ stock: update.stockHash, price: row.price_hash, content: row.content_hash });
// - an accepted min_price update: offer_min_prices.sent = update.minPrice (null: cleared), held = the answer's min_price;
//   refused: offer_min_prices.refused = update.minPrice ('' for a refused clear) with Back Market's words, not planned
//   again while the wish is the same (min-prices.ts);
// - a blocked offer: status 'none', none_source 'preflight', error = problems joined (its hashes unchanged); when Back
//   Market holds its listing (accepted or adopted), status stays 'published' (what Back Market holds) with change_held = 1;
// - an offer held before and ready now: restored to what Back Market holds (change_held 0), or, never on Back Market,
//   its record of the hold goes (plan.released); the dry run records all of these too, so every count reads them;
// - once the plan's work is applied, the outbox entries of plan.settles are removed (deferred work keeps its entry);
//   the dry run (and the plan made after a run) also notes plan.raise: work for a product without an entry.
export { planSync, type PlanOptions } from './plan-sync';
export { toPlanView } from './view';
export { lineHash, stockHashOf } from './hashes';
