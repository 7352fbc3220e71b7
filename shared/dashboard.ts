// The Home dashboard as both sides see it: what needs doing today and the last 30 days' sales per country and currency,
// with what the merchant kept after Back Market's commission and subscription. Main computes it; the renderer draws it.
import { z } from 'zod';
import type { AccountMode, TokenState } from './connection';
import type { StandingCounts } from './offer-status';
import { PLATFORM_CURRENCY } from './mapping';

/** Back Market's seller subscription, as the channel guide states it: EUR 50 per month, billed in euros. */
export const SUBSCRIPTION_PER_MONTH = 50;
export const SUBSCRIPTION_CURRENCY = PLATFORM_CURRENCY;
/**
 * The subscription is prorated per calendar day: twelve months spread over 365 days (about EUR 1.64 a day, EUR 49.32
 * over 30 days), so a year of days adds up to twelve subscriptions and not to 12.2 of them.
 */
export const SUBSCRIPTION_DAYS_PER_MONTH = 365 / 12;
/** The window the dashboard looks back over; the only one for now. */
export const DASHBOARD_DAYS = 30;
/** How many of the nearest deadlines the to-do cards name. */
export const NEAREST_DEADLINES = 3;

export const dashboardQuerySchema = z.object({ days: z.literal(DASHBOARD_DAYS).default(DASHBOARD_DAYS) }).strict();
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;

/** An order waiting for the merchant, for its to-do card. */
export interface OrderDeadline {
  orderId: number;
  customerName: string;
  /** The market code (fr-fr). */
  countryCode: string;
  /** When Back Market expects it accepted or shipped, ISO as Back Market sent it; '' when it gave none. */
  expectedDispatchDate: string;
  /** The deadline has passed. */
  late: boolean;
}

export interface OrdersTodo {
  count: number;
  /** How many of them are past their deadline. */
  late: number;
  /** The nearest deadlines first (orders without one after them), at most NEAREST_DEADLINES. */
  nearest: OrderDeadline[];
}

export interface DashboardTodo {
  toAccept: OrdersTodo;
  toShip: OrdersTodo;
  /** Offers in None (held back by the pre-flight check, or refused by Back Market), per country, most first. */
  noneOffers: { count: number; byCountry: { country: string; count: number }[] };
  /** Per enabled country, the offers by standing: on sale is the number a customer can buy. */
  offers: StandingCounts[];
  /** Products changed since their last accepted push, and since when the oldest waits (ISO), null when none. */
  pendingChanges: { count: number; oldestSince: string | null };
  /** The token's state: 'rejected' (or 'missing' with a real account) is a problem only Settings or the banner fixes. */
  token: { mode: AccountMode; state: TokenState; problem: boolean; queuedJobs: number };
}

/** One calendar day of sales in one currency; amounts in that currency, rounded to the cent. */
export interface SalesDay {
  /** The day, YYYY-MM-DD, in the merchant's time zone. */
  date: string;
  orders: number;
  revenue: number;
  commission: number;
  /** The day's share of the subscription: only in the subscription's currency, 0 in any other. */
  subscription: number;
  /** revenue - commission - subscription. */
  kept: number;
}

/**
 * The window's sales in one currency. Amounts are never converted: markets selling in EUR, GBP or SEK each have their
 * own series, and the subscription (billed in EUR) is taken from the EUR series only, which is always present.
 */
export interface CurrencySales {
  currency: string;
  orders: number;
  revenue: number;
  commission: number;
  subscription: number;
  kept: number;
  /** Every day of the window, oldest first, days without sales included. */
  days: SalesDay[];
}

/** One market's orders and revenue over the window, in its own currency. */
export interface CountrySales {
  /** The market code (fr-fr). */
  countryCode: string;
  currency: string;
  orders: number;
  revenue: number;
  /** The market's revenue per day, oldest first, aligned with CurrencySales.days. */
  dailyRevenue: number[];
}

export interface DashboardSummary {
  /** When it was computed, ISO. */
  generatedAt: string;
  todo: DashboardTodo;
  period: {
    days: number;
    /** First and last day of the window (today), YYYY-MM-DD in the merchant's time zone. */
    from: string;
    to: string;
    timeZone: string;
  };
  commissionRate: number;
  subscriptionPerMonth: number;
  subscriptionCurrency: string;
  /** Markets with at least one sale in the window, most orders first. */
  countries: CountrySales[];
  /** One entry per currency sold in, the subscription's currency first and always present. */
  sales: CurrencySales[];
}
