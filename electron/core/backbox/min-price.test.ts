// The floor sent as min_price, per country, against the sandbox marketplace: off by default; switched on for a country,
// the next sync sends each listed offer's floor there once (the sandbox holds it and its repricer wins with it), a floor
// change sends one update, nothing is sent twice, an offer without a cost sends none and says why, a price under the
// floor clears it before the price goes, and switching the country off clears it on Back Market.
import { afterEach, describe, expect, it } from 'vitest';
import { floorPrice, profitCents } from '../../../shared/backbox';
import { COMMISSION_RATE } from '../../../shared/mapping';
import { setFieldMapping } from '../mapping/mapping-repo';
import { PHONE_ATTRIBUTES, phone } from '../sync/plan/plan-test-kit';
import { eanOf, startBackboxKit, type BackboxKit } from './backbox-test-kit';
import { loadSettings } from './backbox-repo';

let kit: BackboxKit | undefined;
afterEach(async () => {
  await kit?.close();
  kit = undefined;
});

/** What the sandbox holds as min_price for an offer (undefined when it holds no such listing or market). */
const heldMinPrice = (current: BackboxKit, sku: string, country: string) => current.market.sandbox.state.listings.find((listing) => listing.sku === sku)?.markets[country]?.min_price;

/** The min_price updates (POST /ws/listings/{id} with min_price) that reached the sandbox, as `country|min_price`. */
const minPriceWrites = (current: BackboxKit): string[] =>
  current.market.seen
    .filter((request) => request.method === 'POST' && /^\/ws\/listings\/[^/?]+$/.test(request.path) && typeof request.body === 'string' && request.body.includes('min_price'))
    .map((request) => `${String(request.headers['accept-language'] ?? '')}|${String((JSON.parse(request.body as string) as { min_price: unknown }).min_price)}`);

/** Two phones on sale: IP13-1 cost 200 (its Cost attribute), IP13-2 without a cost. */
async function twoPhones(): Promise<BackboxKit> {
  const current = await startBackboxKit();
  setFieldMapping(current.catalogue.db, 'cost_price', '', { kind: 'attribute', name: 'Cost' }, new Date().toISOString());
  current.catalogue.save(phone(1, { ean: eanOf(1) }), { ...PHONE_ATTRIBUTES, Cost: '200' });
  current.catalogue.save(phone(2, { ean: eanOf(2) }), PHONE_ATTRIBUTES);
  expect((await current.sync()).outcome).toBe('finished');
  return current;
}

const switchOn = (current: BackboxKit, countries: string[], extra: Partial<ReturnType<typeof loadSettings>> = {}) =>
  current.useSettings({ ...loadSettings(current.catalogue.db), ...extra, minPriceCountries: countries });

/** The floor of a phone of cost 200 in France (DEEE 0.50, no shipping mapped) under the saved settings. */
function franceFloor(current: BackboxKit): number {
  const settings = loadSettings(current.catalogue.db);
  const answer = floorPrice({ costCents: 20_000, shippingCents: 0, feeCents: 50, commissionRate: COMMISSION_RATE }, settings);
  if (answer.floorCents === null) throw new Error('The kit phone has a floor.');
  // The floor keeps both rules, and is below the phone's price (499.90).
  expect(profitCents(answer.floorCents, { costCents: 20_000, shippingCents: 0, feeCents: 50, commissionRate: COMMISSION_RATE }, settings.vatPercent)).toBeGreaterThanOrEqual(settings.minProfitCents);
  expect(answer.floorCents).toBeLessThan(49_990);
  return answer.floorCents;
}

const amount = (cents: number) => (cents / 100).toFixed(2);

