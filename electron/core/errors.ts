// Errors a service raises for the merchant to read; anything else is reported as an internal failure.
import type { CallFailure } from '../../shared/contract';

export class AppError extends Error {
  constructor(
    readonly code: CallFailure['code'],
    message: string,
    readonly issues?: CallFailure['issues'],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not-found', `${what} was not found. It may have been deleted; refresh the list.`);
