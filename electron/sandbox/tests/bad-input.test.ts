// Bad input is answered in the contract's error shape and never stops the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('bad input', () => {
  it('malformed JSON: 400 (a string on listing updates, ErrorResponseV1 on orders)', async () => {
    const listing = await h.api('POST', '/ws/listings/4001', { rawBody: '{"price": ' });
    expect(listing.status).toBe(400);
    expect(typeof listing.body).toBe('string');
    const order = await h.api('POST', '/ws/orders/70001', { rawBody: '{new_state: 2}' });
    expect(order.status).toBe(400);
    expect((order.body as { error: { code: string } }).error.code).toBe('invalid_json');
  });

  it('a CSV with an unclosed quote: 400 naming the problem', async () => {
    const answer = await h.api('POST', '/ws/listings', { body: catalog(['sku;comment', 'A;"never closed']) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/not valid CSV/);
  });

  it('a catalog of 15,001 lines: 400', async () => {
    const lines = ['sku;quantity', ...Array.from({ length: 15_000 }, (_, i) => `S${i};1`)];
    const answer = await h.api('POST', '/ws/listings', { body: catalog(lines) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/15001 lines/);
  });

  it('missing catalog fields and a bad encoding: 400 strings', async () => {
    expect((await h.api('POST', '/ws/listings', { body: { quotechar: '"', delimiter: ';', encoding: 'utf-8' } })).body).toBe('parameter catalog not found');
    expect((await h.api('POST', '/ws/listings', { body: { ...catalog(['sku']), encoding: 'klingon' } })).body).toMatch(/encoding/);
    expect((await h.api('POST', '/ws/listings', { body: [1, 2] })).status).toBe(400);
  });

  it('an unknown country code, a non-integer id, an illegal state transition', async () => {
    expect((await h.api('GET', '/ws/orders', { market: 'fr-xx' })).status).toBe(400);
    const nonInteger = await h.api('GET', '/ws/tasks/12.5');
    expect(nonInteger.status).toBe(400);
    expect((nonInteger.body as { error: { message: string } }).error.message).toMatch(/integer/);
    expect((await h.api('GET', '/ws/orders/%E0%A4%A')).status).toBe(400);
    const shipped = ((await h.api('GET', '/ws/orders?state=9')).body as { results: { order_id: number; orderlines: { listing: string }[] }[] }).results[0];
    const illegal = await h.api('POST', `/ws/orders/${shipped?.order_id ?? 0}`, { body: { new_state: 2, sku: shipped?.orderlines[0]?.listing } });
    expect(illegal.status).toBe(400);
    expect((illegal.body as { error: { message: string } }).error.message).toMatch(/is in state 3 \(shipped\)/);
  });

  it('a body of 20 MB: 413, and the server keeps serving', async () => {
    const huge = JSON.stringify({ catalog: 'x'.repeat(20 * 1024 * 1024), quotechar: '"', delimiter: ';', encoding: 'utf-8' });
    const answer = await h.api('POST', '/ws/listings', { rawBody: huge });
    expect(answer.status).toBe(413);
    expect((answer.body as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect((await h.api('GET', '/ws/listings')).status).toBe(200);
  });

  it('unknown paths and methods: 404 and 405 in the V1 shape', async () => {
    expect((await h.api('GET', '/ws/nothing')).status).toBe(404);
    const wrongMethod = await h.api('DELETE', '/ws/listings');
    expect(wrongMethod.status).toBe(405);
    expect((wrongMethod.body as { error: { code: string } }).error.code).toBe('method_not_allowed');
  });
});
