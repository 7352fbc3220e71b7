// The Home dashboard's entry of the contract; shared/contract.ts spreads it into the one contract.
import { dashboardQuerySchema, type DashboardSummary } from '../dashboard';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;

export const dashboardCalls = {
  /** What needs doing today and the last 30 days' sales; reads SQLite and the connection, calls nothing on Back Market. */
  'dashboard:summary': { input: dashboardQuerySchema, result: returns<DashboardSummary>() },
} as const;
