// The hourly SKU-line budget, the CSV line count it is fed with, and the limiter's own bookkeeping.
import { describe, expect, it } from 'vitest';
import { catalogDataLines, countCsvRecords } from './catalog-csv-lines';
import { orderUpdateApplied, orderUpdatePending } from './order-update-check';
import { RateLimiter } from './rate-limiter';
import { SkuLineBudget } from './sku-line-budget';
import type { Order } from './types/orders';

const HOUR = 3_600_000;

describe('SkuLineBudget', () => {
  it('counts a rolling hour and says when lines fit', () => {
    const budget = new SkuLineBudget({ linesPerHour: 2_000 });
    budget.record(1_500, 0);
    budget.record(400, 10 * 60_000);
    expect(budget.remaining(20 * 60_000)).toBe(100);
    expect(budget.nextAvailableAt(100, 20 * 60_000)).toBe(20 * 60_000);
    expect(budget.nextAvailableAt(500, 20 * 60_000)).toBe(HOUR);
    expect(budget.nextAvailableAt(1_900, 20 * 60_000)).toBe(HOUR + 10 * 60_000);
    expect(budget.nextAvailableAt(2_001, 0)).toBe(Infinity);
    expect(budget.remaining(HOUR + 1)).toBe(1_600);
  });

  it('starts from a saved history and hands it back for saving', () => {
    const saved: unknown[] = [];
    const budget = new SkuLineBudget({ history: [{ at: 1_000, lines: 300 }], onRecord: (history) => saved.push(history) });
    budget.record(50, 2_000);
    expect(budget.remaining(3_000)).toBe(1_650);
    expect(budget.history(3_000)).toEqual([
      { at: 1_000, lines: 300 },
      { at: 2_000, lines: 50 },
    ]);
    expect(saved).toHaveLength(1);
    expect(budget.history(HOUR + 1_500)).toEqual([{ at: 2_000, lines: 50 }]);
  });
});

describe('CSV line count', () => {
  it('counts records, not line breaks inside quotes', () => {
    const csv = 'sku;comment\n"A";"two\nlines"\r\n"B";"x"\n\n';
    expect(countCsvRecords(csv)).toBe(3);
    expect(catalogDataLines(csv)).toBe(2);
    expect(catalogDataLines('sku;quantity')).toBe(0);
  });
});

describe('order update check', () => {
  const order = (states: number[]): Order => ({ order_id: 1, state: 1, orderlines: states.map((state, index) => ({ id: index + 1, state: state as 1, listing: `SKU-${index}` })) });

  it('is pending while the line is where the move starts, applied once it arrived', () => {
    expect(orderUpdatePending(order([1]), { new_state: 2, sku: 'sku-0' })).toBe(true);
    expect(orderUpdateApplied(order([2]), { new_state: 2, sku: 'SKU-0' })).toBe(true);
    expect(orderUpdatePending(order([2]), { new_state: 2, sku: 'SKU-0' })).toBe(false);
    expect(orderUpdatePending(order([2, 2]), { new_state: 3, tracking_number: 'T' })).toBe(true);
    expect(orderUpdateApplied(order([3, 3]), { new_state: 3, tracking_number: 'T' })).toBe(true);
    expect(orderUpdatePending(order([1]), { new_state: 2 })).toBe(false);
  });
});

describe('RateLimiter bookkeeping', () => {
  it('gives a cancelled slot back at once, and holds a released one for a window', async () => {
    const limiter = new RateLimiter({ requestsPerWindow: 1, windowMs: 200 });
    (await limiter.acquire('/ws/listings')).cancel();
    const started = Date.now();
    (await limiter.acquire('/ws/listings')).release();
    await limiter.acquire('/ws/orders');
    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
  });

  it('a block stops its bucket only: catalogue blocks leave other calls free, an overall block stops all', async () => {
    const limiter = new RateLimiter({ windowMs: 1_000 });
    limiter.block('/ws/category/tree', 5_000);
    expect(limiter.blockedFor('/ws/category/tree')).toBeGreaterThan(4_900);
    expect(limiter.blockedFor('/ws/listings')).toBe(0);
    const permit = await limiter.acquire('/ws/listings');
    permit.release();
    limiter.block('/ws/orders', 5_000);
    expect(limiter.blockedFor('/ws/category/tree')).toBeGreaterThan(4_900);
    limiter.block('/ws/orders', 3_600_000);
    expect(limiter.blockedFor('/ws/orders')).toBeLessThanOrEqual(5_000);
  });
});
