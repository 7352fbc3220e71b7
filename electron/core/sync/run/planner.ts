// The planner as the runner uses it: the mapping snapshot of the enabled countries, the catalogue and the hourly budget.
import type { CountrySetting } from '../../../../shared/connection';
import type { SyncPlanView } from '../../../../shared/sync';
import type { SkuLineBudget } from '../../backmarket';
import type { Db } from '../../db/connection';
import { loadSnapshot, marketCountries } from '../../mapping/snapshot';
import { planSync, toPlanView } from '../plan';
import type { Plan } from '../plan-types';

export interface SyncPlanner {
  plan(db: Db, countries: readonly CountrySetting[], now: Date, budget: SkuLineBudget, options?: { holdUnreadMarkets?: boolean }): Plan;
  view(plan: Plan, limit: number): SyncPlanView;
}

export const catalogPlanner: SyncPlanner = {
  plan: (db, countries, now, budget, options) =>
    planSync({ db, snapshot: loadSnapshot(db, marketCountries(countries)), now, budget, ...(options?.holdUnreadMarkets ? { holdUnreadMarkets: true } : {}) }),
  view: (plan, limit) => toPlanView(plan, limit),
};
