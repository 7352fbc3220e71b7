// The token never leaves in an error (message, properties, stack, inspection) nor in the request log.
import util from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactHeaders } from './headers';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';

let market: TestMarketplace;
beforeAll(async () => {
  market = await startTestMarketplace();
});
afterAll(() => market.close());

function expectNoToken(value: unknown, token: string): void {
  const views = [JSON.stringify(value), util.inspect(value, { depth: 20, showHidden: true, getters: true }), value instanceof Error ? `${value.message}\n${value.stack ?? ''}` : ''];
  for (const view of views) expect(view).not.toContain(token);
}

describe('the token stays secret', () => {
  it('in every kind of error and in the activity log', async () => {
    const token = market.sandbox.token;
    const { client, activity } = testClient(market, { retry: { attempts: 1, maxRateLimitWaitMs: 0 } });
    const listing = market.sandbox.state.listings[0];
    if (!listing) throw new Error('no listing');
    const errors: unknown[] = [];
    const collect = (promise: Promise<unknown>) => promise.then(() => errors.push(new Error('succeeded')), (error: unknown) => errors.push(error));

    await collect(client.getListing('00000000-0000-4000-8000-000000000000'));
    await collect(client.updateListing(listing.id, { warranty_delay: 1 }));
    market.standIn('GET', '/ws/orders', { status: 403, body: '<html>blocked</html>', headers: { 'Content-Type': 'text/html', 'cf-ray': 'r-1' } });
    await collect(client.listOrders());
    // A server that echoes the Authorization header back: its words must be scrubbed before they reach an error.
    market.standIn('GET', '/ws/orders', { status: 400, body: JSON.stringify({ error: { code: 'invalid_request', message: `Bad header Basic ${token}` } }) });
    await collect(client.listOrders());
    market.standIn('GET', '/ws/orders', { status: 500, body: token });
    await collect(client.listOrders());
    market.standIn('GET', '/ws/listings', 'drop');
    await collect(client.listListings());
    market.standIn('POST', '/ws/listings', 'drop-after-forward');
    await collect(client.postCatalog({ catalog: 'sku;quantity\n"A";"1"\n' }));
    await market.control('DELETE', '/faults');
    client.forCountry('it-it').setToken('a-wrong-token-0000');
    await collect(client.listListings());
    await collect(client.listListings());
    // Last, on its own limiter: a 429 blocks the bucket for the Retry-After's 10 s.
    await market.control('PUT', '/faults', { path: '/ws/sav', burst429: 1 });
    await collect(testClient(market, { retry: { maxRateLimitWaitMs: 0 }, onActivity: (entry) => activity.push(entry) }).client.listCareFolders());

    expect(errors.map((error) => (error as { kind?: string }).kind)).toEqual([
      'not-found',
      'validation',
      'forbidden',
      'validation',
      'server',
      'network',
      'uncertain-write',
      'unauthorized',
      'unauthorized',
      'rate-limited',
    ]);
    for (const error of errors) {
      expectNoToken(error, token);
      expectNoToken(error, 'a-wrong-token-0000');
    }
    expect(String((errors[3] as Error).message)).toContain('[redacted]');
    expect(activity.length).toBeGreaterThan(8);
    expectNoToken(activity, token);
    expectNoToken(activity, 'a-wrong-token-0000');
    expect(JSON.stringify(activity)).not.toMatch(/authorization/i);
  });

  it('redactHeaders hides credentials and keeps the rest', () => {
    expect(redactHeaders({ Authorization: 'Basic abc', 'Accept-Language': 'fr-fr', Cookie: 'x=1', 'X-Sandbox-Secret': 's' })).toEqual({
      Authorization: '[redacted]',
      'Accept-Language': 'fr-fr',
      Cookie: '[redacted]',
      'X-Sandbox-Secret': '[redacted]',
    });
  });
});
