// A token rotated on Back Market's side (a password change): the first 401 stops all sending until a new token is given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnauthorizedError } from './errors';
import { startTestMarketplace, testClient, type TestMarketplace } from './sandbox-test-kit';

let market: TestMarketplace;
beforeAll(async () => {
  market = await startTestMarketplace();
});
afterAll(() => market.close());

describe('token rotation', () => {
  it('fires onUnauthorized once, sends nothing more, and resumes with setToken', async () => {
    let fired = 0;
    const { client, activity } = testClient(market, { onUnauthorized: () => (fired += 1) });
    const french = client;
    const german = client.forCountry('de-de');
    await expect(french.listListings()).resolves.toBeDefined();

    const { token } = await market.control<{ token: string }>('POST', '/token/rotate', {});
    const results = await Promise.allSettled([french.listListings(), german.listOrders(), french.getCategoryTree()]);
    expect(results.every((result) => result.status === 'rejected' && result.reason instanceof UnauthorizedError)).toBe(true);
    expect(fired).toBe(1);
    expect(german.tokenRejected).toBe(true);

    const seen = market.seen.length;
    const logged = activity.length;
    const refused = await german.getOrder(1).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnauthorizedError);
    expect(refused).toMatchObject({ notSent: true, status: 0 });
    await expect(french.checkConnection()).resolves.toMatchObject({ ok: false, reason: 'token-rejected' });
    expect(market.seen.length).toBe(seen);
    expect(activity.length).toBe(logged);
    expect(fired).toBe(1);

    german.setToken(token);
    await expect(french.listListings()).resolves.toBeDefined();
    await expect(german.checkConnection()).resolves.toEqual({ ok: true });
    expect(market.seen.at(-1)?.headers.authorization).toBe(`Basic ${token}`);
  });
});
