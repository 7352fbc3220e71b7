// Importing devices from a CSV (a diagnostic tool's export, a supplier's list): which unit field each column feeds,
// what the import is told, and what it answers. The file goes through the same reading as the catalogue's.
import { z } from 'zod';
import { csvReadOptionsSchema, type CsvDelimiter, type CsvEncoding, type RejectedRow } from './catalogue';
import { VAT_REGIMES } from './device-units';

export const UNIT_COLUMNS = [
  'imei',
  'imei2',
  'serialNumber',
  'sku',
  'model',
  'merchantGrade',
  'grade',
  'batteryHealth',
  'colour',
  'storage',
  'purchaseDate',
  'supplier',
  'purchaseCost',
  'repairCost',
  'vatRegime',
  'notes',
] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];

/** One entry per file column, in order: the unit field it feeds, or null to leave it out. */
export const unitColumnMappingSchema = z.array(z.enum(UNIT_COLUMNS).nullable()).max(1000);

export const unitImportRunSchema = z
  .object({
    fileId: z.string().regex(/^[a-f0-9]{32}$/, 'Not a staged file id'),
    options: csvReadOptionsSchema.default({}),
    mapping: unitColumnMappingSchema,
    /** For rows that do not say: how the devices were bought, and the currency their costs are in. */
    defaults: z
      .object({ vatRegime: z.enum(VAT_REGIMES).default('margin'), currency: z.enum(['EUR', 'GBP', 'SEK']).default('EUR') })
      .strict()
      .default({ vatRegime: 'margin', currency: 'EUR' }),
  })
  .strict();
export type UnitImportRun = z.input<typeof unitImportRunSchema>;

export interface UnitImportPreview {
  fileId: string;
  fileName: string;
  sizeBytes: number;
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: (UnitColumn | null)[];
}

export interface UnitImportReport {
  added: number;
  rejected: RejectedRow[];
  rejectedTotal: number;
  durationMs: number;
}
