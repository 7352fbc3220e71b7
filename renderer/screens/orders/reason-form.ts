// The reason-and-message forms of a cancellation and a refund: one of Back Market's return reasons and the message the
// customer receives (required, at most 500 characters, as the contract allows). Errors are i18n keys.
import { RETURN_REASONS, STOCK_MISTAKE, type ReturnReasonValue } from '../../../shared/orders';

export const MESSAGE_MAX = 500;

export interface ReasonForm {
  reason: ReturnReasonValue | null;
  message: string;
  setStockToZero: boolean;
}

export const EMPTY_REASON_FORM: ReasonForm = { reason: null, message: '', setStockToZero: false };

export const REASON_VALUES: readonly ReturnReasonValue[] = RETURN_REASONS.map((reason) => reason.value);

export function parseReason(value: string): ReturnReasonValue | null {
  const number = Number(value);
  return value !== '' && REASON_VALUES.includes(number as ReturnReasonValue) ? (number as ReturnReasonValue) : null;
}

export function validateReasonForm(form: ReasonForm): { reason?: string; message?: string } {
  const errors: { reason?: string; message?: string } = {};
  if (form.reason === null) errors.reason = 'orders.reason.errors.reason';
  const message = form.message.trim();
  if (!message) errors.message = 'orders.reason.errors.message';
  else if (message.length > MESSAGE_MAX) errors.message = 'orders.reason.errors.messageTooLong';
  return errors;
}

/** Setting the stock to 0 goes only with a stock mistake; any other reason drops the choice. */
export const stockZeroAllowed = (form: ReasonForm) => form.reason === STOCK_MISTAKE;
