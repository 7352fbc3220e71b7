// The listed-products grid: its page and summary reads, and its retry and take-offline actions.
export { listings, summary, waitingOffers } from './listings-query';
export { retry, takeOffline } from './listing-actions';
export type { ParsedListingQuery } from './listing-sql';
