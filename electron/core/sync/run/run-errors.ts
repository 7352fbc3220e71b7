// How a run's failure reads to the merchant: offline (queued and retried by itself), or a sentence saying what went
// wrong and what to do; never a stack trace.
import { BackMarketError, ForbiddenError, NetworkError, NotFoundError, RateLimitedError, ServerError, UnauthorizedError, UncertainWriteError, ValidationError } from '../../backmarket';
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
export function offlineMessage(error: unknown, retryInMs: number, now: Date = new Date()): MerchantMessage {
  const seconds = Math.max(1, Math.round(retryInMs / 1000));
  if (error instanceof RateLimitedError) {
    const time = new Date(now.getTime() + retryInMs).toISOString().slice(11, 19);
    return said('syncOutcome.slowDown', { time, seconds });
  }
  return error instanceof NetworkError ? said('syncOutcome.offline', { seconds }) : said('syncOutcome.notAnswering', { seconds });
}

/** Back Market's refusal framed in the merchant's language, its own words quoted as it wrote them. */
export function backMarketSaid(error: BackMarketError): MerchantMessage | undefined {
  if (error instanceof ValidationError) return said('backMarket.refusedData', { text: error.backMarketMessage });
  if (error instanceof UnauthorizedError) return said('backMarket.tokenRejected');
  if (error instanceof ForbiddenError) {
    if (error.firewall) return said('backMarket.firewall', { cfRay: error.cfRay ?? '—' });
    return error.backMarketMessage ? said('backMarket.forbiddenSaid', { text: error.backMarketMessage }) : said('backMarket.forbidden');
  }
  if (error instanceof NotFoundError) {
    const call = `${error.method} ${error.path}`;
    return error.backMarketMessage ? said('backMarket.noSuchItemSaid', { call, text: error.backMarketMessage }) : said('backMarket.noSuchItem', { call });
  }
  return undefined;
}

export const INTERNAL_FAILURE = englishTemplate('fault.syncInternal') ?? '';

/** The failure as a code for the renderer: Back Market's own words come quoted inside a sentence of ours. */
export function failureSaid(error: unknown): MerchantMessage | undefined {
  if (error instanceof AppError) return error.said;
  if (error instanceof BackMarketError) return backMarketSaid(error);
  return said('fault.syncInternal');
}

export function merchantMessage(error: unknown): string {
  if (error instanceof AppError || error instanceof BackMarketError) return error.message;
  return INTERNAL_FAILURE;
}
