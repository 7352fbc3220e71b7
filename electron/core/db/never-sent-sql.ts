// When Refurb Desk counts as having sent to a listing: a line of a task in any of its markets, or its stock in real time.
// The listing, not the market: its quantity and grade are one for all its markets, so once Refurb Desk sent to any of
// them the merchant manages it and its changes go as usual; until then it is Back Market's (taken over, never sent). One
// rule for the guard that asks again, the kept prices, the account read following Back Market and the sync's reconcile.

/** SQL true when the listing of the listing_states row aliased `state` was never sent to by Refurb Desk. */
export const listingNeverSent = (state: string): string =>
  `(NOT EXISTS (SELECT 1 FROM sync_task_lines l WHERE l.product_number = ${state}.product_number)
    AND NOT EXISTS (SELECT 1 FROM listing_states t WHERE t.product_number = ${state}.product_number AND t.stock_sent_at IS NOT NULL))`;
