// The Home dashboard over a real temporary SQLite file: the to-do counts and deadlines, the 30-day window in the
// merchant's time zone, and the money: revenue per market and currency, the commission, the prorated subscription.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/contract';
import type { ConnectionStatus } from '../../../shared/connection';
import type { Db } from '../db/connection';
import { dispatch } from '../dispatch';
import { tempDatabase } from '../test/temp-db';
import { dashboardHandlers } from './dashboard-handlers';
import { SOLD_LINES_SQL } from './dashboard-queries';
import { createDashboardService } from './dashboard-service';
import { centsOf, commissionOf, subscriptionCentsPerDay } from './sales-math';

const NOW = new Date('2026-11-27T10:00:00Z');
let db: Db;
let cleanup: () => void;
let connection: Pick<ConnectionStatus, 'mode' | 'tokenState' | 'queuedJobs'>;

beforeEach(() => {
  ({ db, cleanup } = tempDatabase());
  connection = { mode: 'sandbox', tokenState: 'valid', queuedJobs: 0 };
});
afterEach(() => cleanup());

const service = (timeZone = 'UTC') => createDashboardService({ database: () => db, connection: { status: () => connection }, now: () => NOW, timeZone });
const summary = (timeZone?: string) => service(timeZone).summary({ days: 30 });

let nextLine = 1;
interface OrderFixture {
  id: number;
  place?: 'to-accept' | 'to-ship' | 'shipped' | 'cancelled-refunded' | 'waiting';
  country?: string;
  currency?: string;
  created?: string;
  deadline?: string;
  customer?: string;
  /** price, quantity, state (1 to accept, 2 accepted, 3 shipped, 4 cancelled, 5/6 refunded). */
  lines?: { price: string; quantity?: number; state?: number }[];
}

function addOrder({ id, place = 'shipped', country = 'fr-fr', currency = 'EUR', created = '2026-11-20T09:00:00Z', deadline = '', customer = 'Alice', lines = [{ price: '100.00' }] }: OrderFixture) {
  db.prepare(
    `INSERT INTO orders (order_id, state, place, country_code, currency, price, customer_name, expected_dispatch_date, date_creation, content_hash, imported_at, updated_at)
     VALUES (?, 3, ?, ?, ?, '', ?, ?, ?, 'h', ?, ?)`,
  ).run(id, place, country, currency, customer, deadline, created, NOW.toISOString(), NOW.toISOString());
  for (const line of lines) {
    const state = line.state ?? (place === 'to-accept' ? 1 : place === 'to-ship' ? 2 : 3);
    db.prepare('INSERT INTO orderlines (id, order_id, sku, quantity, price, currency, state) VALUES (?, ?, ?, ?, ?, ?, ?)').run(nextLine++, id, `SKU-${id}`, line.quantity ?? 1, line.price, currency, state);
  }
}

function addListingState(productNumber: string, country: string, status: 'published' | 'none' | 'pending' | 'not-sent') {
  db.prepare('INSERT INTO listing_states (product_number, country, sku, status, updated_at) VALUES (?, ?, ?, ?, ?)').run(productNumber, country, productNumber, status, NOW.toISOString());
}

function addPending(productNumber: string, since: string) {
  db.prepare("INSERT INTO outbox (product_number, change, fields, first_changed_at, last_changed_at) VALUES (?, 'upsert', '[]', ?, ?)").run(productNumber, since, since);
}

