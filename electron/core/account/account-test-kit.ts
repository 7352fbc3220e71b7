// The account tests' sandbox account: another tool's listings (its own catalogue synced to the sandbox), and the
// account service over the test's catalogue, reading that sandbox for the test's markets.
import { afterEach, beforeEach } from 'vitest';
import type { AccountImportReport, AccountImportRequest, AccountReadState } from '../../../shared/account';
import type { Language } from '../../../shared/connection';
import type { SyncReport } from '../../../shared/sync';
import { createMappingService, type MappingService } from '../mapping/mapping-service';
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

export interface AccountOnOtherTools extends OtherToolsAccount {
  /** The account service over the test's catalogue, for the kit's markets. */
  account: AccountService;
}

/**
 * For each test of the describe, the account of `otherToolsAccount(phones)` and the account service over the test's
 * catalogue for the kit's markets, handed to `ready` (which checks how the other tool's sync ended and sets the test's
 * own catalogue up) before the test runs; all of it closed after the test.
 */
export function otherToolsAccountInEachTest(phones: number, ready: (made: AccountOnOtherTools) => void | Promise<void>): void {
  let current: AccountOnOtherTools | undefined;
  beforeEach(async () => {
    const made = await otherToolsAccount(phones);
    current = { ...made, account: accountOver(made.kit, kitMarkets) };
    await ready(current);
  });
  afterEach(async () => {
    if (current) await closeAccount(current.account, current.other, current.kit);
    current = undefined;
  });
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

export interface AccountImported {
  account: AccountService;
  /** The mapping service over the same catalogue, as the Attributes screen drives it. */
  mapping: MappingService;
  /** How reading the account ended. */
  read: AccountReadState;
  /** What importing the listings did; not tried when the read did not finish. */
  imported: AccountImportReport | undefined;
}

/**
 * The kit's catalogue, mapping neither the comment nor the warranty yet, reads the sandbox account for the kit's markets
 * and imports these listings (Back Market's comment and warranty written into the columns `names` says), as the merchant
 * does in Settings › Existing account. The test checks `read` and `imported`, and closes the account service.
 */
export async function readAndImport(kit: SyncKit, skus: string[], names: AccountImportRequest['names']): Promise<AccountImported> {
  kit.catalogue.db.prepare("DELETE FROM field_mappings WHERE bm_field IN ('comment', 'warranty_delay')").run();
  const account = accountOver(kit, kitMarkets);
  try {
    const mapping = createMappingService({ database: () => kit.catalogue.db, countries: kitMarkets, fetchCategoryTree: async () => [], events: kit.bus, now: () => new Date() });
    account.read();
    const read = await account.settled();
    const imported = read.outcome === 'finished' ? account.import({ scope: 'skus', skus, names }) : undefined;
    return { account, mapping, read, imported };
  } catch (error) {
    account.close();
    throw error;
  }
}
