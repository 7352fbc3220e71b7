// The error every contract call throws when main (or the preview host) answers with a failure the merchant can act on.
import type { CallFailure } from '../../shared/contract';
import { messageText } from '../i18n/message-text';

export class CallError extends Error {
  readonly failure: CallFailure;

  constructor(failure: CallFailure) {
    super(failure.message);
    this.name = 'CallError';
    this.failure = failure;
  }

  get code(): CallFailure['code'] {
    return this.failure.code;
  }

  get issues(): NonNullable<CallFailure['issues']> {
    return this.failure.issues ?? [];
  }

  /** The failure in the merchant's language when main sent its code, else main's text as it came. */
  get text(): string {
    return this.failure.said ? messageText(this.failure.said) : this.failure.message;
  }
}

export const isCallError = (error: unknown): error is CallError => error instanceof CallError;

/** A message ready to show for any error, so the merchant never sees a stack trace. */
export function messageOf(error: unknown, fallback: string): string {
  if (error instanceof CallError) return error.text;
  return fallback;
}
