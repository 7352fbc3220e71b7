// The BackBox as the contract describes it: GET /ws/backbox/v1/competitors/{listingId} answers one Competitor per market.

/** The contract's MonetaryAmount: a decimal written as text (no localisation) and its ISO 4217 currency. */
export interface MonetaryAmount {
  amount: string;
  currency: string;
}

/** The contract's MarketCode: the market's two-letter country (FR, DE, GB...). */
export type MarketCode = string;

/** One `listing x market` competing for a BackBox (the contract's Competitor). */
export interface Competitor {
  listing_id: string;
  product_id: string;
  is_winning: boolean;
  /** The target price set for this listing in this market. */
  price: MonetaryAmount;
  /** The listing's own floor for Back Market's repricer, if one is set. */
  min_price: MonetaryAmount | null;
  /** The price this listing must set to win the BackBox. */
  price_to_win: MonetaryAmount;
  /** The winner's selling price; null when nobody wins. */
  winner_price: MonetaryAmount | null;
  market: MarketCode;
}
