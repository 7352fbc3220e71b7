// When a failed call may be sent again, and how long to wait first (exponential backoff with jitter).

/**
 * How a write may be retried after a network failure or a 5xx:
 * - 'never': reported, not re-sent (a CSV catalog task: a second post would create a second task);
 * - 'idempotent': re-sent, as setting the same values twice changes nothing (POST /ws/listings/{id});
 * - verify: re-sent only when `verify` (which re-reads Back Market's state) resolves true, meaning the change is not there.
 */
export type RetryWrite = 'never' | 'idempotent' | { verify: () => Promise<boolean> };

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Waits for a 429's Retry-After up to this long before trying again; longer waits are handed to the caller. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxRateLimitWaitMs: 15_000 };

/** Half the exponential step plus a random half, so clients that failed together do not retry together. */
export function backoffDelay(retry: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + random() * (step / 2));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
