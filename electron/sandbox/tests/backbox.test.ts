// Behaviour: the BackBox. Per product, grade and market the lowest price wins, a tie goes to the oldest offer; the
// competitors call answers the contract's Competitor per market; 2 calls per second, then 429; the control route.
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract, specExists } from './openapi';
import { startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

interface Competitor {
  listing_id: string;
  product_id: string;
  is_winning: boolean;
  price: { amount: string; currency: string };
  min_price: { amount: string; currency: string } | null;
  price_to_win: { amount: string; currency: string };
  winner_price: { amount: string; currency: string } | null;
  market: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function onSale(harness: Harness): Promise<{ id: string; sku: string; price: string }> {
  const list = await harness.api('GET', '/ws/listings?publication_state=2&page-size=50');
  const first = (list.body as { results: { id: string; sku: string; price: string }[] }).results[0];
  if (!first) throw new Error('The demo seed has no listing on sale in fr-fr.');
  return first;
}

async function competitors(harness: Harness, id: string): Promise<Competitor[]> {
  // One second between reads keeps these tests under the 2-per-second limit they do not test.
  await pause(520);
  const answer = await harness.api('GET', `/ws/backbox/v1/competitors/${id}`);
  expect(answer.status, answer.text).toBe(200);
  return answer.body as Competitor[];
}

describe('the BackBox', () => {
  it('a listing alone in its BackBox wins it; a cheaper competitor takes it; a tie goes to the older offer', async () => {
    h = await startHarness();
    const listing = await onSale(h);
    const alone = (await competitors(h, listing.id)).find((item) => item.market === 'FR');
    expect(alone).toMatchObject({ listing_id: listing.id, is_winning: true, price: { amount: listing.price, currency: 'EUR' }, price_to_win: { amount: listing.price }, winner_price: { amount: listing.price } });

    const cheaper = (Number(listing.price) - 10).toFixed(2);
    expect((await h.control('POST', '/competitors', { sku: listing.sku, country_code: 'fr-fr', price: cheaper, merchant: 'Reboot' })).status).toBe(201);
    const losing = (await competitors(h, listing.id)).find((item) => item.market === 'FR');
    // The competitor came later: at the same price the tie would go to this listing, so its price is the price to win.
    expect(losing).toMatchObject({ is_winning: false, price_to_win: { amount: cheaper }, winner_price: { amount: cheaper } });

    // An offer on sale longer, at the same price: the tie goes to it, so winning takes one cent less.
    await h.control('DELETE', '/competitors');
    await h.control('POST', '/competitors', { sku: listing.sku, country_code: 'fr-fr', price: listing.price, since: '2001-01-01T00:00:00Z' });
    const tied = (await competitors(h, listing.id)).find((item) => item.market === 'FR');
    expect(tied).toMatchObject({ is_winning: false, price_to_win: { amount: (Number(listing.price) - 0.01).toFixed(2) }, winner_price: { amount: listing.price } });

    // Other markets are other BackBoxes.
    const others = (await competitors(h, listing.id)).filter((item) => item.market !== 'FR');
    for (const item of others) expect(item.is_winning).toBe(true);
  });

  it.skipIf(!specExists)('answers as the contract declares: Competitor per market, 404 for an unknown listing, 422 for a non-UUID', async () => {
    const contract = await loadContract();
    h = await startHarness();
    const listing = await onSale(h);
    await h.control('POST', '/competitors', { sku: listing.sku, country_code: 'fr-fr', price: '1.00' });
    const answer = await h.api('GET', `/ws/backbox/v1/competitors/${listing.id}`);
    expect(answer.status).toBe(200);
    expect(contract.check('/ws/backbox/v1/competitors/{listingId}', 'get', 200, answer.body)).toEqual([]);
    await pause(1_050);
    expect((await h.api('GET', '/ws/backbox/v1/competitors/7e1f4a8d-b1bb-47aa-9f77-2cca759eb41b')).status).toBe(404);
    expect((await h.api('GET', '/ws/backbox/v1/competitors/12345')).status).toBe(422);
  });

  it('refuses a third call within a second with a 429, and counts it', async () => {
    h = await startHarness();
    const listing = await onSale(h);
    await pause(1_050);
    const answers = await Promise.all([1, 2, 3].map(() => h?.api('GET', `/ws/backbox/v1/competitors/${listing.id}`)));
    expect(answers.map((answer) => answer?.status).sort()).toEqual([200, 200, 429]);
    const refused = answers.find((answer) => answer?.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('1');
    const state = await h.control('GET', '/competitors');
    expect((state.body as { backboxRefused: number }).backboxRefused).toBe(1);
    // Other calls are not held by the BackBox limit.
    expect((await h.api('GET', '/ws/listings?page-size=1')).status).toBe(200);
    await pause(1_050);
    expect((await h.api('GET', `/ws/backbox/v1/competitors/${listing.id}`)).status).toBe(200);
  });

  it('the control route names what is wrong in a competitor', async () => {
    h = await startHarness();
    const listing = await onSale(h);
    const noPrice = await h.control('POST', '/competitors', { sku: listing.sku, country_code: 'fr-fr', price: 'cheap' });
    expect(noPrice.status).toBe(400);
    const message = (answer: { body: unknown }) => (answer.body as { error: { message: string } }).error.message;
    expect(message(noPrice)).toContain('price must be an amount above 0');
    const noSku = await h.control('POST', '/competitors', { sku: 'NOPE', price: '10' });
    expect(message(noSku)).toContain('No listing has the sku "NOPE"');
    const badGrade = await h.control('POST', '/competitors', { product_id: '7e1f4a8d-b1bb-47aa-9f77-2cca759eb41b', grade: 'MINT', price: '10' });
    expect(message(badGrade)).toContain('grade must be one of');
  });
});
