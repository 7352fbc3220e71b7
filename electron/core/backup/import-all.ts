// Builds a new database file from an export: the schema at the export's version, every row in one transaction, then the
// migrations an older file would get. The merchant's current file is not touched here; the service swaps the result in.
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../db/migrations';
import { searchIndex } from '../db/migrations/007-search-index';
import { rebuildSearchIndex } from '../db/products-repo';
import { quoteIdentifier, tableNames } from './export-all';
import { catalogueExportSchema, EXPORT_FORMAT_VERSION, exportHeaderSchema, type CatalogueExport, type ExportCell } from './export-format';

const notAnExport = (detail: string) =>
  new AppError('invalid-input', `This file is not a Refurb Desk "export everything" file (${detail}). Choose the .json file that "Export everything" saved. Nothing has been changed.`);

/** Parses and validates the file's text; a newer format or schema is refused with what to do. */
export function parseExport(text: string): CatalogueExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notAnExport('it is not JSON');
  }
  const header = exportHeaderSchema.safeParse(json);
  if (!header.success) throw notAnExport('its header is missing');
  if (header.data.formatVersion > EXPORT_FORMAT_VERSION) {
    throw new AppError(
      'conflict',
      `This file was exported by a newer Refurb Desk (export format ${header.data.formatVersion}; this app reads up to ${EXPORT_FORMAT_VERSION}). Install the latest Refurb Desk on this computer, then import it again. Nothing has been changed.`,
    );
  }
  const parsed = catalogueExportSchema.safeParse(json);
  if (!parsed.success) throw notAnExport(parsed.error.issues[0]?.message ?? 'its content does not match');
  if (parsed.data.schemaVersion > LATEST_VERSION) {
    throw new AppError(
      'conflict',
      `This file was exported by a newer Refurb Desk (database version ${parsed.data.schemaVersion}; this app knows up to ${LATEST_VERSION}). Install the latest Refurb Desk on this computer, then import it again. Nothing has been changed.`,
    );
  }
  return parsed.data;
}

const decode = (value: ExportCell): unknown => (value !== null && typeof value === 'object' ? Buffer.from(value.base64, 'base64') : value);

/** Writes the export into a new file (which must not exist yet). Returns how many tables and rows were imported. */
export function writeExportInto(file: string, data: CatalogueExport): { tables: number; rows: number } {
  const db = new Database(file);
  try {
    // Foreign keys are checked once every table is in (rows arrive table by table, in any order).
    db.pragma('foreign_keys = OFF');
    migrate(db, MIGRATIONS.slice(0, data.schemaVersion));
    const known = new Set(tableNames(db));
    // Triggers would write rows of their own (an outbox, a counter) on top of the exported ones: dropped, then put back.
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    let rows = 0;
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
      for (const [table, content] of Object.entries(data.tables)) {
        if (!known.has(table)) throw notAnExport(`it has a table "${table}" that database version ${data.schemaVersion} does not have`);
        const columns = new Set((db.pragma(`table_info(${quoteIdentifier(table)})`) as { name: string }[]).map((column) => column.name));
        const unknown = content.columns.find((column) => !columns.has(column));
        if (unknown) throw notAnExport(`the table "${table}" has no column "${unknown}"`);
        const insert = db.prepare(
          `INSERT INTO ${quoteIdentifier(table)} (${content.columns.map(quoteIdentifier).join(', ')}) VALUES (${content.columns.map(() => '?').join(', ')})`,
        );
        for (const row of content.rows) {
          if (row.length !== content.columns.length) throw notAnExport(`a row of "${table}" has ${row.length} values for ${content.columns.length} columns`);
          insert.run(row.map(decode));
          rows += 1;
        }
      }
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw notAnExport(`${broken.length} rows point to rows that are not in the file`);
    // The export leaves the search index out (a virtual table): built here from the products, or by migration 7 below
    // for an export from before it.
    if (data.schemaVersion >= searchIndex.version) rebuildSearchIndex(db);
    migrate(db);
    return { tables: Object.keys(data.tables).length, rows };
  } finally {
    db.close();
  }
}
