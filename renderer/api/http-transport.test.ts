import { describe, expect, it, vi } from 'vitest';
import { CallError } from './call-error';
import { createDefaultApi } from './choose-transport';
import { createApi } from './client';
import { createHttpTransport, readPreviewSecret } from './http-transport';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function apiWith(fetchImpl: typeof fetch, EventSourceImpl?: typeof EventSource) {
  return createApi(createHttpTransport({ secret: 's3cret', fetch: fetchImpl, ...(EventSourceImpl ? { EventSource: EventSourceImpl } : {}) }));
}

class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, Set<(event: MessageEvent) => void>>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    const set = this.listeners.get(name) ?? new Set();
    set.add(listener);
    this.listeners.set(name, set);
  }
  removeEventListener(name: string, listener: (event: MessageEvent) => void) {
    this.listeners.get(name)?.delete(listener);
  }
  close() {
    this.closed = true;
  }
  dispatch(name: string, data: string) {
    for (const listener of this.listeners.get(name) ?? []) listener(new MessageEvent(name, { data }));
  }
}

describe('the HTTP transport of the browser preview', () => {
  it('posts a call as JSON with the secret header and returns the value', async () => {
    const fetchMock = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json({ ok: true, value: { rows: [], total: 0 } }));
    const api = apiWith(fetchMock as unknown as typeof fetch);
    await expect(api.call('catalogue:list', { search: 'iphone', limit: 100 })).resolves.toEqual({ rows: [], total: 0 });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/call/catalogue:list');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['X-Refurb-Secret']).toBe('s3cret');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ search: 'iphone', limit: 100 });
  });

  it('throws a CallError with the failure the host answered, whatever the status', async () => {
    const failure = { code: 'invalid-input', message: 'EAN: EAN "123" must have 8, 12, 13 or 14 digits.', issues: [{ path: 'ean', message: 'x' }] };
    const api = apiWith((async () => json({ ok: false, failure })) as unknown as typeof fetch);
    await expect(api.call('catalogue:updateField', { ids: [1], field: 'ean', value: '123' })).rejects.toMatchObject({ failure });

    const refused = apiWith((async () => json({ ok: false, failure: { code: 'unavailable', message: 'Missing or wrong preview secret.' } }, 401)) as unknown as typeof fetch);
    await expect(refused.call('app:info', {})).rejects.toMatchObject({ failure: { message: 'Missing or wrong preview secret.' } });
  });

  it('turns a network failure into an "unavailable" CallError the merchant can read', async () => {
    const api = apiWith((async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const error = await api.call('app:info', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CallError);
    expect((error as CallError).code).toBe('unavailable');
    expect((error as CallError).message).toMatch(/preview host is not answering/);
    expect((error as CallError).message).not.toMatch(/TypeError|Failed to fetch/);
  });

  it('treats an answer that is not an outcome as "unavailable"', async () => {
    const api = apiWith((async () => new Response('<html>bad gateway</html>', { status: 502 })) as unknown as typeof fetch);
    await expect(api.call('app:info', {})).rejects.toMatchObject({ failure: { code: 'unavailable' } });
  });

  it('stages a file as raw bytes with its name in the query', async () => {
    const fetchMock = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json({ ok: true, value: { fileId: 'b'.repeat(32), sizeBytes: 5 } }));
    const api = apiWith(fetchMock as unknown as typeof fetch);
    await expect(api.stageFile(new File(['12345'], 'mes produits été.csv'))).resolves.toEqual({ fileId: 'b'.repeat(32), sizeBytes: 5 });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/files?name=${encodeURIComponent('mes produits été.csv')}`);
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/octet-stream');
    expect((init?.headers as Record<string, string>)['X-Refurb-Secret']).toBe('s3cret');
    expect(new TextDecoder().decode(init?.body as ArrayBuffer)).toBe('12345');
  });

  it('receives events over one SSE stream and closes it when the last listener leaves', () => {
    const api = apiWith(vi.fn() as unknown as typeof fetch, FakeEventSource as unknown as typeof EventSource);
    const changes: unknown[] = [];
    const progress: unknown[] = [];
    const stopChanges = api.on('catalogue:changed', (payload) => changes.push(payload));
    const stopProgress = api.on('import:progress', (payload) => progress.push(payload));
    const source = FakeEventSource.last;
    expect(source?.url).toBe('/api/events?secret=s3cret');
    source?.dispatch('catalogue:changed', '{"reason":"import"}');
    source?.dispatch('import:progress', '{"fileId":"f","phase":"reading","bytesRead":1,"totalBytes":2,"rowsRead":3}');
    source?.dispatch('catalogue:changed', 'not json');
    expect(changes).toEqual([{ reason: 'import' }]);
    expect(progress).toEqual([{ fileId: 'f', phase: 'reading', bytesRead: 1, totalBytes: 2, rowsRead: 3 }]);
    stopChanges();
    expect(source?.closed).toBe(false);
    stopProgress();
    expect(source?.closed).toBe(true);
  });

  it('is chosen without window.refurb, with the secret from the page', async () => {
    const meta = document.createElement('meta');
    meta.name = 'refurb-preview-secret';
    meta.content = 'from-the-host';
    document.head.append(meta);
    const fetchMock = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json({ ok: true, value: { version: '1', shell: 'preview' } }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      expect(readPreviewSecret(document)).toBe('from-the-host');
      const api = createDefaultApi(window);
      await expect(api.call('app:info', {})).resolves.toEqual({ version: '1', shell: 'preview' });
      expect((fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>)['X-Refurb-Secret']).toBe('from-the-host');
    } finally {
      vi.unstubAllGlobals();
      meta.remove();
    }
  });

  it('after the host restarted, reads the new session secret from its page and carries on without a reload', async () => {
    let current = 'old-secret';
    const page = () => new Response(`<html><head>\n    <meta name="refurb-preview-secret" content="${current}" />`, { status: 200 });
    const fetchMock = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      if (url === '/') return page();
      const given = (init?.headers as Record<string, string>)['X-Refurb-Secret'];
      return given === current ? json({ ok: true, value: { version: '1' } }) : json({ ok: false, failure: { code: 'unavailable', message: 'Missing or wrong preview secret.' } }, 401);
    });
    const api = createApi(createHttpTransport({ secret: 'old-secret', fetch: fetchMock as unknown as typeof fetch, EventSource: FakeEventSource as unknown as typeof EventSource }));
    const stop = api.on('sync:finished', () => undefined);
    expect(FakeEventSource.last?.url).toContain('secret=old-secret');
    current = 'new-secret';
    await expect(api.call('app:info', {})).resolves.toEqual({ version: '1' });
    // The events follow the new session too.
    expect(FakeEventSource.last?.url).toContain('secret=new-secret');
    const before = fetchMock.mock.calls.length;
    await api.call('app:info', {});
    expect(fetchMock.mock.calls.length).toBe(before + 1);
    stop();
  });

  it('says the background process is not responding while the host is down, keeps trying, and says when it is back', async () => {
    let hostUp = false;
    const fetchMock = vi.fn(async (url: string | URL | Request) => {
      if (!hostUp) throw new TypeError('Failed to fetch');
      if (url === '/') return new Response('<meta name="refurb-preview-secret" content="s3cret" />', { status: 200 });
      return json({ ok: true, value: { version: '1' } });
    });
    const api = createApi(createHttpTransport({ secret: 's3cret', fetch: fetchMock as unknown as typeof fetch, retryMs: 5 }));
    const states: string[] = [];
    api.watchHost?.((state) => states.push(state));
    await expect(api.call('app:info', {})).rejects.toBeInstanceOf(CallError);
    expect(states).toEqual(['down']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(states).toEqual(['down']);
    hostUp = true;
    await vi.waitFor(() => expect(states).toEqual(['down', 'up']));
    await expect(api.call('app:info', {})).resolves.toEqual({ version: '1' });
  });
});
