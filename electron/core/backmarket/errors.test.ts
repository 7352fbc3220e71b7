// Each failure becomes its typed error, with Back Market's ids and a message the merchant can act on; checkConnection's reasons.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, NetworkError, NotFoundError, RateLimitedError, ServerError, UnauthorizedError, ValidationError } from './errors';
import { RateLimiter } from './rate-limiter';
import { createBackMarketClient } from './client';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';

const FIREWALL_HTML = '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head><body>Sorry, you have been blocked</body></html>';
const BOT_CHALLENGE = JSON.stringify({ errors: [{ code: 'bot-need-challenge', message: 'Forbidden', challengePath: '/testchallengepage' }] });

let market: TestMarketplace;
beforeAll(async () => {
  market = await startTestMarketplace();
});
afterAll(() => market.close());
beforeEach(() => market.control('DELETE', '/faults'));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the call succeeded');
}

describe('typed errors', () => {
  it('401 on a wrong token: UnauthorizedError with the request id', async () => {
    const { client } = testClient(market, { token: 'not-the-token' });
    const error = await failure(client.listListings());
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).requestId).toMatch(/[0-9a-f-]{36}/);
    expect((error as UnauthorizedError).message).toMatch(/new token/);
  });

  it('403 from the firewall, as an HTML page: firewall true, the message asks to quote the cf-ray', async () => {
    market.standIn('GET', '/ws/listings', { status: 403, body: FIREWALL_HTML, headers: { 'Content-Type': 'text/html; charset=UTF-8', 'cf-ray': '931354450813d142-CDG', server: 'cloudflare' } });
    const error = await failure(testClient(market).client.listListings());
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ firewall: true, cfRay: '931354450813d142-CDG', status: 403 });
    expect((error as Error).message).toContain('931354450813d142-CDG');
  });

  it('403 bot challenge body: firewall true', async () => {
    market.standIn('GET', '/ws/orders', { status: 403, body: BOT_CHALLENGE, headers: { 'cf-ray': '8f00-AMS' } });
    expect(await failure(testClient(market).client.listOrders())).toMatchObject({ firewall: true, cfRay: '8f00-AMS' });
  });

  it('403 from Back Market itself: not the firewall', async () => {
    market.standIn('GET', '/ws/listings', { status: 403, body: JSON.stringify({ error: { code: 'forbidden', message: 'Authenticated user is not a merchant.' }, requestId: 'req-403' }) });
    const error = await failure(testClient(market).client.listListings());
    expect(error).toMatchObject({ firewall: false, requestId: 'req-403' });
    expect((error as Error).message).toMatch(/not a seller account/);
  });

  it('404: NotFoundError', async () => {
    const error = await failure(testClient(market).client.getListing('00000000-0000-4000-8000-000000000000'));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it("400 with Back Market's message (a bare JSON string on listing updates): ValidationError", async () => {
    const { client } = testClient(market);
    const listing = (await client.listListings({ 'page-size': 1 })).results[0];
    if (!listing) throw new Error('no listing');
    const error = await failure(client.updateListing(listing.id, { warranty_delay: 3 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).backMarketMessage).toMatch(/warranty/i);
  });

  it('429: RateLimitedError with the Retry-After', async () => {
    const { client } = testClient(market, { retry: { maxRateLimitWaitMs: 0 } });
    await market.control('PUT', '/faults', { path: '/ws/orders', burst429: 1 });
    const error = await failure(client.listOrders());
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(10_000);
  });

  it('5xx after the retries: ServerError', async () => {
    await market.control('PUT', '/faults', { path: '/ws/listings', errorRate: 1, errorStatus: 502 });
    const { client, activity } = testClient(market);
    const error = await failure(client.listListings());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502 });
    expect(activity.filter((entry) => entry.status === 502)).toHaveLength(3);
  });

  it('a dropped connection: NetworkError (reset); a closed port: NetworkError (refused)', async () => {
    await market.control('PUT', '/faults', { path: '/ws/listings', dropRate: 1 });
    expect(await failure(testClient(market).client.listListings())).toMatchObject({ kind: 'network', failure: 'reset' });
    const closed = createBackMarketClient({ baseUrl: 'http://127.0.0.1:9', token: 't', company: 'A', email: 'a@b.c', limiter: new RateLimiter(), retry: { attempts: 1 } });
    const refused = await failure(closed.listListings());
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused).toMatchObject({ failure: 'refused', status: 0 });
  });

  it('no answer in time: NetworkError (timeout)', async () => {
    await market.control('PUT', '/faults', { path: '/ws/orders', latencyMs: 400 });
    const { client } = testClient(market, { timeoutMs: 100, retry: { attempts: 1 } });
    expect(await failure(client.listOrders())).toMatchObject({ kind: 'network', failure: 'timeout' });
  });
});

describe('checkConnection', () => {
  it('ok with the right token', async () => {
    expect(await testClient(market).client.checkConnection()).toEqual({ ok: true });
  });

  it('names each failure', async () => {
    expect(await testClient(market, { token: 'wrong' }).client.checkConnection()).toMatchObject({ ok: false, reason: 'token-rejected' });
    market.standIn('GET', '/ws/listings', { status: 403, body: FIREWALL_HTML, headers: { 'Content-Type': 'text/html', 'cf-ray': 'ray-1' } });
    expect(await testClient(market).client.checkConnection()).toMatchObject({ ok: false, reason: 'firewall', cfRay: 'ray-1' });
    market.standIn('GET', '/ws/listings', { status: 403, body: JSON.stringify({ error: { code: 'forbidden', message: 'Not a merchant.' } }) });
    expect(await testClient(market).client.checkConnection()).toMatchObject({ ok: false, reason: 'not-merchant' });
    market.standIn('GET', '/ws/listings', { status: 503, body: '{}' }, 2);
    expect(await testClient(market).client.checkConnection()).toMatchObject({ ok: false, reason: 'server' });
    market.standIn('GET', '/ws/listings', 'drop', 2);
    expect(await testClient(market).client.checkConnection()).toMatchObject({ ok: false, reason: 'network' });
  });
});
