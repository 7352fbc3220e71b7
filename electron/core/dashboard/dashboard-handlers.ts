// The dashboard's entry of the contract bound to its service, for the composition root to spread into its handlers.
import type { Handlers } from '../../../shared/contract';
import type { dashboardCalls } from '../../../shared/contract/dashboard-calls';
import { createDashboardService, type DashboardDeps } from './dashboard-service';

export function dashboardHandlers(deps: DashboardDeps): Pick<Handlers, keyof typeof dashboardCalls> {
  const dashboard = createDashboardService(deps);
  return {
    'dashboard:summary': async (query) => dashboard.summary(query),
  };
}
