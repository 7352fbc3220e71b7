// The unit ledger as both sides see it: one record per device (IMEI or serial, grade, battery, cost, VAT regime), its
// status and the history of its status changes, and the rules that check a unit before it is written.
import { z } from 'zod';
import { GRADES, type Grade } from './grades';
import { isValidImei, luhnCheckDigit } from './orders';

export const UNIT_STATUSES = ['in-stock', 'reserved', 'shipped', 'returned', 'in-repair', 'written-off'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Why a status changed: an order (sold, cancelled, shipped), a return or refund after shipping, or the merchant's hand. */
export const STATUS_CAUSES = ['order', 'return', 'manual'] as const;
export type StatusCause = (typeof STATUS_CAUSES)[number];

/** How the device was bought: under the VAT margin scheme (second-hand, no VAT to deduct) or with regular VAT. */
export const VAT_REGIMES = ['margin', 'regular'] as const;
export type VatRegime = (typeof VAT_REGIMES)[number];

/** Statuses the merchant may set by hand; reserved and shipped follow orders only, so a unit never ships twice. */
export const MANUAL_STATUSES: readonly UnitStatus[] = ['in-stock', 'returned', 'in-repair', 'written-off'];

/** The one IMEI rule (15 digits, Luhn check digit), shared with the ship dialog; the check digit builds valid IMEIs in tests and benchmarks. */
export { isValidImei, luhnCheckDigit };

/** Scanners and spreadsheets add spaces, dashes or a leading apostrophe; an IMEI is its digits. */
export const normaliseImei = (value: string): string => value.replace(/[\s\-'/.]/g, '');

/** A million in any currency: anything above is a typing mistake. */
const MAX_COST_CENTS = 100_000_000;
const COST_TOO_HIGH = 'This cost is above 1,000,000: check the amount.';
const money = z.number().int('Amounts are in cents: a whole number.').min(0, 'A cost cannot be negative.').max(MAX_COST_CENTS, COST_TOO_HIGH);

const imeiSchema = z
  .string()
  .transform(normaliseImei)
  .refine((value) => /^\d{15}$/.test(value), { message: 'An IMEI has 15 digits. Scan it again or type it from the box or *#06#.' })
  .refine(isValidImei, { message: 'This IMEI fails its check digit (Luhn): one digit is wrong. Scan it again or check it against *#06#.' });

/** The longest text each field takes; the schema and the CSV import (which checks rows without zod, for speed) share them. */
export const UNIT_TEXT_LIMITS = { serialNumber: 64, sku: 200, merchantGrade: 64, colour: 64, storage: 64, supplier: 200, notes: 2000 } as const;
type LimitedField = keyof typeof UNIT_TEXT_LIMITS;

const tooLong = (field: LimitedField) => `This text is too long: at most ${UNIT_TEXT_LIMITS[field]} characters.`;
const optionalText = (field: LimitedField) => z.string().trim().max(UNIT_TEXT_LIMITS[field], tooLong(field));

const IDENTIFIER_MISSING = 'Give the device its IMEI or its serial number.';
const SAME_IMEI_TWICE = 'The second IMEI repeats the first: a dual-SIM device has two different IMEIs.';

/**
 * What the schema checks across fields and text lengths, for fields already trimmed and typed (the CSV import reads
 * 100,000 rows; a zod parse per row costs a third of its time). Null when the unit is fine.
 */
export function unitFieldsProblem(unit: UnitFields): { path: string; message: string } | null {
  for (const field of Object.keys(UNIT_TEXT_LIMITS) as LimitedField[]) if (unit[field].length > UNIT_TEXT_LIMITS[field]) return { path: field, message: tooLong(field) };
  for (const field of ['purchaseCostCents', 'repairCostCents'] as const) {
    const cents = unit[field];
    if (cents !== null && cents > MAX_COST_CENTS) return { path: field === 'purchaseCostCents' ? 'purchaseCost' : 'repairCost', message: COST_TOO_HIGH };
  }
  if (unit.imei === null && unit.serialNumber === '') return { path: 'imei', message: IDENTIFIER_MISSING };
  if (unit.imei2 !== null && unit.imei2 === unit.imei) return { path: 'imei2', message: SAME_IMEI_TWICE };
  return null;
}

/** What the merchant types, scans or imports for one unit. */
export const unitInputSchema = z
  .object({
    imei: imeiSchema.nullable().default(null),
    imei2: imeiSchema.nullable().default(null),
    serialNumber: optionalText('serialNumber').default(''),
    sku: z.string().trim().min(1, 'Choose the product (SKU) this device is sold as.').max(UNIT_TEXT_LIMITS.sku, tooLong('sku')),
    merchantGrade: optionalText('merchantGrade').default(''),
    grade: z.enum(GRADES).nullable().default(null),
    batteryHealth: z.number().int().min(0, 'Battery health is a percentage from 0 to 100.').max(100, 'Battery health is a percentage from 0 to 100.').nullable().default(null),
    colour: optionalText('colour').default(''),
    storage: optionalText('storage').default(''),
    purchaseDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the purchase date as YYYY-MM-DD.')
      .nullable()
      .default(null),
    supplier: optionalText('supplier').default(''),
    purchaseCostCents: money.nullable().default(null),
    repairCostCents: money.default(0),
    currency: z.enum(['EUR', 'GBP', 'SEK']).default('EUR'),
    vatRegime: z.enum(VAT_REGIMES).default('margin'),
    notes: optionalText('notes').default(''),
  })
  .strict()
  .refine((unit) => unit.imei !== null || unit.serialNumber !== '', { message: IDENTIFIER_MISSING, path: ['imei'] })
  .refine((unit) => unit.imei2 === null || unit.imei2 !== unit.imei, { message: SAME_IMEI_TWICE, path: ['imei2'] });
export type UnitInput = z.input<typeof unitInputSchema>;
export type UnitFields = z.output<typeof unitInputSchema>;

/** A device come back after shipping more than once (a refund after shipping or a Backship return each count): flagged wherever it shows. */
export const isReturnedAgain = (unit: { returns: number }): boolean => unit.returns >= 2;

export interface Unit extends UnitFields {
  id: number;
  status: UnitStatus;
  /** How many times this device came back after shipping; above 1 the merchant is warned. */
  returns: number;
  createdAt: string;
  updatedAt: string;
}

export interface UnitStatusChange {
  status: UnitStatus;
  cause: StatusCause;
  orderlineId: number | null;
  note: string;
  changedAt: string;
}

export interface UnitDetail extends Unit {
  history: UnitStatusChange[];
  /** The orderlines this device was sold on, newest first. */
  orderlineIds: number[];
}

export const unitQuerySchema = z
  .object({
    search: z.string().trim().max(200).default(''),
    status: z.enum([...UNIT_STATUSES, 'all']).default('all'),
    sku: z.string().max(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type UnitQuery = z.input<typeof unitQuerySchema>;

export interface UnitPage {
  units: Unit[];
  total: number;
  /** Count per status over the whole ledger, for the filter. */
  byStatus: Record<UnitStatus, number>;
}

export const setStatusSchema = z
  .object({
    id: z.number().int().positive(),
    status: z.enum(MANUAL_STATUSES as [UnitStatus, ...UnitStatus[]]),
    note: z.string().trim().max(500).default(''),
  })
  .strict();

export const findByCodeSchema = z.object({ code: z.string().trim().min(1).max(64) }).strict();

export type { Grade };
