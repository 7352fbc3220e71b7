// Dates on the wire, independent of the computer's time zone. The contract asks for RFC 3339, which always carries an
// offset; a date written without one (as some of the contract's own examples are, '2022-04-29T09:35:24') is read as UTC,
// never in the local zone, so the same text means the same instant on every machine. Dates the client sends always
// carry an explicit Z.

/** YYYY-MM-DD, then optionally [T or space]hh:mm[:ss[.fraction]], then optionally Z or ±hh[:mm]. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/** Milliseconds since the epoch for a Back Market date, an offset-less one read as UTC; undefined when unreadable. */
export function parseBackMarketDate(text: string): number | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
  const parts = [Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)] as const;
  const utc = Date.UTC(...parts, Number(fraction.slice(0, 3).padEnd(3, '0')));
  const check = new Date(utc);
  // Date.UTC rolls 2026-02-31 over to March: refuse it instead.
  if (check.getUTCMonth() !== parts[1] || check.getUTCDate() !== parts[2] || parts[3] > 23 || parts[4] > 59 || parts[5] > 60) return undefined;
  return utc - offsetMinutes(offset) * 60_000;
}

/** RFC 3339 in UTC with an explicit Z ('2026-12-06T00:54:22.000Z'), whatever the computer's zone. */
export function toRfc3339Utc(value: string | Date): string {
  const at = value instanceof Date ? value.getTime() : parseBackMarketDate(value);
  if (at === undefined || Number.isNaN(at)) {
    throw new Error(`A date for Back Market must be a date-time such as 2026-12-06T00:54:22Z, got ${JSON.stringify(String(value))}.`);
  }
  return new Date(at).toISOString();
}

/** A date Back Market sent, as RFC 3339 UTC for storing and sorting; '' stays '', an unreadable text is kept as sent. */
export function normalizeBackMarketDate(text: string | null | undefined): string {
  if (typeof text !== 'string' || text.trim() === '') return '';
  const at = parseBackMarketDate(text);
  return at === undefined ? text : new Date(at).toISOString();
}

/** A query with the named date filters rewritten as RFC 3339 UTC with an explicit Z; the other fields pass through. */
export function withUtcDates<T extends object>(query: T, names: readonly (keyof T & string)[]): T {
  const out = { ...query } as Record<string, unknown>;
  for (const name of names) if (typeof out[name] === 'string') out[name] = toRfc3339Utc(out[name]);
  return out as T;
}

/** The date filters of GET /ws/orders. */
export const withUtcDateFilters = <T extends { date_creation?: string; date_modification?: string }>(query: T): T =>
  withUtcDates(query, ['date_creation', 'date_modification']);

/** The date filters of GET /ws/shipping/v1/returns (its examples have no offset: we always send one). */
export const withUtcReturnDates = <T extends { start_date?: string; end_date?: string; pickup_start_date?: string; pickup_end_date?: string }>(query: T): T =>
  withUtcDates(query, ['start_date', 'end_date', 'pickup_start_date', 'pickup_end_date']);
