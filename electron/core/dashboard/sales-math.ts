// The dashboard's arithmetic, pure: Back Market's decimal strings to whole cents, calendar days in the merchant's time
// zone, the commission per orderline and the subscription's share of each day. Whole cents throughout, so sums are exact.
import { COMMISSION_RATE } from '../../../shared/mapping';
import { SUBSCRIPTION_DAYS_PER_MONTH, SUBSCRIPTION_PER_MONTH } from '../../../shared/dashboard';

/** '229.0', '5.99', '-3' -> cents; undefined for anything that is not a plain decimal (a third decimal rounds half up). */
export function centsOf(amount: string): number | undefined {
  const match = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/.exec(amount);
  if (!match) return undefined;
  const [, sign, units = '0', fraction = ''] = match;
  const padded = `${fraction}000`;
  const cents = Number(units) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return sign === '-' ? -cents : cents;
}

export const amountOfCents = (cents: number): number => Math.round(cents) / 100;

/** The commission rate in basis points, so a line's commission is integer arithmetic with one rounding (half up). */
const COMMISSION_BASIS_POINTS = Math.round(COMMISSION_RATE * 10_000);

/** Back Market's commission on one orderline's amount, rounded to the cent as its orderline_fee is. */
export const commissionOf = (cents: number): number => Math.round((cents * COMMISSION_BASIS_POINTS) / 10_000);

/** The subscription's cost per day, in cents of its currency (not rounded). */
export const SUBSCRIPTION_CENTS_PER_DAY = (SUBSCRIPTION_PER_MONTH * 100) / SUBSCRIPTION_DAYS_PER_MONTH;

/**
 * The subscription's share of each of `days` days, in whole cents, so the days add up exactly to the window's
 * rounded share (4,932 cents over 30 days) instead of drifting by a cent per day.
 */
export function subscriptionCentsPerDay(days: number): number[] {
  return Array.from({ length: days }, (_, index) => Math.round(SUBSCRIPTION_CENTS_PER_DAY * (index + 1)) - Math.round(SUBSCRIPTION_CENTS_PER_DAY * index));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const DAY_MS = 86_400_000;
const utcNoonOf = (day: string): number => Date.parse(`${day}T12:00:00Z`);

/** The `days` calendar days ending with `lastDay`, oldest first (calendar arithmetic on dates alone, so DST cannot skew it). */
export function daysEndingOn(lastDay: string, days: number): string[] {
  const last = utcNoonOf(lastDay);
  return Array.from({ length: days }, (_, index) => new Date(last - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10));
}

/**
 * A lower bound for date_creation as SQLite compares text: a day before the window's first day, in UTC, so an order
 * stamped with any offset (+14:00 to -12:00) on the first day is read; the exact day is decided afterwards in JS.
 */
export const createdSinceBound = (firstDay: string): string => new Date(utcNoonOf(firstDay) - 2 * DAY_MS).toISOString();
