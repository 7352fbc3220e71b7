// Errors a service raises for the merchant to read; anything else is reported as an internal failure.
import type { CallFailure } from '../../shared/contract';
import { said, type MerchantMessage } from '../../shared/messages/merchant-message';
import { inEnglish } from '../../shared/messages/in-english';

export class AppError extends Error {
  constructor(
    readonly code: CallFailure['code'],
    message: string,
    readonly issues?: CallFailure['issues'],
    /** The message as a code the renderer words in the merchant's language; without it, `message` is shown as is. */
    readonly said?: MerchantMessage,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An error whose message comes from the registry: English for the log, the code for the renderer. */
export const saidError = (code: CallFailure['code'], message: MerchantMessage, issues?: CallFailure['issues']) =>
  new AppError(code, inEnglish(message), issues, message);

/** What was looked for, by the registry's notFound codes. */
export type MissingThing = { thing: 'product' } | { thing: 'backup' } | { thing: 'order' | 'unit' | 'category'; id: string | number };

export function notFound(missing: MissingThing): AppError {
  switch (missing.thing) {
    case 'product':
      return saidError('not-found', said('notFound.product'));
    case 'backup':
      return saidError('not-found', said('notFound.backup'));
    case 'order':
      return saidError('not-found', said('notFound.order', { id: missing.id }));
    case 'unit':
      return saidError('not-found', said('notFound.unit', { id: missing.id }));
    case 'category':
      return saidError('not-found', said('notFound.category', { id: missing.id }));
  }
}
