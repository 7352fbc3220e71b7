// The existing-account entries of the contract (read the account, import what is not in the catalogue, review the
// matched offers whose values differ) and the events they push; shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import {
  accountImportSchema,
  reviewDecisionSchema,
  reviewQuerySchema,
  unmanagedQuerySchema,
  type AccountImportReport,
  type AccountReadState,
  type AccountSummary,
  type ReviewDecisionReport,
  type ReviewPage,
  type UnmanagedPage,
} from '../account';

const returns = <T>() => undefined as unknown as T;
const empty = z.object({}).strict();

export const accountCalls = {
  /** Reads every listing of every enabled market in the background (progress by event); the run already going if any. */
  'account:read': { input: empty, result: returns<AccountReadState>() },
  /** Stops after the pages in flight; the markets read in full stay. */
  'account:cancel': { input: empty, result: returns<AccountReadState>() },
  /** Per market: N on Back Market, M match the catalogue, K not in it; and the offers waiting for the review. Reads SQLite only. */
  'account:summary': { input: empty, result: returns<AccountSummary>() },
  /** The listings not in the catalogue (not managed by Refurb Desk), by SKU. */
  'account:unmanaged': { input: unmanagedQuerySchema, result: returns<UnmanagedPage>() },
  /** Imports listings not in the catalogue as products, in one transaction (all, by filter, or these SKUs). */
  'account:import': { input: accountImportSchema, result: returns<AccountImportReport>() },
  'account:review': { input: reviewQuerySchema, result: returns<ReviewPage>() },
  'account:decide': { input: reviewDecisionSchema, result: returns<ReviewDecisionReport>() },
} as const;

export interface AccountEventMap {
  'account:progress': AccountReadState;
  /** The snapshot, the catalogue's matches or the review changed: the Settings section reads its summary again. */
  'account:changed': { reason: 'read' | 'import' | 'review' };
}
export const ACCOUNT_EVENT_NAMES: (keyof AccountEventMap)[] = ['account:progress', 'account:changed'];
