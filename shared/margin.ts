// The margin a sale really made, in whole cents of the sale's currency: price − Back Market's commission − shipping −
// purchase and repair cost − VAT due. Regular VAT is due on the whole price; under the margin scheme it is due on the
// price minus the purchase cost, never below 0. Prices are what the customer paid, VAT included, as Back Market sends them.
import { z } from 'zod';
import { MARKET_CODES } from './connection';
import type { VatRegime } from './device-units';

/**
 * Standard VAT rates of the EU platform's 13 markets, in basis points (2000 = 20 %), as published for 2025. These are
 * assumptions to start from, not tax advice: the merchant checks them with their accountant and changes them in Settings.
 */
export const DEFAULT_VAT_BASIS_POINTS: Readonly<Record<string, number>> = {
  'fr-fr': 2000,
  'fr-be': 2100,
  'es-es': 2100,
  'de-de': 1900,
  'de-at': 2000,
  'it-it': 2200,
  'en-gb': 2000,
  'nl-nl': 2100,
  'pt-pt': 2300,
  'en-ie': 2300,
  'el-gr': 2400,
  'sk-sk': 2300,
  'sv-se': 2500,
};

/** The VAT included in an amount that carries it: amount × rate / (1 + rate), rounded half up to the cent. */
export function includedVat(amountCents: number, basisPoints: number): number {
  if (amountCents <= 0) return 0;
  return Math.round((amountCents * basisPoints) / (10_000 + basisPoints));
}

/** The VAT due on one sale under the regime its device was bought in. */
export function vatDue(regime: VatRegime, priceCents: number, purchaseCostCents: number, basisPoints: number): number {
  return regime === 'regular' ? includedVat(priceCents, basisPoints) : includedVat(Math.max(0, priceCents - purchaseCostCents), basisPoints);
}

export interface SaleFigures {
  priceCents: number;
  commissionCents: number;
  shippingCents: number;
  purchaseCostCents: number;
  repairCostCents: number;
  vatRegime: VatRegime;
  vatBasisPoints: number;
}

export interface SaleMargin {
  vatCents: number;
  marginCents: number;
}

export function marginOf(sale: SaleFigures): SaleMargin {
  const vatCents = vatDue(sale.vatRegime, sale.priceCents, sale.purchaseCostCents, sale.vatBasisPoints);
  return { vatCents, marginCents: sale.priceCents - sale.commissionCents - sale.shippingCents - sale.purchaseCostCents - sale.repairCostCents - vatCents };
}

/** The merchant's margin settings: VAT rate per market, shipping cost per sale per currency, the minimum margin to warn below. */
export interface MarginSettings {
  /** Basis points per market; markets the merchant never changed carry the default. */
  vatBasisPoints: Record<string, number>;
  /** What one parcel costs the merchant, per currency, in cents (0 until set). */
  shippingCents: Record<string, number>;
  /** The Prices matrix warns below this margin, in cents of each currency; null: no warning. */
  minimumMarginCents: number | null;
}

export const MARGIN_CURRENCIES = ['EUR', 'GBP', 'SEK'] as const;

export const marginSettingsSchema = z
  .object({
    vatBasisPoints: z.partialRecord(z.enum(MARKET_CODES as [string, ...string[]]), z.number().int().min(0, 'A VAT rate cannot be negative.').max(5000, 'A VAT rate above 50 % is surely a typing mistake.')).default({}),
    shippingCents: z.partialRecord(z.enum(MARGIN_CURRENCIES), z.number().int().min(0, 'A shipping cost cannot be negative.').max(1_000_000)).default({}),
    minimumMarginCents: z.number().int().min(0).max(100_000_000).nullable().optional(),
  })
  .strict();
export type MarginSettingsInput = z.input<typeof marginSettingsSchema>;

/** What sales earned, in cents of their currency: the revenue, Back Market's fee, the parcel, the devices' purchase and
 * repair cost, the VAT due, and the margin left. */
export interface MarginSums {
  revenueCents: number;
  commissionCents: number;
  shippingCents: number;
  costCents: number;
  vatCents: number;
  marginCents: number;
}

/** One market's sales of the window with what they really earned, in the market's currency (the sums over the known
 * lines only). */
export interface CountryMargin extends MarginSums {
  country: string;
  currency: string;
  /** Orderlines still paid for (to accept, accepted, shipped) in the window. */
  lines: number;
  /** Of them, the lines whose every device is recorded with its purchase cost in the sale's currency. */
  linesKnown: number;
}

/** How often devices come back after shipping: sold counts the shipped sales of recorded devices, returned those refunded after shipping. */
export interface ReturnsRate {
  key: string;
  /** A model's product name as Back Market sent it (empty for a grade row). */
  label: string;
  sold: number;
  returned: number;
}

export interface MarginReport {
  days: number;
  countries: CountryMargin[];
  returnsByModel: ReturnsRate[];
  returnsByGrade: ReturnsRate[];
}

/** The margin of selling one device at a price in a market: what the Prices matrix shows for the cheapest unit in stock. */
export interface MarginAtPrice {
  unitId: number | null;
  /** null when no unit in stock has a purchase cost in the market's currency. */
  marginCents: number | null;
  vatCents: number | null;
  belowMinimum: boolean;
}
