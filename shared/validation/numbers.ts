// Number rules shared by the engine and the pricing view: money with at most two decimals, whole numbers.

export const isWholeNumber = (value: number) => Number.isInteger(value);

/** True for a finite amount with at most two decimals (in cents it is a whole number, allowing float noise). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const cents = value * 100;
  return Number.isFinite(cents) && Math.abs(cents - Math.round(cents)) < 1e-6;
}

export type PriceProblemKind = 'not-a-number' | 'negative' | 'not-positive' | 'decimals';

/** What is wrong with a price, or null: it must be positive with at most 2 decimals ("free" allowed only where zero is). */
export function priceProblemKind(value: number, allowZero: boolean): PriceProblemKind | null {
  if (!Number.isFinite(value)) return 'not-a-number';
  if (allowZero ? value < 0 : value <= 0) return allowZero ? 'negative' : 'not-positive';
  if (!hasAtMostTwoDecimals(value)) return 'decimals';
  return null;
}

const PRICE_PROBLEM_TEXT: Record<PriceProblemKind, string> = {
  'not-a-number': 'is not a number',
  negative: 'is negative',
  'not-positive': 'is not a positive amount',
  decimals: 'has more than 2 decimals',
};

/** The problem with a price in English, or null. */
export function priceProblem(value: number, allowZero: boolean): string | null {
  const kind = priceProblemKind(value, allowZero);
  return kind ? PRICE_PROBLEM_TEXT[kind] : null;
}
