// What every step of a sync run is given: the database, the API client, the clock, the hourly budget, progress and
// cancellation, and the tally the run's report is made from.
import type { SyncStep } from '../../../../shared/sync';
import type { BackMarketClient, SkuLineBudget } from '../../backmarket';
import type { Db } from '../../db/connection';

/** How a submitted task is polled: the first wait, then each wait times `factor`, up to `maxDelayMs`. */
export interface PollOptions {
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
}

export const DEFAULT_POLL: PollOptions = { firstDelayMs: 1_000, factor: 2, maxDelayMs: 60_000 };

/** How often a sync with nothing to send still reads Back Market's listings back (back-office changes). */
export const RECONCILE_EVERY_MS = 15 * 60_000;

export interface RunTally {
  published: number;
  rejected: number;
  blocked: number;
  deferred: number;
  /** When the first deferred line fits the hourly budget again (ISO). */
  deferredUntil: string | null;
  requests: number;
}

export const emptyTally = (): RunTally => ({ published: 0, rejected: 0, blocked: 0, deferred: 0, deferredUntil: null, requests: 0 });

/** Thrown at the next check once the merchant pressed Cancel: the request in flight has finished, nothing else is sent. */
export class SyncCancelled extends Error {
  constructor() {
    super('The sync was cancelled.');
    this.name = 'SyncCancelled';
  }
}

export interface RunContext {
  db: Db;
  api: BackMarketClient;
  runId: number;
  countries: readonly string[];
  now: () => Date;
  budget: SkuLineBudget;
  poll: PollOptions;
  /**
   * A sync that sent nothing reads Back Market's listings back only when the last read is older than this (ms): edits
   * made in the back office are still found, and pressing Sync twice in a row makes no listing call at all.
   */
  reconcileEveryMs: number;
  tally: RunTally;
  progress(step: SyncStep, done: number, total: number, message: string): void;
  /** Throws SyncCancelled when the merchant cancelled. */
  checkCancelled(): void;
  /** Waits, cut short (with SyncCancelled) by a cancel. */
  sleep(ms: number): Promise<void>;
  listingsChanged(count: number): void;
}

export const stamp = (ctx: Pick<RunContext, 'now'>): string => ctx.now().toISOString();
