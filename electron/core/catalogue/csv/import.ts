// Imports the merchant's catalogue CSV: reads and checks every row while yielding to the app, then writes the good ones in one transaction.
import type { ColumnTarget, CsvReadOptions, DuplicatePolicy, ImportReport, RejectedRow } from '../../../../shared/catalogue';
import { createDuplicateTracker, missingIdentifierWarnings, otherCaseRows } from './import-checks';
import type { Db } from '../../db/connection';
import { saidError } from '../../errors';
import type { ColumnTally } from './column-tally';
import { createColumnTally } from './column-tally';
import { emptyFile, openCsvSource, readCsvRecords } from './read-csv';
import type { ColumnPlan } from './row-values';
import { isBlankRecord, planColumns, readRow } from './row-values';
import type { AcceptedRow } from './write-products';
import { writeAcceptedRows } from './write-products';
import { plainEnglish, said, type MerchantMessage } from '../../../../shared/messages/merchant-message';

/** Enough for the merchant to see the pattern; the total says how many there were. */
export const REJECTED_LIST_LIMIT = 1000;
const PROGRESS_ROWS = 2000;
const NOTHING_NOTED = { duplicates: [], duplicatesTotal: 0, warnings: [], warningsTotal: 0, gridPricesKept: [], gridPricesKeptTotal: 0, otherCase: [], otherCaseTotal: 0 };

export interface ImportProgressUpdate {
  phase: 'reading' | 'writing' | 'done';
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface ImportArgs {
  options: CsvReadOptions;
  mapping: ColumnTarget[];
  now: string;
  /** The merchant saw which columns would be refused on most rows and imports the other rows anyway. */
  acceptMostlyRefused?: boolean;
  /** A product number on more than one row: the last row wins unless the merchant chose otherwise. */
  duplicates?: DuplicatePolicy;
  onProgress?: (progress: ImportProgressUpdate) => void;
}

export async function importCsv(db: Db, file: string, args: ImportArgs): Promise<ImportReport> {
  const started = performance.now();
  const source = await openCsvSource(file, args.options);
  const totalBytes = source.sizeBytes;
  const report = (phase: ImportProgressUpdate['phase'], bytesRead: number) => args.onProgress?.({ phase, bytesRead, totalBytes, rowsRead });

  let plan: ColumnPlan | undefined;
  let tally: ColumnTally | undefined;
  let rowsRead = 0;
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  let rejectedTotal = 0;
  const duplicates = createDuplicateTracker(args.duplicates ?? 'last-wins');
  const rowOf = new WeakMap<AcceptedRow, number>();
  const reject = (row: number, line: number, field: string | null, message: MerchantMessage) => {
    rejectedTotal += 1;
    if (rejected.length < REJECTED_LIST_LIMIT) rejected.push({ row, line, field, reason: plainEnglish(message), said: message });
  };
  // Spreadsheet rows: every record is one row (a blank line too, as a spreadsheet shows it), the header row 1.
  let records = 0;
  let headerRecord = 0;

  report('reading', 0);
  let reported = { bytes: 0, rows: 0 };
  await readCsvRecords(
    source,
    (cells, line) => {
      records += 1;
      if (isBlankRecord(cells)) return;
      if (!plan) {
        // Blank lines are skipped above, so the first record left is the header row.
        plan = planColumns(cells.map((cell) => cell.trim()), args.mapping);
        tally = createColumnTally(plan);
        headerRecord = records;
        return;
      }
      rowsRead += 1;
      const row = records - headerRecord + 1;
      const reading = readRow(plan, cells, tally?.observe);
      if (!reading.ok) {
        reject(row, line, reading.header, reading.said);
        return;
      }
      const productNumber = reading.values.productNumber as string;
      const seen = duplicates.see(productNumber, row, accepted.length);
      if (seen.kind === 'reject') {
        reject(row, line, plan.productNumber.header, said('importRow.duplicate', { productNumber, row: seen.firstRow }));
        return;
      }
      rowOf.set(reading, row);
      if (seen.kind === 'replace') accepted[seen.index] = reading;
      else if (seen.kind === 'new') accepted.push(reading);
    },
    ({ bytesRead }) => {
      if (bytesRead - reported.bytes >= totalBytes / 100 || rowsRead - reported.rows >= PROGRESS_ROWS) {
        reported = { bytes: bytesRead, rows: rowsRead };
        report('reading', bytesRead);
      }
    },
  );
  if (!plan) throw emptyFile();
  if (rowsRead === 0) {
    throw saidError('invalid-input', said('csvFile.headerOnly'));
  }

  const checked = tally as ColumnTally;
  const outcome = { encoding: source.encoding, conversions: checked.conversions() };
  const stopped = args.acceptMostlyRefused ? [] : checked.stops(rowsRead);
  if (stopped.length > 0) {
    // Nothing is written: the merchant checks the encoding, unit or mapping first, or imports anyway.
    report('done', totalBytes);
    return { inserted: 0, updated: 0, unchanged: 0, rejected: [], rejectedTotal: 0, durationMs: Math.round(performance.now() - started), ...outcome, stopped, ...NOTHING_NOTED };
  }
  report('writing', totalBytes);
  const written = accepted.length > 0 ? writeAcceptedRows(db, plan, accepted, args.now) : { inserted: 0, updated: 0, unchanged: 0, boxesKept: [], otherCase: new Map<AcceptedRow, string>() };
  report('done', totalBytes);
  const rowNumberOf = (row: AcceptedRow) => rowOf.get(row) ?? 0;
  const gridPricesKept = written.boxesKept.slice(0, REJECTED_LIST_LIMIT).map((box) => ({
    row: rowNumberOf(box.row),
    productNumber: box.productNumber,
    country: box.country,
    gridPrice: box.boxCents / 100,
    filePrice: box.catalogueCents / 100,
  }));
  return {
    inserted: written.inserted,
    updated: written.updated,
    unchanged: written.unchanged,
    rejected,
    rejectedTotal,
    durationMs: Math.round(performance.now() - started),
    ...outcome,
    stopped: [],
    ...duplicates.report(REJECTED_LIST_LIMIT),
    ...missingIdentifierWarnings(db, accepted, rowNumberOf, REJECTED_LIST_LIMIT, (row) => written.otherCase.get(row) ?? (row.values.productNumber as string)),
    ...otherCaseRows(written.otherCase, rowNumberOf, REJECTED_LIST_LIMIT),
    gridPricesKept,
    gridPricesKeptTotal: written.boxesKept.length,
  };
}
