// The BackBox rules shared by main and the renderer: the floor an offer's price may never go below, the price to win
// (Back Market's price_to_win less an optional step, between the floor and a maximum), and the grade ladder (a better
// grade never priced below a worse one of the same product in the same country). Money is in cents, integers only.
import { z } from 'zod';
import { GRADES, type Grade } from './grades';
import { countryCodeSchema } from './mapping';
import { listingRefSchema } from './sync';

/** What the merchant sets once for every price-to-win run. */
export interface PriceToWinSettings {
  /** The floor's first rule: profit at least this share of the price, in percent (0 = no such rule). */
  minMarginPercent: number;
  /** The floor's second rule: profit per unit at least this, in cents (0 = no such rule). */
  minProfitCents: number;
  /** Taken off Back Market's price_to_win, in cents (0 = exactly the price to win). */
  stepCents: number;
  /** The maximum: a new price is never more than this percentage above the current price (0 = never raised). */
  maxRaisePercent: number;
  /** VAT in the price, in percent, paid out of every sale (0 when the merchant pays none on these sales). */
  vatPercent: number;
}

export const DEFAULT_PRICE_TO_WIN_SETTINGS: PriceToWinSettings = { minMarginPercent: 10, minProfitCents: 1000, stepCents: 0, maxRaisePercent: 0, vatPercent: 20 };

/** What an offer costs the merchant per unit sold, besides the price they set. */
export interface UnitCosts {
  /** What the merchant paid for the unit (the catalogue's cost price); null when it is not known. */
  costCents: number | null;
  /** Shipping the merchant pays per unit in this country. */
  shippingCents: number;
  /** Other fixed fees per unit (the DEEE fee in France). */
  feeCents: number;
  /** Back Market's commission on the price, as a share (0.1 = 10 %). */
  commissionRate: number;
}

/** The merchant's profit per unit at a price: price less VAT, commission, shipping, fees and cost. */
export function profitCents(priceCents: number, costs: UnitCosts & { costCents: number }, vatPercent: number): number {
  const net = Math.round(priceCents / (1 + vatPercent / 100));
  return net - Math.round(priceCents * costs.commissionRate) - costs.shippingCents - costs.feeCents - costs.costCents;
}

const meetsFloor = (priceCents: number, costs: UnitCosts & { costCents: number }, settings: PriceToWinSettings): boolean => {
  const profit = profitCents(priceCents, costs, settings.vatPercent);
  return profit >= settings.minProfitCents && profit * 100 >= settings.minMarginPercent * priceCents;
};

const FLOOR_LIMIT_CENTS = 100_000_000;

export type FloorAnswer = { floorCents: number } | { floorCents: null; reason: 'cost-unknown' | 'floor-unreachable' };

/**
 * The lowest price, in cents, that keeps both rules: profit >= minimum profit, and profit >= minimum margin of the price.
 * Profit grows with the price (about 0.73 per cent of price at 20 % VAT and 10 % commission), so the first price that
 * meets both rules is the floor; cents rounding makes it found by a short walk from the straight-line estimate.
 */
export function floorPrice(costs: UnitCosts, settings: PriceToWinSettings): FloorAnswer {
  if (costs.costCents === null) return { floorCents: null, reason: 'cost-unknown' };
  const known = { ...costs, costCents: costs.costCents };
  const slope = 1 / (1 + settings.vatPercent / 100) - costs.commissionRate - settings.minMarginPercent / 100;
  if (slope <= 0) return { floorCents: null, reason: 'floor-unreachable' };
  const fixed = known.shippingCents + known.feeCents + known.costCents;
  const estimate = Math.max(1, Math.ceil(Math.max((fixed + settings.minProfitCents) / (slope + settings.minMarginPercent / 100), fixed / slope)));
  if (estimate > FLOOR_LIMIT_CENTS) return { floorCents: null, reason: 'floor-unreachable' };
  let price = estimate;
  while (price > 1 && meetsFloor(price - 1, known, settings)) price -= 1;
  while (!meetsFloor(price, known, settings)) {
    price += 1;
    if (price > FLOOR_LIMIT_CENTS) return { floorCents: null, reason: 'floor-unreachable' };
  }
  return { floorCents: price };
}

/** One offer (a product in a country) as the price-to-win run sees it. */
export interface OfferStanding {
  /** The app's key of the offer: the product number and the country. */
  productNumber: string;
  country: string;
  /** Back Market's product and the offer's grade: the grade ladder compares offers of one product in one country. */
  bmProductId: string | null;
  grade: Grade | null;
  currentCents: number;
  /** From the last BackBox read; null when the offer was never read. */
  isWinning: boolean | null;
  priceToWinCents: number | null;
  costs: UnitCosts;
}

