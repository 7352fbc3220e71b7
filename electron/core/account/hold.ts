// Why the planner holds an offer Back Market already holds before Refurb Desk took it over: the review decides first.
import { inEnglish } from '../../../shared/messages/in-english';
import { said } from '../../../shared/messages/merchant-message';
import type { BlockedOffer, HeldListing } from '../sync/plan-types';

/** The reason of an offer held for the review (the renderer words it and links it to Settings › Existing account). */
export const ACCOUNT_REVIEW_REASON = said('problem.accountReview');
export const ACCOUNT_REVIEW_HOLD = inEnglish(ACCOUNT_REVIEW_REASON);

export const heldForReview = (productNumber: string, sku: string, country: string, asRead?: HeldListing | 'managed'): BlockedOffer => ({
  productNumber,
  sku,
  country,
  problems: [ACCOUNT_REVIEW_HOLD],
  reasons: [ACCOUNT_REVIEW_REASON],
  ...(asRead ? { asRead } : {}),
});

/** A new offer in a market whose listings were never read: Back Market may already hold it there under this SKU. */
export const heldUnread = (productNumber: string, sku: string, country: string): BlockedOffer => {
  const reason = said('problem.accountNotRead', { country });
  return { productNumber, sku, country, problems: [inEnglish(reason)], reasons: [reason] };
};

/**
 * A product imported from the account, in an enabled market where Back Market held no listing of it: Back Market does
 * not sell it there, so nothing is created until the merchant chooses "Publish" in the review (and never while "Keep off").
 */
export const heldOffMarket = (productNumber: string, sku: string, country: string): BlockedOffer => {
  const reason = said('problem.accountMarketOff', { country });
  return { productNumber, sku, country, problems: [inEnglish(reason)], reasons: [reason] };
};
