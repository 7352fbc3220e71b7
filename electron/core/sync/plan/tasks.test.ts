// The CSV catalog tasks: the contract's 15,000 lines per task with the header, counted as Back Market counts lines.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_LINES } from '../../backmarket';
import type { PlannedLine } from '../plan-types';
import { buildTasks, type LineDraft } from './tasks';

function draft(index: number, cells: Record<string, string> = {}): LineDraft {
  const values = { sku: `SKU-${index}`, price: '10.00', ...cells };
  const line: PlannedLine = { productNumber: `P${index}`, sku: values.sku, country: 'fr-fr', values, hashes: { stock: 's', price: 'p', content: 'c' }, kind: 'price', changes: [] };
  return { line, cells: values };
}

describe('catalog tasks', () => {
  it('splits beyond 15,000 lines, header included, each task a complete CSV', () => {
    const drafts = Array.from({ length: 20_000 }, (_, index) => draft(index));
    const tasks = buildTasks('fr-fr', drafts);
    expect(tasks.map((task) => task.lines.length)).toEqual([MAX_CSV_LINES - 1, 20_000 - (MAX_CSV_LINES - 1)]);
    for (const task of tasks) {
      expect(task.csv.trimEnd().split('\n').length).toBeLessThanOrEqual(MAX_CSV_LINES);
      expect(task.csvLines).toHaveLength(task.lines.length);
      expect(task.csv.startsWith('"sku";"price"\n')).toBe(true);
    }
    expect(tasks[1]?.lines[0]?.sku).toBe(`SKU-${MAX_CSV_LINES - 1}`);
  });

  it('counts the line breaks inside a quoted description, and quotes every field', () => {
    const drafts = [draft(1, { description: 'Line one\nline two\nline "three"' }), draft(2), draft(3)];
    const tasks = buildTasks('fr-fr', drafts, 5);
    // Header 1 + first record 3 physical lines = 4; the next record would make 5 + ... the second fits (5), the third splits.
    expect(tasks.map((task) => task.lines.length)).toEqual([2, 1]);
    const rows = parse(tasks[0]?.csv ?? '', { delimiter: ';', quote: '"', columns: true }) as Record<string, string>[];
    expect(rows[0]?.description).toBe('Line one\nline two\nline "three"');
    expect(tasks[0]?.csvLines[0]).toBe('"SKU-1";"10.00";"Line one\nline two\nline ""three"""');
  });
});
