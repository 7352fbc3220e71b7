// The dry run as the screen shows it: the plan's summary and its first offers, field by field and country by country.
import type { PlannedOffer, SyncPlanView } from '../../../../shared/sync';
import type { Plan } from '../plan-types';

/**
 * The product ids of a plan's offers, by product number. The Plan the runner takes is keyed by product number (a
 * deleted product has no id any more); the screen opens products by id, so planSync leaves the ids here for the view.
 */
const productIdsOfPlan = new WeakMap<Plan, ReadonlyMap<string, number>>();

export function rememberProductIds(plan: Plan, ids: ReadonlyMap<string, number>): void {
  productIdsOfPlan.set(plan, ids);
}

/** Every offer of the plan in the order it is sent: real-time stock updates first (one row per country), min_price updates, then task lines. */
function* plannedOffers(plan: Plan, ids: ReadonlyMap<string, number>): Generator<PlannedOffer> {
  for (const update of plan.realtime) {
    const productId = ids.get(update.productNumber) ?? 0;
    for (const country of update.countries) yield { productId, sku: update.sku, country, kind: 'stock', via: 'realtime', changes: update.changes };
  }
  for (const update of plan.minPrices ?? []) {
    const changes = [{ field: 'min_price', before: update.before ?? '', after: update.minPrice ?? '' }];
    yield { productId: ids.get(update.productNumber) ?? 0, sku: update.sku, country: update.country, kind: 'price', via: 'realtime', changes };
  }
  for (const task of plan.tasks) {
    for (const line of task.lines) {
      yield {
        productId: ids.get(line.productNumber) ?? 0,
        sku: line.sku,
        country: line.country,
        kind: line.kind,
        via: 'task',
        changes: line.changes,
        ...(line.language ? { language: line.language } : {}),
        ...(line.catalogueTexts ? { catalogueTexts: line.catalogueTexts } : {}),
      };
    }
  }
}

/** The summary and the first `limit` offers (productId 0 for a deleted product being taken offline). */
export function toPlanView(plan: Plan, limit: number): SyncPlanView {
  const ids = productIdsOfPlan.get(plan) ?? new Map<string, number>();
  const offers: PlannedOffer[] = [];
  let total = 0;
  for (const offer of plannedOffers(plan, ids)) {
    total += 1;
    if (offers.length < limit) offers.push(offer);
  }
  return { summary: plan.summary, offers, more: total - offers.length, plannedAt: plan.plannedAt };
}
