// Filling prices from another price: the catalogue price or another country's, converted into the target country's
// currency with a rate the merchant sets, raised or lowered by a percentage per country and rounded to the ending the
// merchant picks. Pure, so the price matrix previews exactly what main will store.
import { z } from 'zod';
import { countryCodeSchema, PLATFORM_CURRENCY, priceTargetSchema } from './mapping';

/** How a filled price ends: to the cent as computed, or on a whole number, .90 or .99. */
export const PRICE_ENDINGS = ['cent', '00', '90', '99'] as const;
export type PriceEnding = (typeof PRICE_ENDINGS)[number];

/** The catalogue price is kept in the platform's currency (EUR). */
export const CATALOGUE_CURRENCY = PLATFORM_CURRENCY;

/** Units of each currency for one euro (GBP 0.86, SEK 11.5); the euro itself is always 1. */
export const currencyRatesSchema = z.record(
  z.string().regex(/^[A-Z]{3}$/, 'Not a currency code such as GBP'),
  z.number().finite().positive('A rate is more than 0, such as 0.86 for GBP.').max(100_000),
);
export type CurrencyRates = z.infer<typeof currencyRatesSchema>;

export const priceFillSchema = z
  .object({
    /** 'base': the catalogue price; otherwise the price that applies in that country. */
    from: z.union([countryCodeSchema, z.literal('base')]),
    /** Each country filled, with its own percentage (+5 raises by 5%, -10 lowers by 10%). */
    to: z.array(z.object({ country: countryCodeSchema, percent: z.number().finite().min(-99).max(1000) }).strict()).min(1),
    ending: z.enum(PRICE_ENDINGS),
    rates: currencyRatesSchema,
    target: priceTargetSchema,
  })
  .strict();
export type PriceFill = z.infer<typeof priceFillSchema>;

const roundCents = (amount: number) => Math.round(amount * 100) / 100;

/** The rate of a currency against the euro, or null when the merchant has not set it. */
export function rateOf(currency: string, rates: CurrencyRates): number | null {
  if (currency === PLATFORM_CURRENCY) return 1;
  const rate = rates[currency];
  return rate !== undefined && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** The currencies a conversion from one currency into others needs a rate for and has none: empty when all are set. */
export function missingRates(from: string, to: readonly string[], rates: CurrencyRates): string[] {
  const needed = new Set<string>();
  for (const currency of to) {
    if (currency === from) continue;
    for (const side of [from, currency]) if (rateOf(side, rates) === null) needed.add(side);
  }
  return [...needed].sort();
}

/** An amount in one currency, in another, to the cent; null when a rate is missing (never the same number silently). */
export function convertAmount(amount: number, from: string, to: string, rates: CurrencyRates): number | null {
  if (from === to) return roundCents(amount);
  const fromRate = rateOf(from, rates);
  const toRate = rateOf(to, rates);
  if (fromRate === null || toRate === null) return null;
  return roundCents((amount / fromRate) * toRate);
}

/** The nearest price with the chosen ending (118.37 → 117.90 with .90, 118 with .00); never below the ending itself. */
export function roundToEnding(amount: number, ending: PriceEnding): number {
  if (ending === 'cent') return Math.max(0.01, roundCents(amount));
  if (ending === '00') return Math.max(1, Math.round(amount));
  const cents = ending === '90' ? 0.9 : 0.99;
  // Candidates: n + cents just below and just above the amount; the nearer wins, the lower on a tie.
  const below = Math.floor(amount - cents) + cents;
  const above = below + 1;
  const nearest = amount - below <= above - amount ? below : above;
  return Math.max(cents, roundCents(nearest));
}

/** A filled price: the source converted into the target currency, changed by the percentage, rounded to the ending. */
export function filledPrice(source: number, fromCurrency: string, toCurrency: string, percent: number, ending: PriceEnding, rates: CurrencyRates): number | null {
  const converted = convertAmount(source, fromCurrency, toCurrency, rates);
  if (converted === null) return null;
  return roundToEnding(converted * (1 + percent / 100), ending);
}