/** Why the run leaves an offer as it is. */
export type UntouchedReason = 'not-read' | 'winning' | 'cost-unknown' | 'floor-unreachable' | 'floor-reached' | 'max-below-floor' | 'no-change' | 'grade-ladder';

export interface PriceToWinLine {
  productNumber: string;
  country: string;
  grade: Grade | null;
  currentCents: number;
  priceToWinCents: number | null;
  floorCents: number | null;
  maxCents: number;
  /** The price to set; null when the offer is left as it is (see `untouched`). */
  newCents: number | null;
  /** What the merchant keeps per unit at the new price (or the current one when untouched); null without a cost. */
  keepsCents: number | null;
  untouched: UntouchedReason | null;
}

const rank = (grade: Grade): number => GRADES.indexOf(grade);

/** The offers of the same Back Market product and country that a price of `line` must stay in order with. */
const ladderKey = (offer: OfferStanding): string | null => (offer.bmProductId && offer.grade ? `${offer.bmProductId}|${offer.country}` : null);

/** True when better-graded offers are priced at least as high as worse-graded ones, for every pair that involves a changed offer. */
function ladderBroken(group: { grade: Grade; price: number; changed: boolean }[], index: number): boolean {
  const self = group[index] as { grade: Grade; price: number; changed: boolean };
  return group.some((other, at) => at !== index && ((rank(other.grade) < rank(self.grade) && other.price < self.price) || (rank(other.grade) > rank(self.grade) && other.price > self.price)));
}

/**
 * The price-to-win plan for a selection: each offer's new price, or why it is left as it is. A new price is never below
 * the offer's floor nor above its maximum, and never breaks the grade ladder with an offer of the same product and country
 * (a change that would is dropped and flagged 'grade-ladder'; dropping it may flag others, until nothing changes).
 */
export function planPriceToWin(offers: readonly OfferStanding[], settings: PriceToWinSettings): PriceToWinLine[] {
  const lines = offers.map((offer): PriceToWinLine => {
    const floor = floorPrice(offer.costs, settings);
    const maxCents = Math.floor(offer.currentCents * (1 + settings.maxRaisePercent / 100));
    const keepsAt = (price: number) => (offer.costs.costCents === null ? null : profitCents(price, { ...offer.costs, costCents: offer.costs.costCents }, settings.vatPercent));
    const line = (newCents: number | null, untouched: UntouchedReason | null): PriceToWinLine => ({
      productNumber: offer.productNumber,
      country: offer.country,
      grade: offer.grade,
      currentCents: offer.currentCents,
      priceToWinCents: offer.priceToWinCents,
      floorCents: floor.floorCents,
      maxCents,
      newCents,
      keepsCents: keepsAt(newCents ?? offer.currentCents),
      untouched,
    });
    if (offer.priceToWinCents === null || offer.isWinning === null) return line(null, 'not-read');
    if (offer.isWinning) return line(null, 'winning');
    if (floor.floorCents === null) return line(null, floor.reason);
    if (maxCents < floor.floorCents) return line(null, 'max-below-floor');
    const target = Math.min(offer.priceToWinCents - settings.stepCents, maxCents);
    if (target < floor.floorCents) return line(null, 'floor-reached');
    if (target === offer.currentCents) return line(null, 'no-change');
    return line(target, null);
  });
  return keepLadder(offers, lines);
}

