// The account tests' sandbox account: another tool's listings (its own catalogue synced to the sandbox), and the
// account service over the test's catalogue, reading that sandbox for the test's markets.
import type { Language } from '../../../shared/connection';
import type { SyncReport } from '../../../shared/sync';
import type { PlannerKit } from '../sync/plan/plan-test-kit';
import type { SyncKit } from '../sync/run/run-test-kit';
import { createAccountService, type AccountService } from './account-service';

export type AccountMarkets = () => { code: string; language: Language }[];

/** Syncs another tool's catalogue to the kit's sandbox: its listings are then on the account Refurb Desk reads. */
export async function syncElsewhere(kit: SyncKit, other: PlannerKit, countries?: AccountMarkets): Promise<SyncReport> {
  return kit.sync(kit.makeService(countries ? { database: () => other.db, countries } : { database: () => other.db }));
}

/** The account service over the kit's catalogue and sandbox, for these markets. */
export function accountOver(kit: SyncKit, countries: AccountMarkets): AccountService {
  return createAccountService({ database: () => kit.catalogue.db, run: (job) => job(kit.client), countries, events: kit.bus, now: () => new Date() });
}
