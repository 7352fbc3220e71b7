// Posts one catalog task: recorded as 'submitting' first, its task id written as soon as it comes back (before any
// poll). A post whose answer was lost is 'uncertain' (never posted again: the reconcile finds out what arrived).
import { NetworkError, RateLimitedError, ServerError, UncertainWriteError, ValidationError } from '../../backmarket';
import type { PlannedTask } from '../plan-types';
import { lineHash } from '../plan/hashes';
import { applyRefused } from './listing-state-repo';
import { HOURLY_LIMIT_MS } from './run-errors';
import { stamp, type RunContext } from './run-context';
import { closeTask, forgetUnsent, markSubmitted, markUncertain, recordSubmitting } from './task-repo';

const MAX_RATE_LIMITED_TRIES = 4;

/** A network failure where the request never left (refused, address not found): certainly not received. */
const neverLeft = (error: unknown) => error instanceof NetworkError && (error.failure === 'refused' || error.failure === 'dns');

/** Answers the local task row id, or undefined when the whole post was refused. */
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
      if (error instanceof UncertainWriteError || error instanceof ServerError || (error instanceof NetworkError && !neverLeft(error))) {
        // It may have arrived (and counted against the hour's lines): settled by the reconcile, never posted twice.
        ctx.budget.record(task.lines.length);
        markUncertain(db, id, error.message, stamp(ctx));
        return id;
      }
      if (error instanceof ValidationError) {
        refuseWhole(ctx, id, task, error.backMarketMessage);
        return undefined;
      }
      forgetUnsent(db, id);
      // A 429 was not processed: the limiter waits out a traffic block before the next try; the hourly limit is longer.
      if (error instanceof RateLimitedError && error.retryAfterMs <= HOURLY_LIMIT_MS && attempt < MAX_RATE_LIMITED_TRIES) continue;
      throw error;
    }
  }
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
