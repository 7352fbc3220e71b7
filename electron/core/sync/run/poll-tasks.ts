// Polls submitted catalog tasks with a growing wait until Back Market has processed each, and applies each report.
import { NotFoundError, type CatalogTask } from '../../backmarket';
import { stamp, type RunContext } from './run-context';
import { applyTaskReport } from './task-results';
import { requeue } from './outbox-settle';
import { closeTask, recordPoll, taskLines, type TaskRow } from './task-repo';

export async function pollUntilProcessed(ctx: RunContext, tasks: readonly TaskRow[]): Promise<void> {
  let waiting = tasks.filter((task) => task.taskId !== null);
  const total = waiting.length;
  let delay = ctx.poll.firstDelayMs;
  while (waiting.length > 0) {
    ctx.progress('waiting-for-back-market', total - waiting.length, total, `Back Market is processing ${waiting.length} catalog task${waiting.length === 1 ? '' : 's'}.`);
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
  if (total > 0) ctx.progress('waiting-for-back-market', total, total, 'Back Market processed every catalog task.');
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

/** Applies a processed task's report; true when the task is done with (processed, or unknown to Back Market). */
function settle(ctx: RunContext, task: TaskRow, report: CatalogTask | 'gone', delay: number): boolean {
  const { db } = ctx;
  if (report === 'gone') {
    // Back Market no longer knows the task: its lines are left as they were and go back to the outbox for the next sync.
    requeue(db, taskLines(db, task.id).map((line) => line.productNumber), stamp(ctx));
    closeTask(db, task.id, 'failed', 'Back Market no longer knows this task; its offers go with the next sync.', stamp(ctx));
    return true;
  }
  if (report.action_status !== 8 && report.action_status !== 9) {
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
