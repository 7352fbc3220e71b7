// The Home dashboard's service: what needs doing today (orders to accept and to ship by deadline, offers in None,
// pending changes, the token) and the window's sales per market and currency with what the merchant kept.
// Amounts are never converted between currencies: each currency has its own series, and the EUR subscription is taken
// from the EUR series, which is always present (it is billed even in a month without sales).
import type { ConnectionStatus } from '../../../shared/connection';
import {
  NEAREST_DEADLINES,
  SUBSCRIPTION_CURRENCY,
  SUBSCRIPTION_PER_MONTH,
  type CountrySales,
  type CurrencySales,
  type DashboardQuery,
  type DashboardSummary,
  type DashboardTodo,
  type OrdersTodo,
} from '../../../shared/dashboard';
import { findMarketChoice } from '../../../shared/connection';
import { COMMISSION_RATE } from '../../../shared/mapping';
import type { StandingCounts } from '../../../shared/offer-status';
import type { Db } from '../db/connection';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';
import { noneOffersByCountry, pendingChanges, soldLines, waitingOrders } from './dashboard-queries';
import { amountOfCents, centsOf, commissionOf, createdSinceBound, dayIn, daysEndingOn, subscriptionCentsPerDay } from './sales-math';

export interface DashboardDeps {
  /** The database of the current mode, undefined until setup chose one. */
  database: () => Db | undefined;
  connection: { status(): Pick<ConnectionStatus, 'mode' | 'tokenState' | 'queuedJobs'> };
  now: () => Date;
  /** The merchant's time zone, which decides what "a day" is; the system's unless a test says otherwise. */
  timeZone?: string;
  /** Per enabled country, the offers by the status model's standing (the listings summary); none when left out. */
  offers?: (db: Db) => StandingCounts[];
  /** The offers a change waits for in the enabled countries, as the header counts them; the outbox's products when left out. */
  waiting?: (db: Db) => number;
}

const deadlineTime = (deadline: string): number => (deadline === '' ? Number.NaN : Date.parse(deadline));

function ordersTodo(db: Db, place: 'to-accept' | 'to-ship', now: number): OrdersTodo {
  const rows = waitingOrders(db, place).map((row) => ({ row, due: deadlineTime(row.expected_dispatch_date) }));
  // Nearest deadline first; an order without a (readable) deadline comes after those that have one.
  rows.sort((a, b) => (Number.isNaN(a.due) ? 1 : 0) - (Number.isNaN(b.due) ? 1 : 0) || (a.due || 0) - (b.due || 0) || a.row.order_id - b.row.order_id);
  const late = (due: number) => !Number.isNaN(due) && due < now;
  return {
    count: rows.length,
    late: rows.filter(({ due }) => late(due)).length,
    nearest: rows.slice(0, NEAREST_DEADLINES).map(({ row, due }) => ({
      orderId: row.order_id,
      customerName: row.customer_name,
      countryCode: row.country_code,
      expectedDispatchDate: row.expected_dispatch_date,
      late: late(due),
    })),
  };
}

interface Bucket {
  orders: Set<number>;
  revenue: number;
  commission: number;
}
const emptyBucket = (): Bucket => ({ orders: new Set(), revenue: 0, commission: 0 });

