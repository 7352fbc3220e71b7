// The price-to-win arithmetic: the floor from margin and profit rules, and, over thousands of seeded random selections,
// no new price below its floor or above its maximum and no grade ladder broken by a change.
import { describe, expect, it } from 'vitest';
import { centsOfAmount, floorPrice, planPriceToWin, profitCents, winRates, type OfferStanding, type PriceToWinSettings } from './backbox';
import { GRADES, type Grade } from './grades';

/** mulberry32: the same "random" cases on every run, so a failure can be replayed from its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const settings: PriceToWinSettings = { minMarginPercent: 10, minProfitCents: 1500, stepCents: 0, maxRaisePercent: 0, vatPercent: 20 };
const costs = { costCents: 20_000, shippingCents: 900, feeCents: 0, commissionRate: 0.1 };

describe('the floor', () => {
  it('is the lowest price whose profit after VAT, commission, shipping and cost meets both rules', () => {
    const answer = floorPrice(costs, settings);
    if (answer.floorCents === null) throw new Error('a floor was expected');
    const floor = answer.floorCents;
    const profit = profitCents(floor, costs, 20);
    expect(profit).toBeGreaterThanOrEqual(1500);
    expect(profit * 100).toBeGreaterThanOrEqual(10 * floor);
    const below = profitCents(floor - 1, costs, 20);
    expect(below < 1500 || below * 100 < 10 * (floor - 1)).toBe(true);
    // 200 € cost + 9 € shipping, by hand: the margin rule binds, 20,900 / (1/1.2 - 10 % commission - 10 % margin) = 330.00 €,
    // where the sale keeps 275.00 - 33.00 - 9.00 - 200.00 = 33.00 € (10 %); the profit rule alone would allow 305.46 €.
    expect(floor).toBe(33_000);
    expect(profitCents(33_000, costs, 20)).toBe(3_300);
  });

  it('is not known without the cost, and unreachable when VAT, commission and margin take the whole price', () => {
    expect(floorPrice({ ...costs, costCents: null }, settings)).toEqual({ floorCents: null, reason: 'cost-unknown' });
    expect(floorPrice(costs, { ...settings, minMarginPercent: 80 })).toEqual({ floorCents: null, reason: 'floor-unreachable' });
  });
});

const offer = (over: Partial<OfferStanding>): OfferStanding => ({
  productNumber: 'P1',
  country: 'fr-fr',
  bmProductId: 'bm-1',
  grade: 'GOOD',
  currentCents: 45_000,
  isWinning: false,
  priceToWinCents: 42_000,
  costs,
  ...over,
});

describe('the price-to-win plan', () => {
  it('moves a losing offer to the price to win less the step, and says why the others stay', () => {
    const lines = planPriceToWin(
      [
        offer({}),
        offer({ productNumber: 'P2', isWinning: true, priceToWinCents: 45_000 }),
        offer({ productNumber: 'P3', priceToWinCents: 30_000 }),
        offer({ productNumber: 'P4', isWinning: null, priceToWinCents: null }),
        offer({ productNumber: 'P5', costs: { ...costs, costCents: null } }),
      ],
      { ...settings, stepCents: 100 },
    );
    expect(lines.map((line) => [line.productNumber, line.newCents, line.untouched])).toEqual([
      ['P1', 41_900, null],
      ['P2', null, 'winning'],
      ['P3', null, 'floor-reached'],
      ['P4', null, 'not-read'],
      ['P5', null, 'cost-unknown'],
    ]);
    expect(lines[0]?.keepsCents).toBe(profitCents(41_900, costs, 20));
  });

  it('flags a price to win that would put Good above Very good of the same product and country', () => {
    const lines = planPriceToWin([offer({ grade: 'VERY_GOOD', currentCents: 44_000, isWinning: true, priceToWinCents: 44_000 }), offer({ productNumber: 'P2', grade: 'GOOD', currentCents: 43_000, priceToWinCents: 45_500 }), offer({ productNumber: 'P3', grade: 'FAIR', currentCents: 43_000, priceToWinCents: 41_000 })], {
      ...settings,
      maxRaisePercent: 10,
    });
    expect(lines.map((line) => line.untouched)).toEqual(['winning', 'grade-ladder', null]);
  });

  it('never sets a price below the floor or above the maximum, and never breaks the grade ladder (seeded random selections)', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const random = seeded(seed);
      const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
      const run: PriceToWinSettings = { minMarginPercent: int(0, 30), minProfitCents: int(0, 5000), stepCents: int(0, 300), maxRaisePercent: int(0, 20), vatPercent: [0, 5, 20, 25][int(0, 3)] as number };
      const offers: OfferStanding[] = Array.from({ length: int(1, 24) }, (_, index) => {
        const current = int(2000, 120_000);
        const read = random() > 0.1;
        return {
          productNumber: `P${index}`,
          country: ['fr-fr', 'de-de'][int(0, 1)] as string,
          bmProductId: `bm-${int(1, 3)}`,
          grade: GRADES[int(0, GRADES.length - 1)] as Grade,
          currentCents: current,
          isWinning: read ? random() > 0.6 : null,
          priceToWinCents: read ? Math.max(1, current + int(-30_000, 5_000)) : null,
          costs: { costCents: random() > 0.1 ? int(0, 60_000) : null, shippingCents: int(0, 2000), feeCents: int(0, 300), commissionRate: 0.1 },
        };
      });
      const lines = planPriceToWin(offers, run);
      const price = (index: number) => lines[index]?.newCents ?? offers[index]?.currentCents ?? 0;
      lines.forEach((line, index) => {
        if (line.newCents === null) {
          expect(line.untouched, `seed ${seed}`).not.toBeNull();
          return;
        }
        expect(line.floorCents, `seed ${seed}`).not.toBeNull();
        expect(line.newCents, `seed ${seed}: floor`).toBeGreaterThanOrEqual(line.floorCents as number);
        expect(line.newCents, `seed ${seed}: maximum`).toBeLessThanOrEqual(line.maxCents);
        expect(line.newCents, `seed ${seed}: price to win`).toBeLessThanOrEqual((line.priceToWinCents as number) - run.stepCents);
        offers.forEach((other, at) => {
          const self = offers[index] as OfferStanding;
          if (at === index || other.bmProductId !== self.bmProductId || other.country !== self.country) return;
          const better = GRADES.indexOf(other.grade as Grade) < GRADES.indexOf(self.grade as Grade);
          const worse = GRADES.indexOf(other.grade as Grade) > GRADES.indexOf(self.grade as Grade);
          if (better) expect(price(at), `seed ${seed}: ladder`).toBeGreaterThanOrEqual(price(index));
          if (worse) expect(price(at), `seed ${seed}: ladder`).toBeLessThanOrEqual(price(index));
        });
      });
    }
  });
});

describe('reading the BackBox', () => {
  it('counts winning offers of the offers read, per country', () => {
    expect(winRates([{ country: 'fr-fr', isWinning: true }, { country: 'fr-fr', isWinning: false }, { country: 'de-de', isWinning: true }])).toEqual([
      { country: 'de-de', winning: 1, read: 1 },
      { country: 'fr-fr', winning: 1, read: 2 },
    ]);
  });

  it('reads MonetaryAmount text as cents and refuses what is not an amount', () => {
    expect(centsOfAmount('13.0')).toBe(1300);
    expect(centsOfAmount('42')).toBe(4200);
    expect(centsOfAmount('1,5')).toBeNull();
    expect(centsOfAmount(null)).toBeNull();
  });
});
