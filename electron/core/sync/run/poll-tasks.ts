// Polls submitted catalog tasks with a growing wait until Back Market has finished each (9 done, 8 failed, 3 and 7
// finished with a problem) or the polling deadline has passed, and applies each report; what a report does not say is
// left to the read-back (read-back.ts). While a task is older than Back Market's usual 5 minutes, the progress says so.
import { NotFoundError, type CatalogTask } from '../../backmarket';
import { stamp, TASK_USUAL_MS, type RunContext } from './run-context';
import { applyTaskReport, FINISHED_WITH_A_PROBLEM } from './task-results';
import { markToReadBack, recordPoll, type TaskRow } from './task-repo';
import { said, type MerchantMessage } from '../../../../shared/messages/merchant-message';

const FINISHED: ReadonlySet<number> = new Set([8, 9, ...FINISHED_WITH_A_PROBLEM]);

const sentAt = (task: TaskRow): number => Date.parse(task.submittedAt ?? task.createdAt);
const minutes = (ms: number): number => Math.max(1, Math.round(ms / 60_000));
function waitingMessage(ctx: RunContext, waiting: readonly TaskRow[]): MerchantMessage {
  const oldest = Math.max(...waiting.map((task) => ctx.now().getTime() - sentAt(task)));
  if (oldest < TASK_USUAL_MS) return said('progress.waiting', { waiting: waiting.length });
  return said('progress.waitingLong', { waiting: waiting.length, minutes: minutes(oldest), deadline: minutes(ctx.poll.deadlineMs) });
}

export async function pollUntilProcessed(ctx: RunContext, tasks: readonly TaskRow[]): Promise<void> {
  let waiting = tasks.filter((task) => task.taskId !== null);
  const total = waiting.length;
  let delay = ctx.poll.firstDelayMs;
  while (waiting.length > 0) {
    ctx.progress('waiting-for-back-market', total - waiting.length, total, waitingMessage(ctx, waiting));
    await ctx.sleep(delay);
    // Every task is asked first, then the reports are applied: the polls go out together, without waiting for SQLite.
    const answers: { task: TaskRow; report: CatalogTask | 'gone' }[] = [];
    for (const task of waiting) {
      ctx.checkCancelled();
      answers.push({ task, report: await pollOnce(ctx, task) });
    }
    const still: TaskRow[] = [];
    for (const { task, report } of answers) if (!settle(ctx, task, report, delay)) still.push(task);
    waiting = still;
    delay = Math.min(ctx.poll.maxDelayMs, Math.max(50, delay * ctx.poll.factor));
  }
  if (total > 0) ctx.progress('waiting-for-back-market', total, total, said('progress.processed'));
}

async function pollOnce(ctx: RunContext, task: TaskRow): Promise<CatalogTask | 'gone'> {
  ctx.tally.requests += 1;
  try {
    return await ctx.api.forCountry(task.country).getTask(task.taskId as number);
  } catch (error) {
    if (error instanceof NotFoundError) return 'gone';
    throw error;
  }
}

/** Applies a finished task's report; true when the task is done with polling (finished, unknown, or past the deadline). */
function settle(ctx: RunContext, task: TaskRow, report: CatalogTask | 'gone', delay: number): boolean {
  const { db } = ctx;
  if (report === 'gone') {
    // Back Market no longer knows the task: what it did with the lines is in its listings.
    markToReadBack(db, task.id, 'Back Market no longer knows this task; its lines are settled from its listings.', stamp(ctx));
    return true;
  }
  if (!FINISHED.has(report.action_status)) {
    if (ctx.now().getTime() - sentAt(task) >= ctx.poll.deadlineMs) {
      recordPoll(db, task.id, null, stamp(ctx));
      markToReadBack(db, task.id, `Back Market had not finished this task after ${minutes(ctx.poll.deadlineMs)} min; its lines are settled from its listings.`, stamp(ctx));
      return true;
    }
    recordPoll(db, task.id, new Date(ctx.now().getTime() + delay).toISOString(), stamp(ctx));
    return false;
  }
  recordPoll(db, task.id, null, stamp(ctx));
  const counts = applyTaskReport(db, task.id, report, stamp(ctx));
  ctx.tally.published += counts.accepted;
  ctx.tally.rejected += counts.refused;
  ctx.listingsChanged(counts.accepted + counts.refused);
  return true;
}