function salesOf(db: Db, days: readonly string[], timeZone: string): { countries: CountrySales[]; sales: CurrencySales[] } {
  const dayIndex = new Map(days.map((day, index) => [day, index]));
  // currency -> per day; country|currency -> per day.
  const byCurrency = new Map<string, Bucket[]>([[SUBSCRIPTION_CURRENCY, days.map(emptyBucket)]]);
  const byCountry = new Map<string, { countryCode: string; currency: string; days: Bucket[] }>();

  for (const line of soldLines(db, createdSinceBound(days[0] ?? ''))) {
    const created = Date.parse(line.date_creation);
    const index = Number.isNaN(created) ? undefined : dayIndex.get(dayIn(new Date(created), timeZone));
    // Back Market sends amounts as plain decimals; a line whose amount cannot be read adds nothing rather than a guess.
    const unit = centsOf(line.price);
    if (index === undefined || unit === undefined) continue;
    const currency = line.order_currency || line.line_currency || findMarketChoice(line.country_code)?.currency || '';
    if (currency === '') continue;
    const revenue = unit * line.quantity;
    const commission = commissionOf(revenue);

    const currencyDays = byCurrency.get(currency) ?? days.map(emptyBucket);
    byCurrency.set(currency, currencyDays);
    const countryKey = `${line.country_code}|${currency}`;
    const country = byCountry.get(countryKey) ?? { countryCode: line.country_code, currency, days: days.map(emptyBucket) };
    byCountry.set(countryKey, country);
    for (const bucket of [currencyDays[index], country.days[index]]) {
      if (!bucket) continue;
      bucket.orders.add(line.order_id);
      bucket.revenue += revenue;
      bucket.commission += commission;
    }
  }

  const subscription = subscriptionCentsPerDay(days.length);
  const sales: CurrencySales[] = [...byCurrency].map(([currency, buckets]) => {
    const dayRows = buckets.map((bucket, index) => {
      const share = currency === SUBSCRIPTION_CURRENCY ? (subscription[index] ?? 0) : 0;
      return {
        date: days[index] ?? '',
        orders: bucket.orders.size,
        revenue: bucket.revenue,
        commission: bucket.commission,
        subscription: share,
        kept: bucket.revenue - bucket.commission - share,
      };
    });
    const total = (pick: (day: (typeof dayRows)[number]) => number) => dayRows.reduce((sum, day) => sum + pick(day), 0);
    return {
      currency,
      // An order is counted on the day it was created, so the days' counts add up to the window's.
      orders: total((day) => day.orders),
      revenue: amountOfCents(total((day) => day.revenue)),
      commission: amountOfCents(total((day) => day.commission)),
      subscription: amountOfCents(total((day) => day.subscription)),
      kept: amountOfCents(total((day) => day.kept)),
      days: dayRows.map((day) => ({
        ...day,
        revenue: amountOfCents(day.revenue),
        commission: amountOfCents(day.commission),
        subscription: amountOfCents(day.subscription),
        kept: amountOfCents(day.kept),
      })),
    };
  });
  // Never ranked by revenue: amounts in two currencies do not compare without a conversion.
  sales.sort((a, b) => (a.currency === SUBSCRIPTION_CURRENCY ? -1 : b.currency === SUBSCRIPTION_CURRENCY ? 1 : b.orders - a.orders || a.currency.localeCompare(b.currency)));

  const countries: CountrySales[] = [...byCountry.values()]
    .map((country) => ({
      countryCode: country.countryCode,
      currency: country.currency,
      orders: country.days.reduce((sum, bucket) => sum + bucket.orders.size, 0),
      revenue: amountOfCents(country.days.reduce((sum, bucket) => sum + bucket.revenue, 0)),
      dailyRevenue: country.days.map((bucket) => amountOfCents(bucket.revenue)),
    }))
    .sort((a, b) => b.orders - a.orders || a.countryCode.localeCompare(b.countryCode) || a.currency.localeCompare(b.currency));
  return { countries, sales };
}

export function createDashboardService(deps: DashboardDeps) {
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  function todoOf(db: Db, now: Date): DashboardTodo {
    const offers = deps.offers?.(db);
    // The offers in None are the status model's (held back with no listing on Back Market, or refused) in the enabled
    // countries: the same count as the header and the Listings grid; a published offer whose change is held back is not None.
    const byCountry = offers
      ? offers
          .map((entry) => ({ country: entry.country, count: entry.heldBack + entry.refused }))
          .filter((entry) => entry.count > 0)
          .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country))
      : noneOffersByCountry(db);
    const { mode, tokenState, queuedJobs } = deps.connection.status();
    return {
      toAccept: ordersTodo(db, 'to-accept', now.getTime()),
      toShip: ordersTodo(db, 'to-ship', now.getTime()),
      noneOffers: { count: byCountry.reduce((sum, entry) => sum + entry.count, 0), byCountry },
      offers: offers ?? [],
      pendingChanges: pendingChanges(db, deps.waiting),
      token: { mode, state: tokenState, problem: tokenState === 'rejected' || (mode === 'account' && tokenState === 'missing'), queuedJobs },
    };
  }

  return {
    summary(query: Required<DashboardQuery>): DashboardSummary {
      const db = deps.database();
      if (!db) throw saidError('unavailable', said('setup.notSetUp'));
      const now = deps.now();
      const days = daysEndingOn(dayIn(now, timeZone), query.days);
      // One read transaction: the to-do counts and the sales come from the same state of the file.
      return db.transaction(() => ({
        generatedAt: now.toISOString(),
        todo: todoOf(db, now),
        period: { days: query.days, from: days[0] ?? '', to: days.at(-1) ?? '', timeZone },
        commissionRate: COMMISSION_RATE,
        subscriptionPerMonth: SUBSCRIPTION_PER_MONTH,
        subscriptionCurrency: SUBSCRIPTION_CURRENCY,
        ...salesOf(db, days, timeZone),
      }))();
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
