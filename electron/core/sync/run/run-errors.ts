// How a run's failure reads to the merchant: offline (queued and retried by itself), or a sentence saying what went
// wrong and what to do; never a stack trace.
import { BackMarketError, NetworkError, RateLimitedError, ServerError, UncertainWriteError } from '../../backmarket';
import { AppError } from '../../errors';
import { englishTemplate, said, type MerchantMessage } from '../../../../shared/messages/merchant-message';

/** Back Market could not be reached or could not answer: the sync waits and tries again by itself. */
export const isOffline = (error: unknown): boolean =>
  error instanceof NetworkError || error instanceof ServerError || error instanceof RateLimitedError || error instanceof UncertainWriteError;

/** How long to wait before trying again: the backoff, or what Back Market asked for when it is longer. */
export const retryDelay = (error: unknown, backoffMs: number): number =>
  error instanceof RateLimitedError ? Math.max(backoffMs, error.retryAfterMs) : backoffMs;

/**
 * A 429 is a traffic block (the contract: 10 s, with no Retry-After): the sync says until when it waits. The hourly budget
 * of SKU lines is never read from a 429: it is counted locally, and the plan defers what does not fit.
 */
export function offlineMessage(error: unknown, retryInMs: number, now: Date = new Date()): string {
  const seconds = Math.max(1, Math.round(retryInMs / 1000));
  if (error instanceof RateLimitedError) {
    const until = new Date(now.getTime() + retryInMs).toISOString().slice(11, 19);
    return `Back Market asked to slow down (too many requests): the sync waits until ${until} UTC (about ${seconds} s), then continues by itself. Your changes are kept.`;
  }
  const why = error instanceof NetworkError ? 'Back Market cannot be reached (no connection?)' : 'Back Market is not answering properly right now';
  return `${why}: the sync is queued and tries again in about ${seconds} s, or as soon as the connection is back. Your changes are kept.`;
}

export const INTERNAL_FAILURE = englishTemplate('fault.syncInternal') ?? '';

/** The failure as a code for the renderer, when it has one (Back Market's own refusals come as its words). */
export function failureSaid(error: unknown): MerchantMessage | undefined {
  if (error instanceof AppError) return error.said;
  if (error instanceof BackMarketError) return undefined;
  return said('fault.syncInternal');
}

export function merchantMessage(error: unknown): string {
  if (error instanceof AppError || error instanceof BackMarketError) return error.message;
  return INTERNAL_FAILURE;
}