function keepLadder(offers: readonly OfferStanding[], lines: PriceToWinLine[]): PriceToWinLine[] {
  const groups = new Map<string, number[]>();
  offers.forEach((offer, index) => {
    const key = ladderKey(offer);
    if (key) groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (let changed = true; changed; ) {
    changed = false;
    for (const members of groups.values()) {
      const group = members.map((index) => {
        const line = lines[index] as PriceToWinLine;
        return { grade: line.grade as Grade, price: line.newCents ?? line.currentCents, changed: line.newCents !== null };
      });
      members.forEach((index, at) => {
        const line = lines[index] as PriceToWinLine;
        if (line.newCents === null || !ladderBroken(group, at)) return;
        lines[index] = { ...line, newCents: null, untouched: 'grade-ladder', keepsCents: line.keepsCents === null ? null : line.keepsCents };
        changed = true;
      });
    }
  }
  return lines;
}

/** One offer's BackBox standing as the grid and Home read it. */
export interface BackboxStanding {
  productId: number;
  productNumber: string;
  country: string;
  isWinning: boolean;
  priceCents: number;
  priceToWinCents: number;
  winnerPriceCents: number | null;
  /** How much the offer is above the price to win, in cents (0 when winning). */
  losingByCents: number;
  currency: string;
  readAt: string;
}

/** "winning N of M" per country, over the offers read. */
export interface WinRate {
  country: string;
  winning: number;
  read: number;
}

export function winRates(standings: readonly Pick<BackboxStanding, 'country' | 'isWinning'>[]): WinRate[] {
  const byCountry = new Map<string, WinRate>();
  for (const standing of standings) {
    const rate = byCountry.get(standing.country) ?? { country: standing.country, winning: 0, read: 0 };
    rate.read += 1;
    if (standing.isWinning) rate.winning += 1;
    byCountry.set(standing.country, rate);
  }
  return [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/** A MonetaryAmount's decimal text in cents; null when it is not one (the contract's pattern is ^\d*(\.\d*)?$). */
export function centsOfAmount(amount: string | null | undefined): number | null {
  if (amount === null || amount === undefined || !/^\d*(\.\d*)?$/.test(amount) || amount === '' || amount === '.') return null;
  return Math.round(Number(amount) * 100);
}

// ---------------------------------------------------------------------------------------------------------------
// The contract's shapes

/** Everything the merchant sets for the BackBox: the floor's rules, the step, the maximum, the refresh schedule. */
export interface BackboxSettings extends PriceToWinSettings {
  /** Minutes between automatic refreshes of every offer on sale; 0 = off (the default). */
  refreshEveryMinutes: number;
  /** The countries where each offer's floor is sent as min_price for Back Market's own repricer (none by default). */
  minPriceCountries: string[];
}

export const DEFAULT_BACKBOX_SETTINGS: BackboxSettings = { ...DEFAULT_PRICE_TO_WIN_SETTINGS, refreshEveryMinutes: 0, minPriceCountries: [] };

export const backboxSettingsSchema = z
  .object({
    minMarginPercent: z.number().min(0, 'The minimum margin cannot be negative.').max(90, 'A minimum margin above 90 % leaves no price possible.'),
    minProfitCents: z.number().int('Enter the minimum profit to the cent.').min(0, 'The minimum profit cannot be negative.').max(10_000_000),
    stepCents: z.number().int('Enter the step to the cent.').min(0, 'The step cannot be negative.').max(100_000, 'A step above 1,000 is surely a typo: enter it to the cent, such as 0.50.'),
    maxRaisePercent: z.number().min(0, 'The maximum raise cannot be negative.').max(100),
    vatPercent: z.number().min(0, 'VAT cannot be negative.').max(50, 'VAT above 50 % is surely a typo.'),
    refreshEveryMinutes: z
      .number()
      .int()
      .refine((minutes) => minutes === 0 || (minutes >= 15 && minutes <= 24 * 60), 'Refresh every 15 minutes to 24 hours, or 0 for never.'),
    minPriceCountries: z.array(countryCodeSchema).max(40, 'Choose the countries where min_price is sent, at most one switch per market.'),
  })
  .strict();

/** Which offers a refresh reads: every offer on sale, a selection, or the ones whose price changed since they were read. */
export const backboxRefreshSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('all') }).strict(),
  z.object({ scope: z.literal('price-changed') }).strict(),
  z.object({ scope: z.literal('selection'), offers: z.array(listingRefSchema).min(1).max(100_000) }).strict(),
]);
export type BackboxRefreshRequest = z.infer<typeof backboxRefreshSchema>;

export interface BackboxRefreshState {
  running: boolean;
  /** Listings to read (one call each, every market at once) and listings read so far. */
  total: number;
  done: number;
  /** Listings whose read failed (their last standing stays, with its time). */
  failed: number;
  /** How the last refresh ended; null while one runs or before the first. */
  outcome: 'finished' | 'cancelled' | 'failed' | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** The failure's message when outcome is 'failed' (Back Market's or the connection's words). */
  message: string;
}

export const offerRefsSchema = z.object({ offers: z.array(listingRefSchema).min(1).max(100_000) }).strict();
export type OfferRefs = z.infer<typeof offerRefsSchema>;

/** The standing of the offers asked for, keyed `${productId}|${country}`; an offer never read is absent. */
export interface BackboxStandingPage {
  standings: Record<string, BackboxStanding>;
}

export interface PriceToWinPreview {
  lines: (PriceToWinLine & { productId: number; currency: string })[];
  settings: PriceToWinSettings;
}

export interface PriceChange {
  productNumber: string;
  country: string;
  fromCents: number;
  toCents: number;
  reason: string;
  changedBy: string;
  changedAt: string;
}
