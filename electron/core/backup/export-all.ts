// Reads every table of a database generically (so tables added by later migrations are exported too) into the export format.
import type { Db } from '../db/connection';
import { userVersion } from '../db/migrations';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type CatalogueExport, type ExportCell } from './export-format';

export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Ordinary tables only: SQLite's own, virtual tables and their shadow tables are rebuilt, not copied. */
export function tableNames(db: Db): string[] {
  return db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

const encode = (value: unknown): ExportCell => {
  if (Buffer.isBuffer(value)) return { base64: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value as ExportCell;
};

export function exportDatabase(db: Db, meta: { mode: 'sandbox' | 'account'; appVersion: string; now: Date }): CatalogueExport {
  // One read transaction: every table from the same moment.
  return db.transaction(() => {
    const tables: CatalogueExport['tables'] = {};
    for (const name of tableNames(db)) {
      const statement = db.prepare(`SELECT * FROM ${quoteIdentifier(name)}`).raw(true);
      const columns = statement.columns().map((column) => column.name);
      tables[name] = { columns, rows: (statement.all() as unknown[][]).map((row) => row.map(encode)) };
    }
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: userVersion(db),
      mode: meta.mode,
      exportedAt: meta.now.toISOString(),
      appVersion: meta.appVersion,
      tables,
    } satisfies CatalogueExport;
  })();
}
