// Dates read and sent the same way in every time zone: an offset-less date is UTC, a date sent always carries a Z.
// (dates-timezones.test.ts runs the same reading under other TZ values in child processes.)
import { describe, expect, it } from 'vitest';
import { normalizeBackMarketDate, parseBackMarketDate, toRfc3339Utc, withUtcDateFilters, withUtcReturnDates } from './dates';

describe('parseBackMarketDate', () => {
  it('reads an offset-less date-time as UTC, with T or a space', () => {
    expect(parseBackMarketDate('2026-12-06 00:54:22')).toBe(Date.UTC(2026, 11, 6, 0, 54, 22));
    expect(parseBackMarketDate('2022-04-29T09:35:24')).toBe(Date.UTC(2022, 3, 29, 9, 35, 24));
    expect(parseBackMarketDate('2026-12-06')).toBe(Date.UTC(2026, 11, 6));
  });

  it('applies an explicit offset and keeps milliseconds of a longer fraction', () => {
    expect(parseBackMarketDate('2026-12-06T00:54:22Z')).toBe(Date.UTC(2026, 11, 6, 0, 54, 22));
    expect(parseBackMarketDate('2026-12-06T01:54:22+01:00')).toBe(Date.UTC(2026, 11, 6, 0, 54, 22));
    expect(parseBackMarketDate('2026-12-05T19:54:22-0500')).toBe(Date.UTC(2026, 11, 6, 0, 54, 22));
    expect(parseBackMarketDate('2022-04-29T09:35:24.123456Z')).toBe(Date.UTC(2022, 3, 29, 9, 35, 24, 123));
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'yesterday', '06/12/2026', '2026-02-31T10:00:00Z', '2026-12-06T25:00:00Z', '1733446462']) expect(parseBackMarketDate(text), text).toBeUndefined();
  });
});

describe('toRfc3339Utc', () => {
  it('writes every date in UTC with an explicit Z', () => {
    expect(toRfc3339Utc('2026-12-06 00:54:22')).toBe('2026-12-06T00:54:22.000Z');
    expect(toRfc3339Utc('2026-12-06T09:54:22+09:00')).toBe('2026-12-06T00:54:22.000Z');
    expect(toRfc3339Utc(new Date(Date.UTC(2026, 11, 6, 0, 54, 22)))).toBe('2026-12-06T00:54:22.000Z');
  });

  it('names the bad date and the form it should take', () => {
    expect(() => toRfc3339Utc('last week')).toThrow(/2026-12-06T00:54:22Z, got "last week"/);
  });

  it('rewrites only the date filters of an orders query', () => {
    expect(withUtcDateFilters({ date_modification: '2026-12-06 00:54:22', state: 1 as const })).toEqual({ date_modification: '2026-12-06T00:54:22.000Z', state: 1 });
    expect(withUtcDateFilters({})).toEqual({});
    expect(withUtcReturnDates({ start_date: '2021-05-05T06:58:31', order_id: 5 })).toEqual({ start_date: '2021-05-05T06:58:31.000Z', order_id: 5 });
  });
});

describe('normalizeBackMarketDate', () => {
  it('stores readable dates as RFC 3339 UTC and keeps anything else as sent', () => {
    expect(normalizeBackMarketDate('2022-04-29T09:35:24')).toBe('2022-04-29T09:35:24.000Z');
    expect(normalizeBackMarketDate(undefined)).toBe('');
    expect(normalizeBackMarketDate('soon')).toBe('soon');
  });
});