describe('what needs doing today', () => {
  it('counts orders to accept and to ship, names the nearest deadlines first and flags the late ones', () => {
    addOrder({ id: 1, place: 'to-accept', deadline: '2026-11-28T09:00:00+00:00', customer: 'Later' });
    // Earlier than order 1 once its offset is applied, although its text sorts after it.
    addOrder({ id: 2, place: 'to-accept', deadline: '2026-11-28T10:00:00+05:00', customer: 'Sooner' });
    addOrder({ id: 3, place: 'to-accept', deadline: '2026-11-26T18:00:00Z', customer: 'Late' });
    addOrder({ id: 4, place: 'to-accept', deadline: '', customer: 'No deadline' });
    addOrder({ id: 5, place: 'to-accept', deadline: '2026-12-01T09:00:00Z', customer: 'Far' });
    addOrder({ id: 6, place: 'to-ship', deadline: '2026-11-27T09:59:00Z', country: 'de-de' });
    addOrder({ id: 7, place: 'shipped' });
    addOrder({ id: 8, place: 'cancelled-refunded', lines: [{ price: '10.00', state: 4 }] });

    const { toAccept, toShip } = summary().todo;
    expect(toAccept.count).toBe(5);
    expect(toAccept.late).toBe(1);
    expect(toAccept.nearest.map((order) => order.customerName)).toEqual(['Late', 'Sooner', 'Later']);
    expect(toAccept.nearest[0]).toEqual({ orderId: 3, customerName: 'Late', countryCode: 'fr-fr', expectedDispatchDate: '2026-11-26T18:00:00Z', late: true });
    expect(toShip).toEqual({ count: 1, late: 1, nearest: [expect.objectContaining({ orderId: 6, countryCode: 'de-de', late: true })] });
  });

  it('puts an order without a deadline after the dated ones', () => {
    addOrder({ id: 1, place: 'to-ship', deadline: '' });
    addOrder({ id: 2, place: 'to-ship', deadline: '2026-11-30T09:00:00Z' });
    expect(summary().todo.toShip.nearest.map((order) => order.orderId)).toEqual([2, 1]);
  });

  it('counts offers in None per country, most first, and the pending changes with the oldest one', () => {
    addListingState('A', 'fr-fr', 'none');
    addListingState('B', 'fr-fr', 'none');
    addListingState('A', 'de-de', 'none');
    addListingState('C', 'fr-fr', 'published');
    addListingState('D', 'es-es', 'pending');
    addPending('A', '2026-11-26T08:00:00.000Z');
    addPending('B', '2026-11-25T08:00:00.000Z');

    const { noneOffers, pendingChanges } = summary().todo;
    expect(noneOffers).toEqual({ count: 3, byCountry: [{ country: 'fr-fr', count: 2 }, { country: 'de-de', count: 1 }] });
    expect(pendingChanges).toEqual({ count: 2, oldestSince: '2026-11-25T08:00:00.000Z' });
  });

  it('has nothing to do on an empty catalogue', () => {
    expect(summary().todo).toEqual({
      toAccept: { count: 0, late: 0, nearest: [] },
      toShip: { count: 0, late: 0, nearest: [] },
      noneOffers: { count: 0, byCountry: [] },
      offers: [],
      pendingChanges: { count: 0, oldestSince: null },
      token: { mode: 'sandbox', state: 'valid', problem: false, queuedJobs: 0 },
    });
  });

  it('reports a token problem when Back Market rejected the token, or a real account has none', () => {
    connection = { mode: 'account', tokenState: 'rejected', queuedJobs: 2 };
    expect(summary().todo.token).toEqual({ mode: 'account', state: 'rejected', problem: true, queuedJobs: 2 });
    connection = { mode: 'account', tokenState: 'missing', queuedJobs: 0 };
    expect(summary().todo.token.problem).toBe(true);
    connection = { mode: 'account', tokenState: 'unchecked', queuedJobs: 0 };
    expect(summary().todo.token.problem).toBe(false);
  });
});

