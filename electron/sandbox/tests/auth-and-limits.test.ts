// Behaviour: auth headers, token rotation, markets, request-rate limits and the hourly SKU line budget.
import { afterEach, describe, expect, it } from 'vitest';
import { catalog, startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('auth and headers', () => {
  it('401 without or with a wrong token, 403 without User-Agent, 400 on an unknown country code', async () => {
    h = await startHarness();
    expect((await h.api('GET', '/ws/listings', { token: null })).status).toBe(401);
    expect((await h.api('GET', '/ws/listings', { token: 'nope' })).status).toBe(401);
    expect((await h.api('GET', '/ws/listings', { userAgent: null })).status).toBe(403);
    const unknown = await h.api('GET', '/ws/listings', { market: 'xx-yy' });
    expect(unknown.status).toBe(400);
    expect((unknown.body as { error: { message: string } }).error.message).toContain('xx-yy');
    expect((await h.api('GET', '/ws/listings', { market: 'en-us' })).status).toBe(400);
    expect((await h.api('GET', '/ws/listings', { market: null })).status).toBe(200);
    expect((await h.api('GET', '/ws/listings', { market: 'de-DE' })).status).toBe(200);
  });

  it('rotating the token makes the old one fail at once', async () => {
    h = await startHarness();
    const old = h.sandbox.token;
    const rotated = await h.control('POST', '/token/rotate');
    const token = (rotated.body as { token: string }).token;
    expect(token).not.toBe(old);
    expect((await h.api('GET', '/ws/listings', { token: old })).status).toBe(401);
    expect((await h.api('GET', '/ws/listings', { token })).status).toBe(200);
    expect(h.sandbox.token).toBe(token);
  });

  it('the control API needs its secret', async () => {
    h = await startHarness();
    const answer = await h.api('GET', '/__sandbox/state');
    expect(answer.status).toBe(401);
  });

  it('per-market fields are stored per market; quantity is shared', async () => {
    h = await startHarness();
    const fr = await h.api('POST', '/ws/listings/4001', { body: { price: '580.00', quantity: 9 } });
    expect(fr.status).toBe(200);
    const de = (await h.api('GET', '/ws/listings/4001', { market: 'de-de' })).body as { price: string; quantity: number; title: string };
    expect(de.price).toBe('609.00');
    expect(de.quantity).toBe(9);
    expect(de.title).toContain('Ohne Vertrag');
    const gb = await h.api('POST', '/ws/listings/4001', { market: 'en-gb', body: { price: '500.00' } });
    expect(gb.status).toBe(400);
    expect(gb.body).toContain('GBP');
    const it = (await h.api('GET', '/ws/listings/4001', { market: 'it-it' })).body as { publication_state: number; price: string };
    expect(it.publication_state).toBe(0);
  });
});

describe('limits', () => {
  it('more than 200 requests in 10 s: 429 for the next 10 s', async () => {
    let now = Date.parse('2025-01-01T10:00:00Z');
    h = await startHarness({ now: () => new Date(now) });
    for (let i = 0; i < 200; i += 1) expect((await h.api('GET', '/ws/orders')).status).toBe(200);
    const limited = await h.api('GET', '/ws/orders');
    expect(limited.status).toBe(429);
    expect((limited.body as { error: { code: string } }).error.code).toBe('too_many_requests');
    expect(limited.headers.get('retry-after')).toBe('10');
    now += 9_000;
    expect((await h.api('GET', '/ws/orders')).status).toBe(429);
    now += 1_001;
    expect((await h.api('GET', '/ws/orders')).status).toBe(200);
  });

  it('more than 20 requests in 10 s on /ws/category: 429', async () => {
    let now = Date.parse('2025-01-01T10:00:00Z');
    h = await startHarness({ now: () => new Date(now) });
    for (let i = 0; i < 20; i += 1) expect((await h.api('GET', '/ws/category/tree/1')).status).toBe(200);
    expect((await h.api('GET', '/ws/category/tree/1')).status).toBe(429);
    expect((await h.api('GET', '/ws/orders')).status).toBe(200);
    now += 10_001;
    expect((await h.api('GET', '/ws/category/tree')).status).toBe(200);
  });

  it('more than 2,000 SKU lines in a rolling hour across both listing endpoints: 429', async () => {
    let now = Date.parse('2025-01-01T10:00:00Z');
    h = await startHarness({ now: () => new Date(now) });
    const lines = ['sku;quantity', ...Array.from({ length: 1999 }, (_, i) => `BUDGET-${i};1`)];
    expect((await h.api('POST', '/ws/listings', { body: catalog(lines) })).status).toBe(200);
    expect((await h.api('POST', '/ws/listings/4001', { body: { quantity: 3 } })).status).toBe(200);
    const over = await h.api('POST', '/ws/listings/4001', { body: { quantity: 2 } });
    expect(over.status).toBe(429);
    expect((await h.api('POST', '/ws/listings', { body: catalog(['sku;quantity', 'X;1']) })).status).toBe(429);
    now += 3_600_001;
    expect((await h.api('POST', '/ws/listings/4001', { body: { quantity: 2 } })).status).toBe(200);
  });

  it('limits are configurable', async () => {
    h = await startHarness({ limits: { requestsPerWindow: 3 } });
    for (let i = 0; i < 3; i += 1) expect((await h.api('GET', '/ws/sav')).status).toBe(200);
    expect((await h.api('GET', '/ws/sav')).status).toBe(429);
  });

  it('faults: 5xx rate, latency, dropped connections, 429 bursts', async () => {
    h = await startHarness();
    await h.control('PUT', '/faults', { path: '/ws/orders', errorRate: 1, errorStatus: 502 });
    const failing = await h.api('GET', '/ws/orders');
    expect(failing.status).toBe(502);
    expect((failing.body as { error: { code: string } }).error.code).toBe('server_error');
    expect((await h.api('GET', '/ws/listings')).status).toBe(200);
    await h.control('PUT', '/faults', { path: '/ws/orders', dropRate: 1 });
    await expect(h.api('GET', '/ws/orders')).rejects.toThrow();
    await h.control('DELETE', '/faults');
    await h.control('PUT', '/faults', { path: '*', latencyMs: 120, burst429: 2 });
    const started = Date.now();
    expect((await h.api('GET', '/ws/sav')).status).toBe(429);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect((await h.api('GET', '/ws/sav')).status).toBe(429);
    expect((await h.api('GET', '/ws/sav')).status).toBe(200);
  });
});
