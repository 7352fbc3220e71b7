// Reads a catalog task's `result`, which the contract leaves free-form ("content depends on the task action", example
// `{}`): per-line outcomes as a `lines[]` array or as a map keyed by SKU when the shape is recognised; nothing otherwise.
// A report is a hint; what it does not say is settled from the listings (read-back.ts).
import type { TaskLineResult } from '../../backmarket';

export type ReportShape = 'lines' | 'by-sku' | 'unknown';

export interface TaskReport {
  shape: ReportShape;
  /** Outcomes by line number of the file (the header is line 1), when the report numbers them. */
  byLine: Map<number, TaskLineResult>;
  /** Outcomes by SKU (lower case). */
  bySku: Map<string, TaskLineResult>;
}

const STATUSES = new Set(['created', 'updated', 'error']);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function errorsOf(value: unknown): { field: string; message: string }[] | undefined {
  if (typeof value === 'string') return [{ field: '', message: value }];
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry) => {
    if (typeof entry === 'string') return [{ field: '', message: entry }];
    if (isObject(entry) && typeof entry.message === 'string') return [{ field: typeof entry.field === 'string' ? entry.field : '', message: entry.message }];
    return [];
  });
}

/** One outcome, when it says created, updated or error (an `errors` list alone counts as an error). */
function outcomeOf(value: unknown, sku: string | null, line: number): TaskLineResult | undefined {
  // A bare status: `{"SKU-1": "updated"}`.
  if (typeof value === 'string') return STATUSES.has(value.toLowerCase()) ? { line, sku, status: value.toLowerCase() as TaskLineResult['status'] } : undefined;
  if (!isObject(value)) return undefined;
  const errors = errorsOf(value.errors ?? value.error);
  const status = typeof value.status === 'string' ? value.status.toLowerCase() : errors && errors.length > 0 ? 'error' : '';
  if (!STATUSES.has(status)) return undefined;
  const outcome: TaskLineResult = { line, sku, status: status as TaskLineResult['status'] };
  if (typeof value.id === 'string') outcome.id = value.id;
  if (typeof value.listing_id === 'number') outcome.listing_id = value.listing_id;
  if (typeof value.product_id === 'string') outcome.product_id = value.product_id;
  if (typeof value.product_created === 'boolean') outcome.product_created = value.product_created;
  if (errors) outcome.errors = errors;
  return outcome;
}

export function readTaskReport(result: unknown): TaskReport {
  const report: TaskReport = { shape: 'unknown', byLine: new Map(), bySku: new Map() };
  if (!isObject(result)) return report;
  if (Array.isArray(result.lines)) {
    for (const entry of result.lines) {
      if (!isObject(entry)) continue;
      const sku = typeof entry.sku === 'string' && entry.sku !== '' ? entry.sku : null;
      const line = typeof entry.line === 'number' && Number.isInteger(entry.line) ? entry.line : 0;
      const outcome = outcomeOf(entry, sku, line);
      if (!outcome) continue;
      if (line > 0) report.byLine.set(line, outcome);
      if (sku !== null) report.bySku.set(sku.toLowerCase(), outcome);
    }
    if (report.byLine.size + report.bySku.size > 0) report.shape = 'lines';
    return report;
  }
  // A map keyed by SKU: every entry whose value reads as an outcome (summary counts such as `total: 3` are not).
  for (const [sku, value] of Object.entries(result)) {
    const outcome = outcomeOf(value, sku, 0);
    if (outcome) report.bySku.set(sku.toLowerCase(), outcome);
  }
  if (report.bySku.size > 0) report.shape = 'by-sku';
  return report;
}

/** The report's outcome for one line of the file: by its number (the SKU confirming it), else by its SKU. */
export function outcomeFor(report: TaskReport, fileLine: number, sku: string): TaskLineResult | undefined {
  const byNumber = report.byLine.get(fileLine);
  if (byNumber && (byNumber.sku === null || byNumber.sku.toLowerCase() === sku.toLowerCase())) return byNumber;
  return report.bySku.get(sku.toLowerCase());
}
