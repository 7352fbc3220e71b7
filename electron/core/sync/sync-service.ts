// The Sync service: one run at a time in the background (plan, send, poll, reconcile, then orders), its progress and
// report as events, Cancel, a sync asked for while offline queued and retried by itself, a rejected token waited out
// through the connection's job gate. Tasks left open by a crash or a quit are picked up when a database is opened.
import type { CountrySetting } from '../../../shared/connection';
import type { OrderImportReport } from '../../../shared/orders';
import { allSynced, NOTHING_DIFFERS, notSyncedCount, type StandingCounts, type SyncTruth } from '../../../shared/offer-status';
import type { SyncPlanView, SyncReport, SyncState, SyncStep } from '../../../shared/sync';
import type { SkuLineBudget } from '../backmarket';
import { isWritable, type Db } from '../db/connection';
import { AppError, saidError } from '../errors';
import type { EventBus } from '../events';
import { marketCountries } from '../mapping/snapshot';
import type { ApiRunner } from '../connection/api-runner';
import { summary, waitingOffers } from './listings';
import { catalogPlanner, type SyncPlanner } from './run/planner';
import { attemptThroughGate, cancellableSleep, runContext, type ActiveRun, type RunMode } from './run/active-run';
import { DEFAULT_POLL, emptyTally, RECONCILE_EVERY_MS, SyncCancelled, type PollOptions } from './run/run-context';
import { failureSaid, INTERNAL_FAILURE, isOffline, merchantMessage, offlineMessage, retryDelay } from './run/run-errors';
import { finishOpenTasks, recordHolds, runSync } from './run/run-sync';
import { narrowOutbox, raiseOutbox, settleOutbox } from './run/outbox-settle';
import type { Plan } from './plan-types';
import { pendingCount } from '../db/outbox-repo';
import { openSkuLineBudget } from './run/sku-budget-store';
import { createRun, finishRun, lastReport, markCrashedUncertain, openTaskCount, waitingLines } from './run/task-repo';
import { syncTruth } from './sync-truth';
import { said, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { inEnglish } from '../../../shared/messages/in-english';

export interface SyncServiceDeps {
  /** The database of the current mode, undefined until setup chose one. */
  database: () => Db | undefined;
  /** Back Market work through the connection (held while the token is rejected). */
  run: ApiRunner;
  countries: () => readonly CountrySetting[];
  events: EventBus;
  now: () => Date;
  /** The orders import run after the listings; left out, no orders are imported. */
  importOrders?: () => Promise<OrderImportReport>;
  /** True while the token is rejected: the run says it waits for a new one. */
  tokenRejected?: () => boolean;
  planner?: SyncPlanner;
  /** How tasks are polled; what is left out is DEFAULT_POLL's (the 2 h deadline among them). */
  poll?: Partial<PollOptions>;
  /** How often a sync that sends nothing reads the listings back (default RECONCILE_EVERY_MS). */
  reconcileEveryMs?: number;
  offlineRetry?: { firstDelayMs: number; maxDelayMs: number };
  /** The hourly SKU-line budget (default: the contract's 2,000). */
  linesPerHour?: number;
  log?: { error(message: string, detail?: unknown): void };
  /**
   * The existing account's read (left out: no read to wait for): a sync does not start while it runs, and with
   * holdUnreadMarkets new offers wait in the markets never read.
   */
  account?: { reading: () => boolean; holdUnreadMarkets: () => boolean };
  /** How long after a mapping change or an account decision the changes that send nothing are settled (default 300 ms). */
  settleQuietAfterMs?: number;
}

const DEFAULT_OFFLINE_RETRY = { firstDelayMs: 5_000, maxDelayMs: 120_000 };

export function createSyncService(deps: SyncServiceDeps) {
  const planner = deps.planner ?? catalogPlanner;
  const poll: PollOptions = { ...DEFAULT_POLL, ...deps.poll };
  const offlineRetry = deps.offlineRetry ?? DEFAULT_OFFLINE_RETRY;
  const log = deps.log ?? console;
  const budgets = new WeakMap<Db, SkuLineBudget>();
  const seenDatabases = new WeakSet<Db>();
  let active: ActiveRun | undefined;
  let lastRun: SyncReport | null = null;

  const stamp = () => deps.now().toISOString();
  const requireDb = (): Db => {
    const db = deps.database();
    if (!db) throw saidError('unavailable', said('setup.notSetUp'));
    return db;
  };
  const budgetOf = (db: Db): SkuLineBudget => {
    let budget = budgets.get(db);
    if (!budget) {
      budget = openSkuLineBudget(db, deps.linesPerHour);
      budgets.set(db, budget);
    }
    return budget;
  };
  const countryCodes = () => deps.countries().map((country) => country.code);
  const planOptions = () => ({ holdUnreadMarkets: deps.account?.holdUnreadMarkets() ?? false });

  /** A message from the registry: English in `message` for the CLI and logs, its code for the renderer. */
  function emitProgress(run: ActiveRun, step: SyncStep, done: number, total: number, message: MerchantMessage): void {
    run.progress = { ...run.progress, step, done, total, ...progressSaying(message) };
    deps.events.emit('sync:progress', run.progress);
  }

  /** One attempt of the run through the job gate: the open tasks only (resume), or the whole sync. */
  function attempt(run: ActiveRun): Promise<unknown> {
    return attemptThroughGate(run, deps.run, (api) => {
      const ctx = runContext(run, api, {
        countries: countryCodes(),
        now: deps.now,
        budget: budgetOf(run.db),
        poll,
        reconcileEveryMs: deps.reconcileEveryMs ?? RECONCILE_EVERY_MS,
        progress: (step, done, total, message) => emitProgress(run, step, done, total, message),
        listingsChanged: (count) => {
          if (count > 0) deps.events.emit('listings:changed', { count });
        },
      });
      if (run.mode === 'resume') return finishOpenTasks(ctx);
      return runSync(ctx, () => planner.plan(run.db, deps.countries(), deps.now(), budgetOf(run.db), planOptions()));
    });
  }

  async function listingsPhase(run: ActiveRun): Promise<{ outcome: SyncReport['outcome']; message: string; said?: MerchantMessage | undefined }> {
    let delay = offlineRetry.firstDelayMs;
    for (;;) {
      try {
        if (deps.tokenRejected?.()) emitProgress(run, 'waiting-for-token', 0, 0, said('progress.tokenRejected'));
        const mode = run.mode;
        await attempt(run);
        // Pressed Sync while the open tasks of a crash were being picked up: the full run follows.
        if (mode === 'resume' && run.mode === 'full') continue;
        return { outcome: 'finished', message: '' };
      } catch (error) {
        if (error instanceof SyncCancelled || run.abort.signal.aborted) return { outcome: 'cancelled', message: inEnglish(said('syncOutcome.cancelled')) };
        if (!isOffline(error)) {
          if (!(error instanceof AppError)) log.error('The sync failed', error);
          return { outcome: 'failed', message: merchantMessage(error), said: failureSaid(error) };
        }
        const wait = retryDelay(error, delay);
        emitProgress(run, 'queued-offline', 0, 0, offlineMessage(error, wait, deps.now()));
        try {
          await cancellableSleep(run.abort.signal, wait, (wake) => (run.wake = wake));
        } catch {
          return { outcome: 'cancelled', message: inEnglish(said('syncOutcome.queuedCancelled')) };
        }
        delay = Math.min(offlineRetry.maxDelayMs, delay * 2);
      }
    }
  }

  async function ordersPhase(run: ActiveRun): Promise<{ imported: number; message: string }> {
    if (!run.importOrders || !deps.importOrders || run.abort.signal.aborted) return { imported: 0, message: '' };
    emitProgress(run, 'importing-orders', 0, 0, said('progress.importingOrders'));
    try {
      const report = await deps.importOrders();
      return { imported: report.added + report.updated, message: '' };
    } catch (error) {
      if (!(error instanceof AppError) && !isOffline(error)) log.error('The order import after a sync failed', error);
      return { imported: 0, message: `Your offers are synced, but the orders could not be imported: ${merchantMessage(error)}` };
    }
  }

  async function execute(run: ActiveRun): Promise<SyncReport> {
    let result: { outcome: SyncReport['outcome']; message: string; said?: MerchantMessage | undefined };
    let orders = { imported: 0, message: '' };
    try {
      result = await listingsPhase(run);
      if (result.outcome === 'finished') orders = await ordersPhase(run);
    } catch (error) {
      log.error('The sync failed', error);
      result = { outcome: 'failed', message: INTERNAL_FAILURE, said: said('fault.syncInternal') };
    }
    const waiting = run.db.open ? waitingLines(run.db) : 0;
    const partial = result.outcome === 'finished' ? partialMessage(run.tally.notSent, run.tally.notSentReason, waiting, poll.deadlineMs) : '';
    const report: SyncReport = {
      runId: run.runId,
      outcome: result.outcome,
      startedAt: run.progress.startedAt,
      finishedAt: stamp(),
      published: run.tally.published,
      rejected: run.tally.rejected,
      blocked: run.tally.blocked,
      deferred: run.tally.deferred,
      requests: run.tally.requests,
      ordersImported: orders.imported,
      notSent: run.tally.notSent,
      waiting,
      message: [result.message, partial, orders.message].filter(Boolean).join(' '),
      deferredUntil: run.tally.deferredUntil,
      ...(result.outcome === 'failed' && result.said ? { said: result.said } : {}),
    };
    try {
      // What holds once the run (and the orders it imported) ended: the header, the notification and the headless summary say this.
      if (run.db.open) {
        // The run's read-back may have found changes made elsewhere: what the next sync sends is noted now (a small
        // outbox only), so "all changes synced" is never said while a dry run would send something.
        if (result.outcome === 'finished' && isWritable(run.db) && pendingCount(run.db) <= QUIET_OUTBOX_MAX) {
          applyPlanTruth(run.db, planner.plan(run.db, deps.countries(), deps.now(), budgetOf(run.db), planOptions()));
        }
        report.truth = syncTruth(run.db, countryCodes(), report);
        report.standings = summary(run.db, marketCountries(deps.countries())).standings;
      }
    } catch (error) {
      log.error('Could not read what Back Market holds after the sync', error);
    }
    try {
      if (run.db.open) finishRun(run.db, run.runId, report.outcome, report.finishedAt, report);
    } catch (error) {
      log.error('Could not record the end of the sync', error);
    }
    active = undefined;
    lastRun = report;
    const step: SyncStep = report.outcome;
    // The outcome in English only (the CLI prints it); the renderer words the report's counts itself.
    const { said: _running, ...progress } = run.progress;
    deps.events.emit('sync:progress', { ...progress, step, message: finishedMessage(report) });
    deps.events.emit('sync:finished', report);
    return report;
  }

  function begin(db: Db, mode: RunMode, importOrders: boolean): ActiveRun {
    const startedAt = stamp();
    const runId = createRun(db, startedAt);
    const run: ActiveRun = {
      runId,
      db,
      mode,
      importOrders,
      progress: { runId, step: 'planning', done: 0, total: 0, ...progressSaying(mode === 'resume' ? said('progress.resuming') : said('progress.starting')), startedAt },
      tally: emptyTally(),
      abort: new AbortController(),
      inJob: false,
      wake: () => undefined,
      done: Promise.resolve(undefined as unknown as SyncReport),
    };
    active = run;
    deps.events.emit('sync:progress', run.progress);
    run.done = execute(run);
    return run;
  }

  /** A database seen for the first time: a row a crash left 'submitting' is uncertain, and open tasks are picked up. */
  function adopt(db: Db | undefined): void {
    if (!db || seenDatabases.has(db)) return;
    seenDatabases.add(db);
    markCrashedUncertain(db, stamp());
    // A read-only catalogue is never written: its open tasks are picked up once it opens writable again.
    if (!active && isWritable(db) && openTaskCount(db) > 0) begin(db, 'resume', false);
  }

  function state(): SyncState {
    const db = deps.database();
    adopt(db);
    return {
      running: active ? { ...active.progress } : null,
      lastRun: lastRun ?? (db ? lastReport<SyncReport>(db) : null),
      pendingChanges: db ? waitingOffers(db, countryCodes()) : 0,
      openTasks: db ? openTaskCount(db) : 0,
      truth: db ? syncTruth(db, countryCodes(), lastRun ?? lastReport<SyncReport>(db)) : NOTHING_DIFFERS,
    };
  }

  /**
   * Settles the outbox entries a plan finds nothing to send or record for (the dry run's plan, or one made for it): a
   * change that changes no cell Back Market holds is no change waiting. An entry whose product sends in some of its
   * markets only is cut down to those. Returns how many entries went or changed.
   */
  function settleQuiet(db: Db, plan: Plan): number {
    if (active || !isWritable(db)) return 0;
    return applyPlanTruth(db, plan);
  }

  function applyPlanTruth(db: Db, plan: Plan): number {
    // What the check holds back is recorded first (the header then counts what the dry run shows), then the outbox is
    // made to say what the plan sends: quiet entries go, entries are cut down to their markets, work without one is noted.
    const recorded = recordHolds(db, plan, plan.plannedAt);
    const settled =
      recorded + settleOutbox(db, plan.quiet ?? [], plan.plannedAt) + narrowOutbox(db, plan.narrow ?? [], plan.plannedAt) + raiseOutbox(db, plan.raise ?? [], plan.plannedAt);
    if (settled > 0) deps.events.emit('listings:changed', { count: settled });
    return settled;
  }

  /**
   * After a catalogue edit, a mapping change or an account decision, the entries it marked that send nothing are settled
   * and the others cut down to the markets they send in (a small outbox only: the dry run or the sync settle a large
   * one), so the waiting count equals what the next sync sends.
   */
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const QUIET_OUTBOX_MAX = 5_000;
  function scheduleSettleQuiet(): void {
    if (quietTimer) clearTimeout(quietTimer);
    quietTimer = setTimeout(() => {
      quietTimer = undefined;
      const db = deps.database();
      if (!db || active || !isWritable(db) || pendingCount(db) > QUIET_OUTBOX_MAX) return;
      try {
        settleQuiet(db, planner.plan(db, deps.countries(), deps.now(), budgetOf(db), planOptions()));
      } catch (error) {
        log.error('Settling the changes that send nothing failed', error);
      }
    }, deps.settleQuietAfterMs ?? 300);
    quietTimer.unref?.();
  }

  const unsubscribe = deps.events.subscribe((name, payload) => {
    if (name === 'mapping:changed' || name === 'account:changed' || name === 'catalogue:changed') scheduleSettleQuiet();
    if (name === 'catalogue:changed') adopt(deps.database());
    if (name !== 'connection:changed' || !active) return;
    const status = payload as { tokenState?: string };
    if (status.tokenState === 'rejected') emitProgress(active, 'waiting-for-token', 0, 0, said('progress.tokenRejected'));
    else active.wake();
  });
  adopt(deps.database());

  return {
    plan(limit: number): SyncPlanView {
      const db = requireDb();
      adopt(db);
      const plan = planner.plan(db, deps.countries(), deps.now(), budgetOf(db), planOptions());
      settleQuiet(db, plan);
      return planner.view(plan, limit);
    },
    /** Starts a run in the background and answers at once; while one runs, answers its state. */
    start(options: { importOrders: boolean }): SyncState {
      const db = requireDb();
      adopt(db);
      // Offers the read has not reached yet would go as new ones: Back Market may already hold them.
      if (!active && deps.account?.reading()) throw saidError('conflict', said('account.readRunning'));
      if (active) {
        if (active.mode === 'resume' && !active.abort.signal.aborted) {
          active.mode = 'full';
          active.importOrders = options.importOrders;
        }
        return state();
      }
      begin(db, 'full', options.importOrders);
      return state();
    },
    /** Stops after the request in flight; submitted tasks stay recorded and are applied by the next sync. */
    cancel(): SyncState {
      if (active && !active.abort.signal.aborted) {
        active.abort.abort();
        emitProgress(active, active.progress.step, active.progress.done, active.progress.total, said('progress.cancelling'));
      }
      return state();
    },
    state,
    /** In-process only (CLI, tests): the report of the run in progress once it ends, or the last one. */
    whenIdle: async (): Promise<SyncReport | null> => (active ? active.done : lastRun),
    close: () => {
      unsubscribe();
      if (quietTimer) clearTimeout(quietTimer);
      active?.abort.abort();
    },
  };
}

/** What a finished sync did not do, and when it will: lines Back Market did not take, lines waiting on a lost answer. */
function partialMessage(notSent: number, reason: string, waiting: number, deadlineMs: number): string {
  const parts: string[] = [];
  if (notSent > 0) parts.push(`${notSent} change${notSent === 1 ? '' : 's'} not sent: ${reason}; they go with the next sync.`);
  if (waiting > 0) {
    parts.push(
      `${waiting} change${waiting === 1 ? '' : 's'} wait${waiting === 1 ? 's' : ''} for Back Market: the answer to a catalog task was lost, so its listings are read again at the next sync (for up to ${Math.round(deadlineMs / 60_000)} min) before anything of it is sent again.`,
    );
  }
  return parts.join(' ');
}

/** A progress message as SyncProgress carries it: English for the CLI and logs, the code for the renderer. */
const progressSaying = (message: MerchantMessage) => ({ message: inEnglish(message), said: message });

function finishedMessage(report: SyncReport): string {
  if (report.outcome !== 'finished') return report.message;
  return `Sync finished. ${[truthSentence(report.truth, report.standings), report.message].filter(Boolean).join(' ')}`;
}

/** The outcome in one sentence: offers on sale, then what is not synced; "All changes synced" only when nothing differs. */
export function truthSentence(truth: SyncTruth | undefined, standings: readonly StandingCounts[] | undefined): string {
  const onSale = (standings ?? []).map((entry) => `${entry.onSale} in ${entry.country}`).join(', ');
  const parts: string[] = [];
  if (onSale) parts.push(`On sale: ${onSale}.`);
  const notOnSale = (standings ?? [])
    .filter((entry) => entry.notOnSale > 0)
    .map((entry) => `${entry.notOnSale} in ${entry.country} (${Object.entries(entry.notOnSaleBy).map(([reason, count]) => `${count} ${reason.replaceAll('-', ' ')}`).join(', ')})`);
  if (notOnSale.length > 0) parts.push(`Published, not on sale: ${notOnSale.join(', ')}.`);
  if (!truth) return parts.join(' ');
  const offers = notSyncedCount(truth);
  if (offers > 0) {
    const why = [truth.heldBack > 0 ? `${truth.heldBack} held back` : '', truth.refused > 0 ? `${truth.refused} refused` : '', truth.unanswered > 0 ? `${truth.unanswered} not answered by Back Market yet` : ''];
    parts.push(`${offers} not synced: ${why.filter(Boolean).join(', ')}.`);
  }
  if (truth.deferred > 0) parts.push(`${truth.deferred} wait for the hourly budget${truth.deferredUntil ? ` (until ${truth.deferredUntil})` : ''}.`);
  if (truth.pendingChanges > 0) parts.push(`${truth.pendingChanges} change${truth.pendingChanges === 1 ? '' : 's'} not sent yet.`);
  if (allSynced(truth)) parts.push('All changes synced.');
  return parts.join(' ');
}

export type SyncService = ReturnType<typeof createSyncService>;
