// Turns a Back Market failure into the message the merchant reads: a refused move quotes Back Market's own words. The
// merchant's language words the sentence (a code); the log keeps, in English, which action it was.
import { said } from '../../../shared/messages/merchant-message';
import { BackMarketError, NotFoundError, UncertainWriteError, ValidationError } from '../backmarket';
import { AppError } from '../errors';
import { backMarketSaid } from '../sync/run/run-errors';

/** `what` completes "Back Market refused to …", e.g. "accept orderline 12 of order 34" (the English log's detail). */
export function asAppError(error: unknown, what: string): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof ValidationError) {
    return new AppError('conflict', `Back Market refused to ${what}. Back Market said: ${error.backMarketMessage}`, undefined, said('orders.moveRefused', { text: error.backMarketMessage }));
  }
  if (error instanceof NotFoundError) {
    return new AppError('not-found', `Back Market could not ${what}: it does not know this order or orderline. Import the orders again and retry.`, undefined, said('orders.moveUnknown'));
  }
  if (error instanceof UncertainWriteError)
    return new AppError(
      'unavailable',
      `The connection to Back Market broke after Refurb Desk asked to ${what}, so it is not known yet whether Back Market did it. ` +
        'Refurb Desk will read the order on Back Market before sending anything again: try again when the connection is back.',
      undefined,
      said('orders.moveUncertain'),
    );
  if (error instanceof BackMarketError) return new AppError('unavailable', error.message, undefined, backMarketSaid(error));
  return error;
}

/** Errors that prove Back Market did not apply a write (it refused or never processed it). */
export const provesNotApplied = (error: unknown): boolean =>
  error instanceof BackMarketError && (error.kind === 'validation' || error.kind === 'not-found' || error.kind === 'forbidden' || error.kind === 'rate-limited' || (error.kind === 'network' && 'failure' in error && (error.failure === 'refused' || error.failure === 'dns')));
