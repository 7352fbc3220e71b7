// The Home screen with a faked contract client: the to-do counts and deadlines with the links that fix them, the
// charts' text alternatives, one currency at a time, the empty state of a merchant without sales, and live refresh.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrencySales, DashboardSummary, SalesDay } from '../../../shared/dashboard';
import type { SyncState } from '../../../shared/sync';
import { createFakeApi } from '../../test/fake-api';
import { renderWithApi } from '../../test/render';
import { useListingsStore } from '../listings/listings-store';
import { HomeScreen } from './HomeScreen';
import { NOTHING_DIFFERS } from '../../../shared/offer-status';
import { emptyStandingCounts } from '../../../shared/offer-status';

/** The charts load on demand (their own chunk): the first import may take a while on a busy machine. */
const CHARTS = { timeout: 10_000 };

const DAYS = Array.from({ length: 30 }, (_, index) => new Date(Date.UTC(2026, 9, 29 + index)).toISOString().slice(0, 10));

function series(currency: string, byDay: Record<string, { orders: number; revenue: number }>, subscriptionPerDay: number): CurrencySales {
  const days: SalesDay[] = DAYS.map((date) => {
    const sold = byDay[date] ?? { orders: 0, revenue: 0 };
    const commission = Math.round(sold.revenue * 10) / 100;
    return { date, ...sold, commission, subscription: subscriptionPerDay, kept: Math.round((sold.revenue - commission - subscriptionPerDay) * 100) / 100 };
  });
  const sum = (pick: (day: SalesDay) => number) => Math.round(days.reduce((total, day) => total + pick(day), 0) * 100) / 100;
  return { currency, orders: sum((day) => day.orders), revenue: sum((day) => day.revenue), commission: sum((day) => day.commission), subscription: sum((day) => day.subscription), kept: sum((day) => day.kept), days };
}

function summary(overrides: Partial<DashboardSummary> = {}): DashboardSummary {
  return {
    generatedAt: '2026-11-27T10:00:00.000Z',
    todo: {
      toAccept: {
        count: 2,
        late: 1,
        nearest: [
          { orderId: 41, customerName: 'Camille Martin', countryCode: 'fr-fr', expectedDispatchDate: '2026-11-26T18:00:00Z', late: true },
          { orderId: 42, customerName: 'Jonas Weber', countryCode: 'de-de', expectedDispatchDate: '2026-11-28T09:00:00Z', late: false },
        ],
      },
      toShip: { count: 0, late: 0, nearest: [] },
      noneOffers: { count: 3, byCountry: [{ country: 'fr-fr', count: 2 }, { country: 'de-de', count: 1 }] },
      offers: [
        { ...emptyStandingCounts('fr-fr'), onSale: 0, notOnSale: 288, notOnSaleBy: { 'missing-comment': 288 }, heldBack: 1, refused: 1 },
        { ...emptyStandingCounts('de-de'), onSale: 290, refused: 1 },
      ],
      pendingChanges: { count: 5, oldestSince: '2026-11-25T08:00:00.000Z' },
      token: { mode: 'account', state: 'valid', problem: false, queuedJobs: 0 },
    },
    period: { days: 30, from: DAYS[0] ?? '', to: DAYS[29] ?? '', timeZone: 'UTC' },
    commissionRate: 0.1,
    subscriptionPerMonth: 50,
    subscriptionCurrency: 'EUR',
    countries: [
      { countryCode: 'fr-fr', currency: 'EUR', orders: 2, revenue: 300, dailyRevenue: DAYS.map((day) => (day === '2026-11-26' ? 300 : 0)) },
      { countryCode: 'de-de', currency: 'EUR', orders: 1, revenue: 100, dailyRevenue: DAYS.map((day) => (day === '2026-11-27' ? 100 : 0)) },
      { countryCode: 'en-gb', currency: 'GBP', orders: 1, revenue: 80, dailyRevenue: DAYS.map((day) => (day === '2026-11-27' ? 80 : 0)) },
    ],
    sales: [
      series('EUR', { '2026-11-26': { orders: 2, revenue: 300 }, '2026-11-27': { orders: 1, revenue: 100 } }, 1.64),
      series('GBP', { '2026-11-27': { orders: 1, revenue: 80 } }, 0),
    ],
    ...overrides,
  };
}

