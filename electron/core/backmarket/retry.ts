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

/** The longest a repeated 429 makes a caller wait between tries. */
export const MAX_RATE_LIMIT_BACKOFF_MS = 5 * 60_000;

/**
 * How long to wait after the `attempt`-th 429 in a row: the block itself (Retry-After, or the contract's 10 s when Back
 * Market sends none), then a backoff with jitter that doubles with each 429 in a row, so callers do not come back together.
 */
export function rateLimitDelay(blockMs: number, attempt: number, random: () => number = Math.random): number {
  return blockMs + backoffDelay(Math.max(0, attempt - 1), { baseDelayMs: Math.max(1, blockMs / 2), maxDelayMs: MAX_RATE_LIMIT_BACKOFF_MS }, random);
}
