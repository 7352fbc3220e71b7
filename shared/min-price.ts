// The floor sent as min_price (the lowest price Back Market's own repricer, the BackPricer, may go down to), per country
// the merchant switched on: what an offer's min_price should be, or why it has none. Money in cents, integers only.
import type { FloorAnswer } from './backbox';

/** Why an offer sends no min_price. */
export type MinPriceReason =
  /** The merchant has not switched min_price on for this country. */
  | 'off'
  /** No cost price (nor device in stock with a cost): no floor to send. */
  | 'cost-unknown'
  /** VAT, commission and the minimum margin take the whole price: no price keeps the floor. */
  | 'floor-unreachable'
  /** The floor is above the price (the one Back Market holds, or the one about to be sent): never sent above it. */
  | 'floor-above-price'
  /** The offer has no price in this country yet. */
  | 'no-price'
  /** Back Market holds no listing of the offer yet, or its price is not accepted yet: sent once it is. */
  | 'not-listed';

export interface MinPriceWish {
  /** The min_price to hold on Back Market, as sent ('160.99'); null: none (cleared if one was sent). */
  minPrice: string | null;
  floorCents: number | null;
  reason: MinPriceReason | null;
}

export const amountText = (cents: number): string => (cents / 100).toFixed(2);

/**
 * The min_price an offer should hold. `ceilingCents` is the lowest of the price Back Market holds and the price the
 * catalogue would send: the floor is sent only where it is at or below both, so Back Market never holds a min_price
 * above the price, whichever of the two updates it takes first.
 */
export function minPriceWish(on: boolean, floor: FloorAnswer, ceilingCents: number | null): MinPriceWish {
  if (!on) return { minPrice: null, floorCents: floor.floorCents, reason: 'off' };
  if (floor.floorCents === null) return { minPrice: null, floorCents: null, reason: floor.reason };
  if (ceilingCents === null || ceilingCents <= 0) return { minPrice: null, floorCents: floor.floorCents, reason: 'no-price' };
  if (floor.floorCents > ceilingCents) return { minPrice: null, floorCents: floor.floorCents, reason: 'floor-above-price' };
  return { minPrice: amountText(floor.floorCents), floorCents: floor.floorCents, reason: null };
}

/** One offer's min_price as the Listings detail shows it. */
export interface MinPriceStatus {
  country: string;
  currency: string;
  /** The merchant's switch for this country (Settings › BackBox). */
  on: boolean;
  /** What the next sync would hold there, and why none. */
  wish: MinPriceWish;
  /** The min_price Back Market accepted from Refurb Desk; null: none sent (or cleared). */
  sent: string | null;
  /** What Back Market's answer to that update said it holds (null: none), when it was sent; undefined before any. */
  held?: string | null;
  /** A min_price Back Market refused, in its own words. */
  refused: { minPrice: string | null; message: string } | null;
}
