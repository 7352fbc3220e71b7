// One sync run, step by step: tasks left open before are polled and applied first (never resubmitted), then the plan's
// blocked offers, real-time stock and min_price updates and catalog tasks, the polls, the reconcile with GET /ws/listings, and the outbox.
import type { Plan } from '../plan-types';
import type { Db } from '../../db/connection';
import { applyBlockedOffers, clearKeptOff, releaseHeld, restoreHeld } from './listing-state-repo';
import { narrowOutbox, settleOutbox } from './outbox-settle';
import { pollUntilProcessed } from './poll-tasks';
import { readBackDue, settleByReadBack } from './read-back';
import { reconcile, reconcileDue } from './reconcile';
import { sendMinPrices } from './min-price-updates';
import { sendStock } from './realtime-stock';
import { stamp, type RunContext } from './run-context';
import { submitTask } from './submit-task';
import { openTasks } from './task-repo';
import { said } from '../../../../shared/messages/merchant-message';

export type Planner = () => Plan;

/**
 * Tasks submitted before (a previous run, a cancel, a crash) are applied before planning, and what their reports left
 * open is read back, so no line is planned twice; a line of a task whose answer was lost stays with it (the planner
 * leaves it out) until Back Market's listings show it or the polling deadline passes.
 */
export async function finishOpenTasks(ctx: RunContext): Promise<void> {
  const submitted = openTasks(ctx.db, 'submitted');
  if (submitted.length > 0) await pollUntilProcessed(ctx, submitted);
  if (readBackDue(ctx)) await settleByReadBack(ctx);
}

/**
 * What the pre-flight check found, recorded before anything is sent (and by the dry run, so the header, Home and the
 * Listings grid count the held offers the dry run shows): offers held back, those ready again, kept off or released.
 * Returns how many offers it recorded.
 */
export function recordHolds(db: Db, plan: Plan, now: string): number {
  const restored = plan.restored ?? [];
  const cleared = plan.cleared ?? [];
  const released = plan.released ?? [];
  const count = plan.blocked.length + restored.length + cleared.length + released.length;
  if (count === 0) return 0;
  db.transaction(() => {
    if (restored.length > 0) restoreHeld(db, restored, now);
    if (cleared.length > 0) clearKeptOff(db, cleared);
    if (released.length > 0) releaseHeld(db, released, now);
    if (plan.blocked.length > 0) applyBlockedOffers(db, plan.blocked, plan.resolveProblems, now);
  })();
  return count;
}

function recordBlocked(ctx: RunContext, plan: Plan): void {
  const count = recordHolds(ctx.db, plan, stamp(ctx));
  if (count > 0) ctx.listingsChanged(count);
}

async function sendTasks(ctx: RunContext, plan: Plan): Promise<void> {
  const total = plan.tasks.length;
  for (const [index, task] of plan.tasks.entries()) {
    ctx.progress('sending-tasks', index, total, said('progress.sendingTask', { number: index + 1, total, country: task.country, offers: task.lines.length }));
    await submitTask(ctx, task);
  }
  if (total > 0) ctx.progress('sending-tasks', total, total, said('progress.sentTasks', { total }));
}

export async function runSync(ctx: RunContext, makePlan: Planner): Promise<Plan> {
  await finishOpenTasks(ctx);
  ctx.checkCancelled();
  ctx.progress('planning', 0, 0, said('progress.planning'));
  const plan = makePlan();
  // Held back as of this run: the plan's, and those recorded before for products it did not look at (a dry run may have
  // recorded them): the dry run's count.
  ctx.tally.blocked = plan.summary.blocked.reduce((sum, entry) => sum + entry.offers, 0);
  ctx.tally.deferred = plan.summary.deferred?.lines ?? 0;
  ctx.tally.deferredUntil = plan.summary.deferred?.nextAt ?? null;
  recordBlocked(ctx, plan);
  await sendStock(ctx, plan.realtime);
  await sendMinPrices(ctx, plan.minPrices ?? []);
  await sendTasks(ctx, plan);
  await pollUntilProcessed(ctx, openTasks(ctx.db, 'submitted'));
  // What was sent is read back at once; otherwise the listings are read only now and then, for back-office changes.
  if (plan.realtime.length > 0 || plan.tasks.length > 0 || reconcileDue(ctx)) await reconcile(ctx);
  else if (readBackDue(ctx)) await settleByReadBack(ctx);
  settleOutbox(ctx.db, plan.settles, plan.plannedAt);
  narrowOutbox(ctx.db, plan.narrowAfterRun ?? [], plan.plannedAt);
  return plan;
}
