import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from './core/connection/connection-settings';
import { tempDir } from './core/test/temp-db';
import { openNodeSettings } from './platform/settings';
import { startPreviewHost, type PreviewHost } from './preview';

let host: PreviewHost;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  const data = tempDir();
  const renderer = tempDir();
  cleanups.push(data.cleanup, renderer.cleanup);
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><html><head><title>Refurb Desk</title></head><body></body></html>');
  fs.writeFileSync(path.join(renderer.dir, 'app.js'), 'console.log(1)');
  // As after setup with an account: the catalogue is open (the token, memory-only, is asked for again).
  openNodeSettings({ cwd: data.dir, defaults: DEFAULT_SETTINGS }).set('connection.mode', 'account');
  host = await startPreviewHost({ dataDir: data.dir, rendererDir: renderer.dir, secret: 'test-secret' });
});
afterEach(async () => {
  await host.close();
  cleanups.splice(0).forEach((cleanup) => cleanup());
});

/** A raw request, so the Host and Origin headers can be set as an attacker's page would. */
function request(method: string, pathname: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}) {
  const url = new URL(pathname, host.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (name: string, input: unknown, headers: Record<string, string> = { 'X-Refurb-Secret': 'test-secret' }) =>
  request('POST', `/api/call/${name}`, { headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });

describe('browser-preview host', () => {
  it('listens on loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the renderer with the per-launch secret and a strict CSP', async () => {
    const page = await request('GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="refurb-preview-secret" content="test-secret" />');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves a contract call with the secret', async () => {
    const saved = await call('catalogue:save', { product: { productNumber: 'SW-OLED', title: 'Nintendo Switch OLED' } });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { productNumber: 'SW-OLED' } });
    const listed = await call('catalogue:list', {});
    expect(JSON.parse(listed.body).value.total).toBe(1);
  });

  it('serves calls whose domain is camelCase, and says the packing slip is printed from the browser here', async () => {
    // careFolders:list reaches dispatch, which checks its input, instead of a 404 from the router.
    const careFolders = await call('careFolders:list', { page: 0 });
    expect(careFolders.status).toBe(200);
    expect(JSON.parse(careFolders.body)).toMatchObject({ ok: false, failure: { code: 'invalid-input' } });
    const slip = JSON.parse((await call('orders:savePackingSlip', { orderId: 1 })).body);
    expect(slip).toMatchObject({ ok: false, failure: { code: 'unavailable', message: expect.stringMatching(/Save as PDF/) } });
  });

  it('answers catalogue calls before setup with what to do, and serves them once a mode is chosen', async () => {
    await call('connection:reset', {});
    const refused = JSON.parse((await call('catalogue:list', {})).body);
    expect(refused).toMatchObject({ ok: false, failure: { code: 'unavailable', message: expect.stringMatching(/Finish setting up Refurb Desk first/) } });
    const status = JSON.parse((await call('connection:status', {})).body);
    expect(status.value).toMatchObject({ mode: 'none', tokenState: 'missing', tokenStorage: 'memory' });
  });

  it('refuses a call without the secret or with a wrong one, and the service never runs', async () => {
    expect((await call('catalogue:save', { product: { productNumber: 'X' } }, {})).status).toBe(401);
    expect((await call('catalogue:save', { product: { productNumber: 'X' } }, { 'X-Refurb-Secret': 'guess' })).status).toBe(401);
    expect(JSON.parse((await call('catalogue:list', {})).body).value.total).toBe(0);
  });

  it('refuses a request whose Host is not its own (DNS rebinding)', async () => {
    const response = await call('catalogue:list', {}, { 'X-Refurb-Secret': 'test-secret', Host: 'evil.example:80' });
    expect(response.status).toBe(421);
  });

  it('refuses a request from another origin and sends no CORS headers', async () => {
    const response = await call('catalogue:list', {}, { 'X-Refurb-Secret': 'test-secret', Origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request('OPTIONS', '/api/call/catalogue:list', { headers: { Origin: 'https://evil.example' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers bad input with a message, not a stack trace', async () => {
    const response = await request('POST', '/api/call/catalogue:list', { headers: { 'X-Refurb-Secret': 'test-secret' }, body: '{not json' });
    expect(JSON.parse(response.body)).toEqual({ ok: false, failure: { code: 'invalid-input', message: 'The request body is not valid JSON.' } });
    const invalid = await call('catalogue:get', { id: -1 });
    expect(JSON.parse(invalid.body).failure.code).toBe('invalid-input');
  });

  it('stages an uploaded file for the import', async () => {
    const response = await request('POST', '/api/files?name=catalogue.csv', { headers: { 'X-Refurb-Secret': 'test-secret' }, body: Buffer.from('sku;title\nA;B\n') });
    const outcome = JSON.parse(response.body);
    expect(outcome).toMatchObject({ ok: true, value: { sizeBytes: 14 } });
    expect(outcome.value.fileId).toMatch(/^[a-f0-9]{32}$/);
  });

  // Issue 14, failure 8: the host reset the connection, so the merchant read "the preview host is not answering".
  it('answers an oversize upload (a 61 MB CSV) with a 413 the client can read, naming the limit', async () => {
    const response = await request('POST', '/api/files?name=big.csv', { headers: { 'X-Refurb-Secret': 'test-secret' }, body: Buffer.alloc(61 * 1024 * 1024, 0x41) });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ ok: false, failure: { code: 'invalid-input', message: expect.stringMatching(/larger than 60 MB.*Split it into smaller files/) } });
    // The host is still answering afterwards.
    expect(JSON.parse((await call('catalogue:list', {})).body).ok).toBe(true);
  });

  it('answers an oversize call (6 MB) with a 413 the client can read, naming the limit', async () => {
    const body = JSON.stringify({ ids: [1], field: 'title', value: 'x'.repeat(6 * 1024 * 1024) });
    const response = await request('POST', '/api/call/catalogue:updateField', { headers: { 'X-Refurb-Secret': 'test-secret', 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).failure.message).toMatch(/larger than 5 MB, the most the preview accepts for one call/);
  });

  it('answers a page path with a malformed %-escape with a 400, and no stack trace on stderr', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await request('GET', '/assets/%E0%A4%A.js');
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body).failure.message).toMatch(/address is not valid/);
      expect((await request('GET', '/%')).status).toBe(400);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await request('GET', '/../../../etc/passwd')).status).toBe(404);
    expect((await request('GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('pushes events over SSE to a client with the secret', async () => {
    const url = new URL(`/api/events?secret=test-secret`, host.url);
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(url, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('event: catalogue:changed')) {
            req.destroy();
            resolve(text);
          } else if (text.includes(': connected')) {
            void call('catalogue:save', { product: { productNumber: 'EVT' } });
          }
        });
      });
      req.on('error', reject);
    });
    expect(await received).toContain('data: {"reason":"edit"}');
    expect((await request('GET', '/api/events?secret=nope')).status).toBe(401);
  });
});
