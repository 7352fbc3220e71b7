// Number rules shared by the engine and the pricing view: money with at most two decimals, whole numbers.

export const isWholeNumber = (value: number) => Number.isInteger(value);

/** True for a finite amount with at most two decimals (in cents it is a whole number, allowing float noise). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const cents = value * 100;
  return Number.isFinite(cents) && Math.abs(cents - Math.round(cents)) < 1e-6;
}

/** The problem with a price, or null: it must be positive with at most 2 decimals ("free" allowed only where zero is). */
export function priceProblem(value: number, allowZero: boolean): string | null {
  if (!Number.isFinite(value)) return 'is not a number';
  if (allowZero ? value < 0 : value <= 0) return allowZero ? 'is negative' : 'is not a positive amount';
  if (!hasAtMostTwoDecimals(value)) return 'has more than 2 decimals';
  return null;
}
