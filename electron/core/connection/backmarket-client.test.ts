// The live check through the real API client, against a loopback server answering as Back Market and its firewall do:
// each failure has its reason and a message to act on (the firewall's with its cf-ray), and activity has no header.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backMarketClientFactory } from './backmarket-client';

let server: http.Server;
let baseUrl: string;
let answer: { status: number; body: string; headers: Record<string, string> };

beforeEach(async () => {
  server = http.createServer((_request, response) => {
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const clientFor = (url: string, hooks: { onActivity?: () => void; onUnauthorized?: () => void } = {}) =>
  backMarketClientFactory()({ baseUrl: url, token: 'T0KEN-SECRET', company: 'Atelier', email: 'ops@atelier.example', country: 'fr-fr', ...hooks });

describe('the live check', () => {
  it.each([
    ['token-rejected', 401, '{"error":{"code":"unauthenticated","message":"Invalid token"}}', { 'content-type': 'application/json' }, undefined],
    ['not-merchant', 403, '{"error":{"code":"forbidden","message":"Not a merchant"}}', { 'content-type': 'application/json', 'cf-ray': '8a1b2c3d4e5f6789-CDG' }, undefined],
    ['firewall', 403, '<html><title>Attention Required! | Cloudflare</title>Ray ID: 8a1b2c3d4e5f6789</html>', { 'content-type': 'text/html', 'cf-ray': '8a1b2c3d4e5f6789-CDG', server: 'cloudflare' }, '8a1b2c3d4e5f6789-CDG'],
  ])('reads %s from a %i answer', async (reason, status, body, headers, cfRay) => {
    answer = { status, body, headers };
    const onUnauthorized = vi.fn();
    const result = await clientFor(baseUrl, { onUnauthorized }).checkConnection();
    expect(result).toMatchObject({ ok: false, reason, message: expect.any(String) });
    if (cfRay) expect(!result.ok && result.cfRay).toBe(cfRay);
    expect(onUnauthorized).toHaveBeenCalledTimes(status === 401 ? 1 : 0);
  });

  it('reads an unreachable network', async () => {
    const result = await clientFor('http://127.0.0.1:1').checkConnection();
    expect(result).toMatchObject({ ok: false, reason: 'network' });
  });

  it('reads a token the client cannot even send as a rejected token, without a crash', async () => {
    const client = backMarketClientFactory()({ baseUrl, token: 'has spaces in it', company: 'A', email: 'a@b.example', country: 'fr-fr' });
    await expect(client.checkConnection()).resolves.toMatchObject({ ok: false, reason: 'token-rejected' });
  });

  it('passes, and reports the call to the activity log without any header', async () => {
    answer = { status: 200, body: '{"count":0,"next":null,"previous":null,"results":[]}', headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' } };
    const onActivity = vi.fn();
    await expect(clientFor(baseUrl, { onActivity }).checkConnection()).resolves.toEqual({ ok: true });
    expect(onActivity).toHaveBeenCalledWith(expect.objectContaining({ method: 'GET', country: 'fr-fr', status: 200, requestId: 'req-1', linesSent: 0 }));
    expect(JSON.stringify(onActivity.mock.calls)).not.toContain('T0KEN-SECRET');
  });
});
