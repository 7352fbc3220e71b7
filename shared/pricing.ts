// What the merchant keeps from a sale in one country: the price less Back Market's commission, the shipping they pay
// and, in France, the DEEE recycling fee. Pure, so the price matrix can recompute it as the merchant types.
import { COMMISSION_RATE, type PriceBreakdown } from './mapping';

const roundCents = (amount: number) => Math.round(amount * 100) / 100;

export function priceBreakdown(price: number, shipping: number, deee: number, commissionRate: number = COMMISSION_RATE): PriceBreakdown {
  const commission = roundCents(price * commissionRate);
  return { price, commission, shipping, deee, keeps: roundCents(price - commission - shipping - deee) };
}

/** A percentage change rounded to the cent; never below one cent. */
export function adjustByPercent(price: number, percent: number): number {
  return Math.max(0.01, roundCents(price * (1 + percent / 100)));
}
