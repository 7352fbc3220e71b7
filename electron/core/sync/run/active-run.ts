// A sync run in progress as the service drives it: its progress and tally, its cancel signal, the context its steps
// run in, one attempt through the connection's job gate, and the waits a cancel cuts short.
import type { SyncProgress, SyncReport } from '../../../../shared/sync';
import type { BackMarketClient } from '../../backmarket';
import type { Db } from '../../db/connection';
import type { ApiRunner } from '../../connection/api-runner';
import { SyncCancelled, type RunContext, type RunTally } from './run-context';

export type RunMode = 'resume' | 'full';

export interface ActiveRun {
  runId: number;
  db: Db;
  /** 'resume': only the tasks a crash or a quit left open are applied; 'full': a whole sync. */
  mode: RunMode;
  importOrders: boolean;
  progress: SyncProgress;
  tally: RunTally;
  abort: AbortController;
  /** True while the job runs (not held by the gate): a cancel then waits for the request in flight. */
  inJob: boolean;
  /** Cuts a wait before the next try short ('connection:changed'). */
  wake: () => void;
  done: Promise<SyncReport>;
}

/** A wait that a cancel ends with SyncCancelled. */
export function cancellableSleep(signal: AbortSignal, ms: number, onWake?: (wake: () => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(new SyncCancelled());
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', cancelled);
      resolve();
    };
    const cancelled = () => {
      clearTimeout(timer);
      reject(new SyncCancelled());
    };
    const timer = setTimeout(done, ms);
    onWake?.(done);
    signal.addEventListener('abort', cancelled, { once: true });
  });
}

export type RunContextParts = Omit<RunContext, 'db' | 'api' | 'runId' | 'tally' | 'checkCancelled' | 'sleep'>;

export function runContext(run: ActiveRun, api: BackMarketClient, parts: RunContextParts): RunContext {
  const { signal } = run.abort;
  return {
    ...parts,
    db: run.db,
    api,
    runId: run.runId,
    tally: run.tally,
    checkCancelled: () => {
      if (signal.aborted) throw new SyncCancelled();
    },
    sleep: (ms) => cancellableSleep(signal, ms),
  };
}

/**
 * One attempt of the run's job through the job gate. The gate holds it while the token is rejected (and runs it again
 * after a 401 once a new token passes); while it is held, a cancel ends the attempt at once.
 */
export function attemptThroughGate(run: ActiveRun, gate: ApiRunner, job: (api: BackMarketClient) => Promise<unknown>): Promise<unknown> {
  const attempt = gate(async (api) => {
    run.abort.signal.throwIfAborted();
    run.inJob = true;
    try {
      return await job(api);
    } finally {
      run.inJob = false;
    }
  });
  const cancelledWhileHeld = new Promise<never>((_, reject) => {
    const onAbort = () => {
      if (!run.inJob) reject(new SyncCancelled());
    };
    run.abort.signal.addEventListener('abort', onAbort, { once: true });
    void attempt.finally(() => run.abort.signal.removeEventListener('abort', onAbort)).catch(() => undefined);
  });
  // A job the gate runs after a cancel ended the run fails at once; nobody waits for it any more.
  attempt.catch(() => undefined);
  cancelledWhileHeld.catch(() => undefined);
  return Promise.race([attempt, cancelledWhileHeld]);
}
