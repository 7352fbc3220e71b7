// Posts one catalog task: recorded as 'submitting' first, its task id written as soon as it comes back (before any
// poll). A post whose answer was lost is 'uncertain' (never posted again: the read-back finds out what arrived, after
// waiting for Back Market up to the polling deadline). A 429 is waited out and posted again; a 503 means Back Market
// did not take the task: its lines go with the next sync, and the report says so.
import { NetworkError, RateLimitedError, ServerError, UncertainWriteError, ValidationError } from '../../backmarket';
import { rateLimitDelay } from '../../backmarket/retry';
import type { PlannedTask } from '../plan-types';
import { lineHash } from '../plan/hashes';
import { applyRefused, markNotSent, NOT_SENT_NOTE } from './listing-state-repo';
import { requeue } from './outbox-settle';
import { stamp, type RunContext } from './run-context';
import { closeTask, forgetUnsent, markSubmitted, markUncertain, recordSubmitting } from './task-repo';
import { said } from '../../../../shared/messages/merchant-message';

/** A network failure where the request never left (refused, address not found): certainly not received. */
const neverLeft = (error: unknown) => error instanceof NetworkError && (error.failure === 'refused' || error.failure === 'dns');

/** "Service unavailable": Back Market did not take the request (a 500, 502 or 504 may come after it acted). */
const notTaken = (error: unknown): error is ServerError => error instanceof ServerError && error.status === 503;

const clock = (at: Date) => at.toISOString().slice(11, 19);

/** Answers the local task row id, or undefined when the post was refused or not taken. */
export async function submitTask(ctx: RunContext, task: PlannedTask): Promise<number | undefined> {
  const { db } = ctx;
  const api = ctx.api.forCountry(task.country);
  for (let attempt = 1; ; attempt += 1) {
    ctx.checkCancelled();
    const id = recordSubmitting(db, ctx.runId, task, stamp(ctx));
    try {
      ctx.tally.requests += 1;
      const answer = await api.postCatalog({ catalog: task.csv });
      ctx.budget.record(task.lines.length);
      markSubmitted(db, id, answer.bodymessage, stamp(ctx));
      return id;
    } catch (error) {
      if (error instanceof RateLimitedError) {
        // Not processed: waited out (the documented 10 s block, then longer with jitter) and posted again; never a failure.
        forgetUnsent(db, id);
        const wait = rateLimitDelay(error.retryAfterMs, attempt);
        ctx.progress('sending-tasks', 0, 0, said('progress.slowDown', { time: clock(new Date(ctx.now().getTime() + wait)), country: task.country }));
        await ctx.sleep(wait);
        continue;
      }
      if (notTaken(error)) {
        forgetUnsent(db, id);
        requeue(db, task.lines, stamp(ctx));
        ctx.tally.notSent += task.lines.length;
        ctx.tally.notSentReason = `Back Market did not answer (${error.status})`;
        markNotSent(db, task.lines, `${NOT_SENT_NOTE} (${error.status}). This change goes with the next sync.`, stamp(ctx));
        ctx.listingsChanged(task.lines.length);
        return undefined;
      }
      if (error instanceof UncertainWriteError || error instanceof ServerError || (error instanceof NetworkError && !neverLeft(error))) {
        // It may have arrived (and counted against the hour's lines): settled by the read-back, never posted twice.
        ctx.budget.record(task.lines.length);
        markUncertain(db, id, `The answer to this task was lost (${describe(error)}); its lines are settled from Back Market's listings before any is sent again.`, stamp(ctx));
        return id;
      }
      if (error instanceof ValidationError) {
        refuseWhole(ctx, id, task, error.backMarketMessage);
        return undefined;
      }
      forgetUnsent(db, id);
      throw error;
    }
  }
}

function describe(error: UncertainWriteError | ServerError | NetworkError): string {
  if (error instanceof ServerError) return `Back Market answered ${error.status}`;
  return error.failure === 'timeout' ? 'no answer came in time' : error.failure === 'server' ? 'Back Market answered with an error' : 'the connection was cut';
}

function refuseWhole(ctx: RunContext, id: number, task: PlannedTask, message: string): void {
  const now = stamp(ctx);
  const header = task.csv.split(/\r?\n/, 1)[0] ?? '';
  ctx.db.transaction(() => {
    task.lines.forEach((line, index) => {
      applyRefused(ctx.db, { ...line, error: `Back Market refused the whole catalog: ${message}`, csvLine: `${header}\n${task.csvLines[index] ?? ''}`, rejectedHash: lineHash(line.hashes) }, now);
    });
    closeTask(ctx.db, id, 'failed', message, now);
  })();
  ctx.tally.rejected += task.lines.length;
}
