// The unit ledger's entries of the contract (devices with their IMEI or serial, grade, cost and status) and the event
// they push; shared/contract.ts spreads them into the one contract.
import { z } from 'zod';
import { marginSettingsSchema, type MarginAtPrice, type MarginReport, type MarginSettings } from '../margin';
import { MARKET_CODES } from '../connection';
import { csvReadOptionsSchema, type CsvExport } from '../catalogue';
import { unitImportRunSchema, type UnitImportPreview, type UnitImportReport } from '../units-import';
import { findByCodeSchema, setStatusSchema, unitInputSchema, unitQuerySchema, type Unit, type UnitDetail, type UnitPage } from '../device-units';

/** Carries a result type without a runtime value: results are produced by our own code, not parsed. */
const returns = <T>() => undefined as unknown as T;

const unitId = z.number().int().positive();
const sku = z.string().trim().min(1).max(200);

export const unitsCalls = {
  'units:list': { input: unitQuerySchema, result: returns<UnitPage>() },
  'units:get': { input: z.object({ id: unitId }).strict(), result: returns<UnitDetail>() },
  /** The unit a scanned or typed IMEI or serial number names; null when no unit has it. */
  'units:findByCode': { input: findByCodeSchema, result: returns<UnitDetail | null>() },
  /** The devices reserved for the orderline, then the SKU's units in stock, oldest purchase first (the ship dialog's list). */
  'units:pickable': { input: z.object({ sku, orderlineId: z.number().int().positive().optional() }).strict(), result: returns<Unit[]>() },
  /** The devices linked to an orderline: what its packing slip names. */
  'units:ofOrderline': { input: z.object({ orderlineId: z.number().int().positive() }).strict(), result: returns<Unit[]>() },
  'units:add': { input: z.object({ unit: unitInputSchema }).strict(), result: returns<UnitDetail>() },
  'units:update': { input: z.object({ id: unitId, unit: unitInputSchema }).strict(), result: returns<UnitDetail>() },
  'units:setStatus': { input: setStatusSchema, result: returns<UnitDetail>() },
  /** On: the product's stock becomes its units in stock. Off: its stock stays as it is and is edited by hand again. */
  'units:setTracking': { input: z.object({ sku, on: z.boolean() }).strict(), result: returns<{ tracked: boolean; stock: number | null }>() },
  'units:importPreview': {
    input: z.object({ fileId: z.string().regex(/^[a-f0-9]{32}$/, 'Not a staged file id'), fileName: z.string().max(255), options: csvReadOptionsSchema.default({}) }).strict(),
    result: returns<UnitImportPreview>(),
  },
  /** Good rows are written in one transaction; every refused row is listed by line with what to fix. */
  'units:importRun': { input: unitImportRunSchema, result: returns<UnitImportReport>() },
  'units:export': { input: z.object({}).strict(), result: returns<CsvExport>() },
  /** Every sale still paid for, with its devices and the margin it made (empty where not known). */
  'units:exportSales': { input: z.object({}).strict(), result: returns<CsvExport>() },

  'margin:settings': { input: z.object({}).strict(), result: returns<MarginSettings>() },
  'margin:saveSettings': { input: marginSettingsSchema, result: returns<MarginSettings>() },
  /** Real margin per market over the last 30 days, and returns rates per model and per grade. */
  'margin:report': { input: z.object({ days: z.literal(30).default(30) }).strict(), result: returns<MarginReport>() },
  /** The margin at a price in a market for the SKU's cheapest unit in stock (the Prices matrix). */
  'margin:atPrice': {
    input: z.object({ sku, country: z.enum(MARKET_CODES as [string, ...string[]]), priceCents: z.number().int().min(0).max(100_000_000) }).strict(),
    result: returns<MarginAtPrice>(),
  },
  /** The same for a page of the Prices matrix at once, answers in the order asked. */
  'margin:atPrices': {
    input: z
      .object({
        cells: z
          .array(z.object({ sku, country: z.enum(MARKET_CODES as [string, ...string[]]), priceCents: z.number().int().min(0).max(100_000_000) }).strict())
          .max(2000),
      })
      .strict(),
    result: returns<MarginAtPrice[]>(),
  },
} as const;

/** Units were added, edited or moved (by hand, an import or an order): the Units screen and the ship dialog refresh. */
export interface UnitsEventMap {
  'units:changed': { skus: string[] };
}
export const UNITS_EVENT_NAMES: (keyof UnitsEventMap)[] = ['units:changed'];
