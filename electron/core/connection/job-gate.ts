// Holds Back Market work while the token is rejected: a job started then, or one that met the 401, waits here and runs
// again once a new token passes the live check. Nothing is dropped; the outbox in SQLite is never touched by this.
// A contract call whose work gets held answers at once ("waiting for a new token") while its work stays queued here:
// the merchant is never left with a request that hangs until a token is pasted.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../errors';

export const TOKEN_WAITING_MESSAGE =
  'Back Market no longer accepts your API token, so this is waiting for a new token: it is queued and runs by itself as soon as you paste a new one ' +
  '(Seller Portal → Options, enter your password, copy the token). Nothing is lost.';

/** The answer of a call whose Back Market work is queued behind a rejected token. */
export class TokenWaitingError extends AppError {
  constructor() {
    super('unavailable', TOKEN_WAITING_MESSAGE);
    this.name = 'TokenWaitingError';
  }
}

export interface JobGate {
  /** Runs the job now when open; otherwise (or when the job hit a 401 meanwhile) waits for reopen() and runs it then. */
  run<T>(job: () => Promise<T>): Promise<T>;
  /**
   * Runs a contract call's whole operation. If any of its jobs gets held, the call answers at once with a
   * TokenWaitingError while the operation carries on, queued, after reopen(); its late outcome goes to `late`.
   */
  answerAtOnce<T>(operation: () => Promise<T>, late?: (outcome: { value?: T; error?: unknown }) => void): Promise<T>;
  close(): void;
  reopen(): void;
  readonly isOpen: boolean;
  readonly waiting: number;
}

/** The call (if any) the current async chain belongs to: held() answers it. */
const callScope = new AsyncLocalStorage<{ held(): void }>();

export function createJobGate(onWaitingChanged?: (waiting: number) => void): JobGate {
  let open = true;
  /** Bumped by every close(): a job that fails after a close since it started is held and retried, not failed. */
  let closures = 0;
  const waiters: (() => void)[] = [];

  const whenOpen = () =>
    new Promise<void>((resolve) => {
      waiters.push(resolve);
      onWaitingChanged?.(waiters.length);
      callScope.getStore()?.held();
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
    answerAtOnce<T>(operation: () => Promise<T>, late?: (outcome: { value?: T; error?: unknown }) => void): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        let answered = false;
        const held = () => {
          if (answered) return;
          answered = true;
          reject(new TokenWaitingError());
        };
        callScope.run({ held }, () => {
          // An async wrapper, so an operation that throws before its first await still answers as a rejection.
          (async () => operation())().then(
            (value) => {
              if (!answered) {
                answered = true;
                resolve(value);
              } else late?.({ value });
            },
            (error: unknown) => {
              if (!answered) {
                answered = true;
                reject(error);
              } else late?.({ error });
            },
          );
        });
      });
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