describe('the last 30 days', () => {
  it('covers the 30 calendar days ending today, first and last day included, and nothing before or after', () => {
    addOrder({ id: 1, created: '2026-10-29T00:00:00Z', lines: [{ price: '10.00' }] }); // first day of the window
    addOrder({ id: 2, created: '2026-10-28T23:59:59Z', lines: [{ price: '20.00' }] }); // the day before: out
    addOrder({ id: 3, created: '2026-11-27T09:59:00Z', lines: [{ price: '30.00' }] }); // today
    addOrder({ id: 4, created: '2026-11-28T00:00:00Z', lines: [{ price: '40.00' }] }); // tomorrow (a wrong clock): out
    addOrder({ id: 5, created: 'not a date', lines: [{ price: '50.00' }] });

    const result = summary();
    expect(result.period).toEqual({ days: 30, from: '2026-10-29', to: '2026-11-27', timeZone: 'UTC' });
    const eur = result.sales[0];
    expect(eur?.days).toHaveLength(30);
    expect(eur?.days[0]).toMatchObject({ date: '2026-10-29', orders: 1, revenue: 10 });
    expect(eur?.days[29]).toMatchObject({ date: '2026-11-27', orders: 1, revenue: 30 });
    expect(eur?.orders).toBe(2);
    expect(eur?.revenue).toBe(40);
  });

  it('decides the day in the merchant’s time zone, whatever offset Back Market stamped', () => {
    // 23:30 UTC on 28 October is already 29 October in Paris (UTC+1 in winter): inside the Paris window.
    addOrder({ id: 1, created: '2026-10-28T23:30:00Z', lines: [{ price: '10.00' }] });
    addOrder({ id: 2, created: '2026-11-27T00:30:00+01:00', lines: [{ price: '20.00' }] });
    expect(summary('UTC').sales[0]?.revenue).toBe(20);
    const paris = summary('Europe/Paris');
    expect(paris.sales[0]?.days[0]).toMatchObject({ date: '2026-10-29', revenue: 10 });
    expect(paris.sales[0]?.days[29]).toMatchObject({ date: '2026-11-27', revenue: 20 });
  });

  it('counts what is still paid for: price times quantity of lines to accept, accepted or shipped, never refunds', () => {
    addOrder({ id: 1, place: 'shipped', lines: [{ price: '229.0', quantity: 2 }, { price: '50.00', state: 6 }] });
    addOrder({ id: 2, place: 'to-accept', lines: [{ price: '99.99' }] });
    addOrder({ id: 3, place: 'cancelled-refunded', lines: [{ price: '500.00', state: 5 }] });
    addOrder({ id: 4, place: 'waiting', lines: [{ price: '300.00', state: 0 }] });
    const eur = summary().sales[0];
    expect(eur).toMatchObject({ currency: 'EUR', orders: 2, revenue: 557.99 });
  });

  it('keeps revenue minus 10% commission (per orderline, to the cent) minus the subscription’s 30-day share', () => {
    addOrder({ id: 1, created: '2026-11-20T09:00:00Z', lines: [{ price: '123.45' }, { price: '0.05' }] });
    addOrder({ id: 2, created: '2026-11-21T09:00:00Z', lines: [{ price: '1000.00' }] });
    const eur = summary().sales[0];
    // 12.345 rounds half up to 12.35; 0.005 to 0.01: the commission Back Market's orderline_fee would show.
    expect(eur).toMatchObject({ revenue: 1123.5, commission: 112.36 });
    // EUR 50 a month, twelve months over 365 days: 30 days cost 49.32, spread to the cent over the days.
    expect(eur?.subscription).toBe(49.32);
    expect(eur?.kept).toBe(961.82);
    expect(eur?.days.reduce((sum, day) => sum + Math.round(day.subscription * 100), 0)).toBe(4932);
    const day20 = eur?.days.find((day) => day.date === '2026-11-20');
    expect(day20).toMatchObject({ orders: 1, revenue: 123.5, commission: 12.36 });
    expect(day20?.kept).toBeCloseTo(123.5 - 12.36 - (day20?.subscription ?? 0), 2);
    // A day without sales costs its share of the subscription.
    expect(eur?.days[0]?.kept).toBe(-(eur?.days[0]?.subscription ?? 0));
  });

  it('converts no currency: each has its own series, the subscription only in EUR, and EUR is there even without EUR sales', () => {
    addOrder({ id: 1, country: 'en-gb', currency: 'GBP', lines: [{ price: '200.00' }] });
    addOrder({ id: 2, country: 'sv-se', currency: 'SEK', lines: [{ price: '1500.00' }] });
    const result = summary();
    expect(result.sales.map((sales) => sales.currency)).toEqual(['EUR', 'GBP', 'SEK']);
    expect(result.sales[0]).toMatchObject({ currency: 'EUR', orders: 0, revenue: 0, commission: 0, subscription: 49.32, kept: -49.32 });
    expect(result.sales[1]).toMatchObject({ currency: 'GBP', orders: 1, revenue: 200, commission: 20, subscription: 0, kept: 180 });
    expect(result).toMatchObject({ commissionRate: 0.1, subscriptionPerMonth: 50, subscriptionCurrency: 'EUR' });
  });

  it('gives each market its orders, revenue and daily revenue, most orders first', () => {
    addOrder({ id: 1, country: 'de-de', created: '2026-11-26T09:00:00Z', lines: [{ price: '10.00' }] });
    addOrder({ id: 2, country: 'fr-fr', created: '2026-11-26T09:00:00Z', lines: [{ price: '20.00' }] });
    addOrder({ id: 3, country: 'fr-fr', created: '2026-11-27T09:00:00Z', lines: [{ price: '30.00' }, { price: '5.00' }] });
    addOrder({ id: 4, country: 'en-gb', currency: 'GBP', created: '2026-11-27T09:00:00Z', lines: [{ price: '40.00' }] });
    const { countries } = summary();
    expect(countries.map(({ countryCode, currency, orders, revenue }) => ({ countryCode, currency, orders, revenue }))).toEqual([
      { countryCode: 'fr-fr', currency: 'EUR', orders: 2, revenue: 55 },
      { countryCode: 'de-de', currency: 'EUR', orders: 1, revenue: 10 },
      { countryCode: 'en-gb', currency: 'GBP', orders: 1, revenue: 40 },
    ]);
    expect(countries[0]?.dailyRevenue.slice(-2)).toEqual([20, 35]);
    expect(countries[0]?.dailyRevenue).toHaveLength(30);
  });

  it('reads the window through the (place, date_creation) index', () => {
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${SOLD_LINES_SQL}`).all('2026-10-27T12:00:00.000Z') as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/SEARCH o USING INDEX orders_place_created/);
    expect(plan).toMatch(/SEARCH l USING INDEX orderlines_order/);
  });
});

describe('the arithmetic', () => {
  it('reads Back Market’s decimal strings exactly', () => {
    expect(['229.0', '5.99', '100', '0.005', '-3.10', ' 12.3 ', '', '1,5', 'abc'].map(centsOf)).toEqual([22900, 599, 10000, 1, -310, 1230, undefined, undefined, undefined]);
    expect(commissionOf(12345)).toBe(1235);
    expect(commissionOf(22900)).toBe(2290);
    expect(subscriptionCentsPerDay(365).reduce((sum, cents) => sum + cents, 0)).toBe(60_000);
  });
});

describe('the dashboard:summary call', () => {
  it('takes {} or { days: 30 } and refuses any other window before the service sees it', async () => {
    addOrder({ id: 1 });
    const handlers = dashboardHandlers({ database: () => db, connection: { status: () => connection }, now: () => NOW, timeZone: 'UTC' }) as unknown as Handlers;
    const silent = { error: () => undefined };
    expect(await dispatch(handlers, 'dashboard:summary', {}, silent)).toMatchObject({ ok: true, value: { period: { days: 30 }, sales: [{ revenue: 100 }] } });
    expect(await dispatch(handlers, 'dashboard:summary', { days: 30 }, silent)).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'dashboard:summary', { days: 7 }, silent)).toMatchObject({ ok: false, failure: { code: 'invalid-input' } });
  });

  it('says to finish setup when no catalogue is open', () => {
    const none = createDashboardService({ database: () => undefined, connection: { status: () => connection }, now: () => NOW });
    expect(() => none.summary({ days: 30 })).toThrow(/Finish setting up/);
  });
});
