// What every step of a sync run is given: the database, the API client, the clock, the hourly budget, progress and
// cancellation, and the tally the run's report is made from.
import type { SyncStep } from '../../../../shared/sync';
import type { BackMarketClient, SkuLineBudget } from '../../backmarket';
import type { Db } from '../../db/connection';
import type { MerchantMessage } from '../../../../shared/messages/merchant-message';

/**
 * How a submitted task is polled: the first wait, then each wait times `factor`, up to `maxDelayMs`; after `deadlineMs`
 * a task Back Market has not finished (or a task whose answer was lost) is settled from the listings instead.
 */
export interface PollOptions {
  firstDelayMs: number;
  factor: number;
  maxDelayMs: number;
  deadlineMs: number;
}

/** The polling deadline: the one place it is set. */
export const TASK_DEADLINE_MS = 2 * 3_600_000;
/** Back Market says to check a task "after an average delay of 5 minutes": older, the progress says so. */
export const TASK_USUAL_MS = 5 * 60_000;

export const DEFAULT_POLL: PollOptions = { firstDelayMs: 1_000, factor: 2, maxDelayMs: 60_000, deadlineMs: TASK_DEADLINE_MS };

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
  /** Lines whose catalog task Back Market certainly did not take (a 503), and why: they go with the next sync. */
  notSent: number;
  notSentReason: string;
}

export const emptyTally = (): RunTally => ({ published: 0, rejected: 0, blocked: 0, deferred: 0, deferredUntil: null, requests: 0, notSent: 0, notSentReason: '' });

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
  progress(step: SyncStep, done: number, total: number, message: MerchantMessage): void;
  /** Throws SyncCancelled when the merchant cancelled. */
  checkCancelled(): void;
  /** Waits, cut short (with SyncCancelled) by a cancel. */
  sleep(ms: number): Promise<void>;
  listingsChanged(count: number): void;
}

export const stamp = (ctx: Pick<RunContext, 'now'>): string => ctx.now().toISOString();
