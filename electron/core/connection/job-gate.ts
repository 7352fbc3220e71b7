// Holds Back Market work while the token is rejected: a job started then, or one that met the 401, waits here and runs
// again once a new token passes the live check. Nothing is dropped; the outbox in SQLite is never touched by this.
export interface JobGate {
  /** Runs the job now when open; otherwise (or when the job hit a 401 meanwhile) waits for reopen() and runs it then. */
  run<T>(job: () => Promise<T>): Promise<T>;
  close(): void;
  reopen(): void;
  readonly isOpen: boolean;
  readonly waiting: number;
}

export function createJobGate(onWaitingChanged?: (waiting: number) => void): JobGate {
  let open = true;
  /** Bumped by every close(): a job that fails after a close since it started is held and retried, not failed. */
  let closures = 0;
  const waiters: (() => void)[] = [];

  const whenOpen = () =>
    new Promise<void>((resolve) => {
      waiters.push(resolve);
      onWaitingChanged?.(waiters.length);
    });

  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      for (;;) {
        if (!open) await whenOpen();
        const closuresBefore = closures;
        try {
          return await job();
        } catch (error) {
          if (closures === closuresBefore) throw error;
          // The token was rejected while this job ran: keep it for the next valid token.
        }
      }
    },
    close() {
      if (open) closures += 1;
      open = false;
    },
    reopen() {
      open = true;
      const ready = waiters.splice(0);
      onWaitingChanged?.(0);
      for (const resolve of ready) resolve();
    },
    get isOpen() {
      return open;
    },
    get waiting() {
      return waiters.length;
    },
  };
}
