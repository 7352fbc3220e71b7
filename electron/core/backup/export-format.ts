// The "export everything" file: every table's rows of one mode's database, with the export format and schema versions.
import { z } from 'zod';

export const EXPORT_FORMAT = 'refurb-desk-export';
/** Raise when the file's shape changes; an app refuses a file whose format is newer than it knows. */
export const EXPORT_FORMAT_VERSION = 1;

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Not a table or column name');
/** SQLite values as JSON: BLOBs as base64, everything else as itself. */
const cell = z.union([z.string(), z.number(), z.null(), z.object({ base64: z.string() }).strict()]);
export type ExportCell = z.infer<typeof cell>;

export const exportHeaderSchema = z.object({ format: z.literal(EXPORT_FORMAT), formatVersion: z.number().int().positive() });

export const catalogueExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    /** The database's user_version: an older export is imported at its version, then migrated like an older file. */
    schemaVersion: z.number().int().min(1),
    mode: z.enum(['sandbox', 'account']),
    exportedAt: z.string(),
    appVersion: z.string(),
    tables: z.record(identifier, z.object({ columns: z.array(identifier).min(1), rows: z.array(z.array(cell)) }).strict()),
  })
  .strict();

export type CatalogueExport = z.infer<typeof catalogueExportSchema>;
