// Builds a new database file from an export: the schema at the export's version, every row in one transaction, then the
// migrations an older file would get. The merchant's current file is not touched here; the service swaps the result in.
import Database from 'better-sqlite3';
import { saidError } from '../errors';
import { said, type MerchantMessage } from '../../../shared/messages/merchant-message';
import { LATEST_VERSION, migrate, MIGRATIONS } from '../db/migrations';
import { searchIndex } from '../db/migrations/007-search-index';
import { rebuildSearchIndex } from '../db/products-repo';
import { quoteIdentifier, tableNames } from './export-all';
import { catalogueExportSchema, EXPORT_FORMAT_VERSION, exportHeaderSchema, type CatalogueExport, type ExportCell } from './export-format';

/** Not a file "Export everything" saved (the message says why): refused as invalid input. */
const notAnExport = (why: MerchantMessage) => saidError('invalid-input', why);

/** Parses and validates the file's text; a newer format or schema is refused with what to do. */
export function parseExport(text: string): CatalogueExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notAnExport(said('backup.notJson'));
  }
  const header = exportHeaderSchema.safeParse(json);
  if (!header.success) throw notAnExport(said('backup.noHeader'));
  if (header.data.formatVersion > EXPORT_FORMAT_VERSION) {
    throw saidError('conflict', said('backup.newerFormat', { format: header.data.formatVersion, readable: EXPORT_FORMAT_VERSION }));
  }
  const parsed = catalogueExportSchema.safeParse(json);
  if (!parsed.success) throw notAnExport(said('backup.notAnExport', { detail: parsed.error.issues[0]?.message ?? 'its content does not match' }));
  if (parsed.data.schemaVersion > LATEST_VERSION) {
    throw saidError('conflict', said('backup.newerSchema', { version: parsed.data.schemaVersion, known: LATEST_VERSION }));
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
        if (!known.has(table)) throw notAnExport(said('backup.unknownTable', { table, version: data.schemaVersion }));
        const columns = new Set((db.pragma(`table_info(${quoteIdentifier(table)})`) as { name: string }[]).map((column) => column.name));
        const unknown = content.columns.find((column) => !columns.has(column));
        if (unknown) throw notAnExport(said('backup.unknownColumn', { table, column: unknown }));
        const insert = db.prepare(
          `INSERT INTO ${quoteIdentifier(table)} (${content.columns.map(quoteIdentifier).join(', ')}) VALUES (${content.columns.map(() => '?').join(', ')})`,
        );
        for (const row of content.rows) {
          if (row.length !== content.columns.length) throw notAnExport(said('backup.rowLength', { table, values: row.length, columns: content.columns.length }));
          insert.run(row.map(decode));
          rows += 1;
        }
      }
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw notAnExport(said('backup.brokenLinks', { rows: broken.length }));
    // The export leaves the search index out (a virtual table): built here from the products, or by migration 7 below
    // for an export from before it.
    if (data.schemaVersion >= searchIndex.version) rebuildSearchIndex(db);
    migrate(db);
    return { tables: Object.keys(data.tables).length, rows };
  } finally {
    db.close();
  }
}
