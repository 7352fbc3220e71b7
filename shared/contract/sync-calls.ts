// The Sync entries of the contract (the dry run, a run, its state, the listed-products grid and its actions) and the
// events they push; shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import {
  listingQuerySchema,
  listingRefSchema,
  syncPlanQuerySchema,
  syncStartSchema,
  type ListingPage,
  type ListingSummary,
  type SyncPlanView,
  type SyncProgress,
  type SyncReport,
  type SyncState,
} from '../sync';

const returns = <T>() => undefined as unknown as T;
const empty = z.object({}).strict();
const refs = z.array(listingRefSchema).min(1).max(100_000);

export const syncCalls = {
  /** The dry run: what a sync would send now, field by field and country by country; sends nothing. */
  'sync:plan': { input: syncPlanQuerySchema, result: returns<SyncPlanView>() },
  /** Starts a sync in the background (or queues it while offline); answers at once with the state. */
  'sync:start': { input: syncStartSchema, result: returns<SyncState>() },
  /** Stops after the request in flight; tasks already submitted stay recorded and are applied by the next sync. */
  'sync:cancel': { input: empty, result: returns<SyncState>() },
  'sync:state': { input: empty, result: returns<SyncState>() },
  'listings:list': { input: listingQuerySchema, result: returns<ListingPage>() },
  'listings:summary': { input: empty, result: returns<ListingSummary>() },
  /** Sends these offers again at the next sync even if nothing changed since Back Market refused them. */
  'listings:retry': { input: z.object({ listings: refs }).strict(), result: returns<{ queued: number }>() },
  /** Takes these offers offline (quantity 0) at the next sync; the catalogue's stock is set to 0. */
  'listings:takeOffline': { input: z.object({ listings: refs }).strict(), result: returns<{ queued: number }>() },
} as const;

export interface SyncEventMap {
  'sync:progress': SyncProgress;
  'sync:finished': SyncReport;
  /** Listing statuses changed (a task's results applied, a reconcile, a retry queued): the grid refreshes. */
  'listings:changed': { count: number };
}
export const SYNC_EVENT_NAMES: (keyof SyncEventMap)[] = ['sync:progress', 'sync:finished', 'listings:changed'];