const noSales = () =>
  summary({
    todo: {
      ...summary().todo,
      toAccept: { count: 0, late: 0, nearest: [] },
      noneOffers: { count: 0, byCountry: [] },
      offers: [{ ...emptyStandingCounts('fr-fr'), onSale: 290 }],
      pendingChanges: { count: 0, oldestSince: null },
    },
    countries: [],
    sales: [series('EUR', {}, 1.64)],
  });

const idleSync: SyncState = { running: null, lastRun: null, pendingChanges: 5, openTasks: 0, truth: { ...NOTHING_DIFFERS, pendingChanges: 5 } };

function renderHome(result: () => DashboardSummary = () => summary()) {
  const fake = createFakeApi({ 'dashboard:summary': result, 'sync:start': () => idleSync });
  return { fake, ...renderWithApi(<HomeScreen />, fake.api) };
}

describe('the Home screen', () => {
  it('shows what needs doing with counts, the nearest deadlines and where each is fixed', async () => {
    renderHome();
    const toAccept = await screen.findByTestId('home-todo-to-accept');
    expect(within(toAccept).getByRole('heading', { name: /Orders to accept/ }).textContent).toContain('2');
    expect(within(toAccept).getByText('1 late')).toBeTruthy();
    const items = within(toAccept).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(/^Order 41 · Camille Martin · France by .+ late$/);
    expect(items[1]?.textContent).toMatch(/^Order 42 · Jonas Weber · Germany by /);
    expect(within(toAccept).getByRole('link', { name: 'Order 41 · Camille Martin · France' }).getAttribute('href')).toBe('#/orders?order=41');
    expect(within(toAccept).getByRole('link', { name: 'Open the orders to accept' }).getAttribute('href')).toBe('#/orders');

    expect(within(screen.getByTestId('home-todo-to-ship')).getByText('No order waits to be shipped.')).toBeTruthy();

    // What a customer can buy, per country, and why the rest cannot be bought; each line opens the listings filtered.
    const offers = screen.getByTestId('home-offers');
    expect(offers.querySelector('[data-country="fr-fr"]')?.getAttribute('data-on-sale')).toBe('0');
    expect(within(offers).getByText('France: 0 on sale')).toBeTruthy();
    const notOnSale = within(offers).getByRole('link', { name: '288 published but not on sale: 288 missing their comment' });
    await userEvent.click(notOnSale);
    expect(useListingsStore.getState().filters).toMatchObject({ country: 'fr-fr', standing: 'not-on-sale' });
    useListingsStore.getState().reset();
    expect(within(offers).getByText('Germany: 290 on sale')).toBeTruthy();
    expect(within(offers).getByText('1 held back by the pre-flight check (nothing was sent)')).toBeTruthy();

    const none = screen.getByTestId('home-todo-none-offers');
    expect(within(none).getByRole('heading').textContent).toContain('3');
    expect(within(none).getByText('France: 2')).toBeTruthy();
    const fix = within(none).getByRole('link', { name: 'Fix the offers in None' });
    expect(fix.getAttribute('href')).toBe('#/listings');
    await userEvent.click(fix);
    expect(useListingsStore.getState().filters.status).toBe('none');
    useListingsStore.getState().reset();

    expect(screen.queryByTestId('home-todo-token')).toBeNull();
  });

  it('starts the sync from the pending changes card', async () => {
    const { fake } = renderHome();
    const pending = await screen.findByTestId('home-todo-pending');
    expect(within(pending).getByRole('heading').textContent).toContain('5');
    await userEvent.click(within(pending).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(fake.callsOf('sync:start')).toEqual([{}]));
    expect(await within(pending).findByText(/The sync has started/)).toBeTruthy();
  });

  it('puts a rejected token first, with the way to Settings', async () => {
    renderHome(() => summary({ todo: { ...summary().todo, token: { mode: 'account', state: 'rejected', problem: true, queuedJobs: 2 } } }));
    const token = await screen.findByTestId('home-todo-token');
    expect(within(token).getByText(/no longer accepts your API token/)).toBeTruthy();
    expect(within(token).getByText('2 jobs wait for it.')).toBeTruthy();
    expect(within(token).getByRole('link', { name: 'Replace the token in Settings' }).getAttribute('href')).toBe('#/settings');
    expect(screen.getAllByRole('region')[1]).toBe(token);
  });

  it('draws the charts with text alternatives: a caption in words and the figures as tables', async () => {
    renderHome();
    const countries = await screen.findByRole('figure', { name: '4 orders in 30 days; the most from France (2).' }, CHARTS);
    const countryTable = within(countries).getByRole('table', { name: 'Orders and revenue per country over the last 30 days' });
    expect(within(countryTable).getByRole('row', { name: /United Kingdom 1 £80\.00/ })).toBeTruthy();
    expect(within(countryTable).getByRole('row', { name: /France 2 €300\.00/ })).toBeTruthy();
    // The chart is drawn, and hidden from assistive technology, which reads the caption and the table instead.
    expect(countries.querySelector('[aria-hidden="true"] svg.recharts-surface')).not.toBeNull();

    const money = screen.getByRole('figure', { name: /^In EUR over 30 days: revenue €400\.00, commission €40\.00, subscription €49\.20, kept €310\.80\.$/ });
    const days = within(money).getByRole('table', { name: 'Revenue, commission, subscription and kept per day, in EUR' });
    expect(within(days).getAllByRole('row')).toHaveLength(31);
    expect(within(screen.getByTestId('home-money-totals')).getByText('€310.80')).toBeTruthy();
  });

  it('shows one currency at a time and converts nothing', async () => {
    renderHome();
    await userEvent.selectOptions(await screen.findByLabelText('Currency', {}, CHARTS), 'GBP');
    expect(screen.getByRole('figure', { name: /^In GBP over 30 days: revenue £80\.00, commission £8\.00, subscription £0\.00, kept £72\.00\.$/ })).toBeTruthy();
    expect(screen.getByText(/nothing is converted/)).toBeTruthy();
  });

  it('says there are no sales yet instead of empty charts, and that nothing waits', async () => {
    renderHome(noSales);
    const empty = await screen.findByTestId('home-no-sales');
    expect(within(empty).getByRole('heading', { name: 'No sales in the last 30 days yet' })).toBeTruthy();
    expect(within(empty).getByText("Back Market's subscription still costs €49.20 over these 30 days.")).toBeTruthy();
    expect(screen.queryByRole('figure')).toBeNull();
    expect(screen.getByText('No order waits to be accepted.')).toBeTruthy();
    expect(screen.getByText('Everything is synced with Back Market.')).toBeTruthy();
  });

  it('never says everything is synced while offers are held back: it says how many and opens them in Listings', async () => {
    const held = noSales();
    held.todo.offers = [
      { ...emptyStandingCounts('fr-fr'), onSale: 12, changeHeld: 3 },
      { ...emptyStandingCounts('de-de'), onSale: 5, heldBack: 2 },
    ];
    renderHome(() => held);
    // Back Market keeps what it has only for the 3 it holds (published, their change held back): the 2 in None are not on it.
    const heldCard = await screen.findByTestId('pending-held');
    expect([heldCard.querySelector('p')?.textContent, ...[...heldCard.querySelectorAll('li')].map((item) => item.textContent)]).toEqual([
      'No change waits to be sent, but 5 offers are held back:',
      '3 are on Back Market: Back Market keeps what it has for them.',
      '2 are not on Back Market (never published there, or Back Market does not sell the product there): nothing is sent for them, so they stay off Back Market until what holds them back is fixed.',
    ]);
    expect(screen.queryByText('Everything is synced with Back Market.')).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'See the offers held back' }));
    expect(useListingsStore.getState().filters).toMatchObject({ standing: 'held-back', status: '', country: '' });
  });

  it('says Back Market keeps what it has when it holds every offer held back', async () => {
    const held = noSales();
    held.todo.offers = [{ ...emptyStandingCounts('fr-fr'), onSale: 12, changeHeld: 3 }];
    renderHome(() => held);
    expect((await screen.findByTestId('pending-held')).textContent).toBe(
      'No change waits to be sent, but 3 offers are held back: Back Market keeps what it has until you fix them or decide in the review.',
    );
  });

  it('reads again when main says orders changed', async () => {
    let current = noSales();
    const { fake } = renderHome(() => current);
    await screen.findByTestId('home-no-sales');
    current = summary();
    act(() => fake.emit('orders:changed', { reason: 'import', orderIds: [41] }));
    expect(await screen.findByTestId('home-countries-chart', {}, CHARTS)).toBeTruthy();
    expect(fake.callsOf('dashboard:summary').length).toBeGreaterThanOrEqual(2);
  });
});
