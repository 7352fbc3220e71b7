// Reading the body of POST /ws/listings: the catalog CSV with its quotechar, delimiter and encoding.
import { CsvError, parse } from 'csv-parse/sync';

export class CatalogRequestError extends Error {}

/** Encodings the catalog may declare; the catalog arrives as a JSON string, so this only checks the declaration. */
const ENCODINGS = new Set(['utf-8', 'utf8', 'utf-8-sig', 'latin-1', 'latin1', 'iso-8859-1', 'iso-8859-15', 'cp1252', 'windows-1252', 'ascii', 'us-ascii']);

export interface ParsedCatalog {
  header: string[];
  rows: string[][];
}

function requireChar(body: Record<string, unknown>, key: 'quotechar' | 'delimiter'): string {
  const value = body[key];
  if (value === undefined) throw new CatalogRequestError(`parameter ${key} not found`);
  if (typeof value !== 'string' || value.length !== 1) throw new CatalogRequestError(`parameter ${key} must be exactly one character`);
  return value;
}

/** Checks the request and parses the CSV; throws CatalogRequestError with the message the 400 carries. */
export function readCatalogRequest(body: unknown, maxLines: number): ParsedCatalog {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new CatalogRequestError('The request body must be a JSON object with catalog, quotechar, delimiter and encoding');
  const record = body as Record<string, unknown>;
  if (record.catalog === undefined) throw new CatalogRequestError('parameter catalog not found');
  if (typeof record.catalog !== 'string' || record.catalog.length === 0) throw new CatalogRequestError('parameter catalog must be a non-empty string');
  const quote = requireChar(record, 'quotechar');
  const delimiter = requireChar(record, 'delimiter');
  if (record.encoding === undefined) throw new CatalogRequestError('parameter encoding not found');
  if (typeof record.encoding !== 'string' || record.encoding.length < 2 || record.encoding.length > 64) throw new CatalogRequestError('parameter encoding must be a string of 2 to 64 characters');
  if (!ENCODINGS.has(record.encoding.toLowerCase())) throw new CatalogRequestError(`encoding ${record.encoding} is not supported; use utf-8, latin-1 or cp1252`);
  if (quote === delimiter) throw new CatalogRequestError('quotechar and delimiter must differ');

  const catalog = record.catalog.replace(/^\uFEFF/, '');
  const lines = catalog.replace(/\r?\n$/, '').split('\n').length;
  if (lines > maxLines) throw new CatalogRequestError(`The catalog has ${lines} lines; the limit is ${maxLines} lines per task. Split it into several tasks.`);

  let records: string[][];
  try {
    records = parse(catalog, { delimiter, quote, relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][];
  } catch (error) {
    const detail = error instanceof CsvError ? `${error.message}` : String(error);
    throw new CatalogRequestError(`catalog is not valid CSV: ${detail}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new CatalogRequestError('catalog has no header line');
  return { header: header.map((name) => name.trim().toLowerCase()), rows };
}
