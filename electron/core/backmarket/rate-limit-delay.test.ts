// After a 429 with no Retry-After (the contract documents none): the 10 s block, then a backoff with jitter that grows
// with each 429 in a row and never passes its ceiling.
import { expect, it } from 'vitest';
import { MAX_RATE_LIMIT_BACKOFF_MS, rateLimitDelay } from './retry';

it('waits the block, then longer with jitter for each 429 in a row, up to the ceiling', () => {
  const block = 10_000;
  // random() = 0 and 1 bound each wait: half the step, and the whole step, on top of the block.
  expect([1, 2, 3].map((attempt) => rateLimitDelay(block, attempt, () => 0))).toEqual([12_500, 15_000, 20_000]);
  expect([1, 2, 3].map((attempt) => rateLimitDelay(block, attempt, () => 1))).toEqual([15_000, 20_000, 30_000]);
  const spread = new Set(Array.from({ length: 20 }, (_, index) => rateLimitDelay(block, 2, () => index / 20)));
  expect(spread.size).toBeGreaterThan(10);
  expect(rateLimitDelay(block, 40, () => 1)).toBe(block + MAX_RATE_LIMIT_BACKOFF_MS);
});
