// The account tests' sandbox account: another tool's listings (its own catalogue synced to the sandbox), and the
// account service over the test's catalogue, reading that sandbox for the test's markets.
import type { Language } from '../../../shared/connection';
import type { SyncReport } from '../../../shared/sync';
import { KIT_COUNTRIES, phone, plannerKit, type PlannerKit } from '../sync/plan/plan-test-kit';
import { startSyncKit, type SyncKit } from '../sync/run/run-test-kit';
import { createAccountService, type AccountService } from './account-service';

export type AccountMarkets = () => { code: string; language: Language }[];

/** The planner kit's markets (fr-fr, de-de, en-gb), as the account service takes them. */
export const kitMarkets: AccountMarkets = () => KIT_COUNTRIES.map((country) => ({ code: country.code, language: country.language as Language }));

export interface OtherToolsAccount {
  kit: SyncKit;
  /** The other tool's catalogue. */
  other: PlannerKit;
  /** How the other tool's sync ended. */
  elsewhere: SyncReport;
}

/**
 * A sandbox account on which another tool put the planner kit's phones 1 to `phones` in every kit market (its own
 * catalogue synced there); the kit's record of requests starts empty after it. The test's own catalogue is empty.
 */
export async function otherToolsAccount(phones: number): Promise<OtherToolsAccount> {
  const kit = await startSyncKit();
  const other = plannerKit();
  for (let index = 1; index <= phones; index += 1) other.save(phone(index));
  const elsewhere = await syncElsewhere(kit, other);
  kit.market.seen.length = 0;
  return { kit, other, elsewhere };
}

/** Closes the account service, the other tool's catalogue and the kit. */
export async function closeAccount(account: AccountService | undefined, other: PlannerKit, kit: SyncKit): Promise<void> {
  account?.close();
  other.cleanup();
  await kit.close();
}

/** Syncs another tool's catalogue to the kit's sandbox: its listings are then on the account Refurb Desk reads. */
export async function syncElsewhere(kit: SyncKit, other: PlannerKit, countries?: AccountMarkets): Promise<SyncReport> {
  return kit.sync(kit.makeService(countries ? { database: () => other.db, countries } : { database: () => other.db }));
}

/** The account service over the kit's catalogue and sandbox, for these markets. */
export function accountOver(kit: SyncKit, countries: AccountMarkets): AccountService {
  return createAccountService({ database: () => kit.catalogue.db, run: (job) => job(kit.client), countries, events: kit.bus, now: () => new Date() });
}
