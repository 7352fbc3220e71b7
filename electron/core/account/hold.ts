// Why the planner holds an offer Back Market already holds before Refurb Desk took it over: the review decides first.
import type { BlockedOffer } from '../sync/plan-types';

/** Starts the text of an offer held for the review (the renderer links it to Settings › Existing account). */
export const ACCOUNT_REVIEW_PREFIX = 'Back Market already holds this offer';
export const ACCOUNT_REVIEW_HOLD = `${ACCOUNT_REVIEW_PREFIX} with other values than the catalogue: choose in Settings › Existing account which to keep. Nothing is sent for it until then.`;

export const heldForReview = (productNumber: string, sku: string, country: string): BlockedOffer => ({ productNumber, sku, country, problems: [ACCOUNT_REVIEW_HOLD] });