describe('the floor sent as min_price', () => {
  it('is off by default, and once France is switched on the sync sends each French floor once, which the sandbox holds and its repricer uses', async () => {
    kit = await twoPhones();
    expect(minPriceWrites(kit)).toEqual([]);
    expect(heldMinPrice(kit, 'IP13-1', 'fr-fr')).toBeNull();

    // A cheaper competitor above the floor takes the BackBox while no min_price is set.
    await kit.addCompetitor('IP13-1', 'fr-fr', '449.00');
    kit.backbox.refresh({ scope: 'all' });
    await kit.backbox.settled();
    const productId = kit.productId('IP13-1');
    expect(kit.backbox.standings([{ productId, country: 'fr-fr' }]).standings[`${productId}|fr-fr`]).toMatchObject({ isWinning: false });

    switchOn(kit, ['fr-fr']);
    const floor = franceFloor(kit);
    // The dry run shows one min_price update, France only, for the phone whose cost is known.
    const view = kit.service.plan(100);
    expect(view.summary.minPrices).toBe(1);
    expect(view.offers).toEqual([expect.objectContaining({ sku: 'IP13-1', country: 'fr-fr', kind: 'price', via: 'realtime', changes: [{ field: 'min_price', before: '', after: amount(floor) }] })]);

    await kit.sync();
    expect(minPriceWrites(kit)).toEqual([`fr-fr|${amount(floor)}`]);
    expect(heldMinPrice(kit, 'IP13-1', 'fr-fr')).toBe(amount(floor));
    expect(heldMinPrice(kit, 'IP13-1', 'de-de')).toBeNull();
    expect(heldMinPrice(kit, 'IP13-2', 'fr-fr')).toBeNull();
    expect(kit.backbox.minPrice({ productId, country: 'fr-fr' })).toMatchObject({ on: true, sent: amount(floor), held: amount(floor), refused: null, wish: { minPrice: amount(floor), reason: null } });
    expect(kit.backbox.minPrice({ productId, country: 'de-de' })).toMatchObject({ on: false, sent: null, wish: { minPrice: null, reason: 'off' } });
    // The offer without a cost sends none, and its detail says why.
    expect(kit.backbox.minPrice({ productId: kit.productId('IP13-2'), country: 'fr-fr' })).toMatchObject({ on: true, sent: null, wish: { minPrice: null, reason: 'cost-unknown' } });

    // Back Market's repricer may now go down to the floor: the listing wins, selling at the competitor's price (the tie is its own, it is older).
    kit.backbox.refresh({ scope: 'all' });
    await kit.backbox.settled();
    expect(kit.backbox.standings([{ productId, country: 'fr-fr' }]).standings[`${productId}|fr-fr`]).toMatchObject({ isWinning: true, winnerPriceCents: 44_900 });

    // Nothing is sent twice.
    expect(kit.service.plan(100).summary.minPrices).toBe(0);
    await kit.sync();
    expect(minPriceWrites(kit)).toHaveLength(1);
  });

  it('sends one update when the floor changes, clears it before a price under the floor goes, and clears it when the country is switched off', async () => {
    kit = await twoPhones();
    switchOn(kit, ['fr-fr', 'de-de']);
    await kit.sync();
    const first = franceFloor(kit);
    expect(minPriceWrites(kit).sort()).toEqual([`de-de|${heldMinPrice(kit, 'IP13-1', 'de-de')}`, `fr-fr|${amount(first)}`].sort());

    // A higher minimum profit raises the floor: one update per offer switched on, none for the phone without a cost.
    switchOn(kit, ['fr-fr', 'de-de'], { minProfitCents: loadSettings(kit.catalogue.db).minProfitCents + 5_000 });
    const raised = franceFloor(kit);
    expect(raised).toBeGreaterThan(first);
    await kit.sync();
    expect(minPriceWrites(kit).slice(2).sort()).toEqual([`de-de|${heldMinPrice(kit, 'IP13-1', 'de-de')}`, `fr-fr|${amount(raised)}`].sort());
    expect(heldMinPrice(kit, 'IP13-1', 'fr-fr')).toBe(amount(raised));

    // A French price under the floor: never a min_price above it. The min_price is cleared, then the price is sent.
    kit.catalogue.setCountryPrice('IP13-1', 'fr-fr', raised / 100 - 1);
    await kit.sync();
    expect(minPriceWrites(kit).slice(4)).toEqual(['fr-fr|null']);
    const france = kit.market.sandbox.state.listings.find((listing) => listing.sku === 'IP13-1')?.markets['fr-fr'];
    expect(france).toMatchObject({ price: amount(raised - 100), min_price: null });
    expect(kit.backbox.minPrice({ productId: kit.productId('IP13-1'), country: 'fr-fr' })).toMatchObject({ sent: null, wish: { minPrice: null, reason: 'floor-above-price' } });

    // Germany switched off: its min_price is cleared on Back Market, once.
    switchOn(kit, ['fr-fr']);
    await kit.sync();
    expect(minPriceWrites(kit).slice(5)).toEqual(['de-de|null']);
    expect(heldMinPrice(kit, 'IP13-1', 'de-de')).toBeNull();
    await kit.sync();
    expect(minPriceWrites(kit)).toHaveLength(6);
  });

  // The contract only says the BackPricer must be enabled in the seller configuration: Back Market may then ignore the
  // min_price or refuse it. Either way it is sent once, the detail says what Back Market answered, and nothing loops.
  it.each(['off-ignored', 'off-refused'] as const)('with the BackPricer off (%s), sends the floor once and says what Back Market answered', async (backPricer) => {
    kit = await twoPhones();
    await kit.market.control('PUT', '/profiles', { backPricer });
    switchOn(kit, ['fr-fr']);
    const floor = franceFloor(kit);
    await kit.sync();
    expect(minPriceWrites(kit)).toEqual([`fr-fr|${amount(floor)}`]);
    expect(heldMinPrice(kit, 'IP13-1', 'fr-fr')).toBeNull();
    const status = kit.backbox.minPrice({ productId: kit.productId('IP13-1'), country: 'fr-fr' });
    if (backPricer === 'off-ignored') expect(status).toMatchObject({ sent: amount(floor), held: null, refused: null });
    else expect(status).toMatchObject({ sent: null, refused: { minPrice: amount(floor), message: expect.stringContaining('BackPricer') } });
    expect(kit.service.plan(100).summary.minPrices).toBe(0);
    await kit.sync();
    expect(minPriceWrites(kit)).toHaveLength(1);
  });
});
