// The catalog task report as Back Market may write it: the contract types `result` as free-form (example `{}`), so each
// shape is read for what it says, and nothing is read into one it does not recognise.
import { describe, expect, it } from 'vitest';
import { outcomeFor, readTaskReport } from './task-report';

describe('reading a task report', () => {
  it('reads lines[] by line number, the SKU confirming it, and by SKU when the numbers are off', () => {
    const report = readTaskReport({
      total: 3,
      lines: [
        { line: 2, sku: 'A-1', status: 'created', id: 'uuid-a', listing_id: 11, product_id: 'p-a', product_created: true },
        { line: 3, sku: 'B-2', status: 'error', errors: [{ field: 'price', message: 'price is above max_price' }] },
        { line: 9, sku: 'C-3', status: 'updated' },
      ],
    });
    expect(report.shape).toBe('lines');
    expect(outcomeFor(report, 2, 'A-1')).toMatchObject({ status: 'created', id: 'uuid-a', listing_id: 11, product_created: true });
    expect(outcomeFor(report, 3, 'B-2')).toMatchObject({ status: 'error', errors: [{ field: 'price', message: 'price is above max_price' }] });
    // Line 4 holds C-3 in our file; the report numbered it 9: matched by its SKU, case-insensitively.
    expect(outcomeFor(report, 4, 'c-3')).toMatchObject({ status: 'updated' });
    // A number whose SKU disagrees is not taken for another line.
    expect(outcomeFor(report, 2, 'Z-9')).toBeUndefined();
  });

  it('reads a map keyed by SKU, and leaves summary counts alone', () => {
    const report = readTaskReport({
      total: 2,
      'A-1': { status: 'updated', listing_id: 11 },
      'B-2': { errors: ['grade is missing'] },
      'C-3': { status: 'pending' },
      'D-4': 'Created',
    });
    expect(report.shape).toBe('by-sku');
    expect(outcomeFor(report, 2, 'A-1')).toMatchObject({ status: 'updated', listing_id: 11 });
    expect(outcomeFor(report, 3, 'B-2')).toMatchObject({ status: 'error', errors: [{ field: '', message: 'grade is missing' }] });
    expect(outcomeFor(report, 5, 'D-4')).toMatchObject({ status: 'created' });
    // A status it does not know says nothing: the line is read back from the listings.
    expect(outcomeFor(report, 4, 'C-3')).toBeUndefined();
  });

  it.each([
    ['the contract example {}', {}],
    ['null', null],
    ['a string', 'done'],
    ['counts only', { total: 3, created: 2, updated: 1, errors: 0 }],
    ['lines that are not outcomes', { lines: [{ foo: 1 }, 'x'] }],
    ['an array', [{ sku: 'A-1', status: 'created' }]],
  ])('says nothing for %s', (_label, result) => {
    const report = readTaskReport(result);
    expect(report.shape).toBe('unknown');
    expect(outcomeFor(report, 2, 'A-1')).toBeUndefined();
  });
});
