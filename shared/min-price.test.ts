// The min_price an offer should hold: the floor where the country is switched on, never above the price, and why none.
import { describe, expect, it } from 'vitest';
import { minPriceWish } from './min-price';

describe('minPriceWish', () => {
  const floor = { floorCents: 31_700 };
  it('sends the floor as an amount where the country is on and the floor is at or below the price', () => {
    expect(minPriceWish(true, floor, 49_990)).toEqual({ minPrice: '317.00', floorCents: 31_700, reason: null });
    expect(minPriceWish(true, floor, 31_700)).toEqual({ minPrice: '317.00', floorCents: 31_700, reason: null });
  });
  it('never sends a floor above the price', () => {
    expect(minPriceWish(true, floor, 31_699)).toEqual({ minPrice: null, floorCents: 31_700, reason: 'floor-above-price' });
  });
  it('says why there is none: switched off, no cost, an unreachable floor, no price', () => {
    expect(minPriceWish(false, floor, 49_990).reason).toBe('off');
    expect(minPriceWish(true, { floorCents: null, reason: 'cost-unknown' }, 49_990)).toEqual({ minPrice: null, floorCents: null, reason: 'cost-unknown' });
    expect(minPriceWish(true, { floorCents: null, reason: 'floor-unreachable' }, 49_990).reason).toBe('floor-unreachable');
    expect(minPriceWish(true, floor, null).reason).toBe('no-price');
  });
});
