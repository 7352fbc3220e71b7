import { describe, expect, it, vi } from 'vitest';
import type { RefurbBridge } from '../../shared/bridge';
import { CallError } from './call-error';
import { createDefaultApi } from './choose-transport';

function fakeBridge() {
  const listeners: Record<string, (payload: unknown) => void> = {};
  const bridge = {
    calls: {
      'app:info': vi.fn(async () => ({ ok: true as const, value: { version: '1.2.3', shell: 'electron' as const } })),
      'catalogue:get': vi.fn(async () => ({
        ok: false as const,
        failure: { code: 'not-found' as const, message: 'This product no longer exists.' },
      })),
      'files:stage': vi.fn(async () => ({ ok: true as const, value: { fileId: 'a'.repeat(32), sizeBytes: 3 } })),
    },
    onEvent: vi.fn((name: string, listener: (payload: unknown) => void) => {
      listeners[name] = listener;
      return () => delete listeners[name];
    }),
  };
  return { bridge, listeners };
}

function windowWith(bridge: unknown): Window {
  return { refurb: bridge, document } as unknown as Window;
}

describe('the IPC transport', () => {
  it('is chosen when the preload put window.refurb there, and returns the value of a call', async () => {
    const { bridge } = fakeBridge();
    const api = createDefaultApi(windowWith(bridge));
    await expect(api.call('app:info', {})).resolves.toEqual({ version: '1.2.3', shell: 'electron' });
    expect(bridge.calls['app:info']).toHaveBeenCalledWith({});
  });

  it('throws a CallError carrying the failure', async () => {
    const { bridge } = fakeBridge();
    const api = createDefaultApi(windowWith(bridge));
    const error = await api.call('catalogue:get', { id: 7 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CallError);
    expect((error as CallError).failure).toEqual({ code: 'not-found', message: 'This product no longer exists.' });
    expect((error as CallError).message).toBe('This product no longer exists.');
  });

  it('stages a file as its name and bytes', async () => {
    const { bridge } = fakeBridge();
    const api = createDefaultApi(windowWith(bridge));
    const result = await api.stageFile(new File(['a;b'], 'stock.csv', { type: 'text/csv' }));
    expect(result).toEqual({ fileId: 'a'.repeat(32), sizeBytes: 3 });
    const input = bridge.calls['files:stage'].mock.calls[0] as unknown as [{ name: string; bytes: Uint8Array }];
    expect(input[0].name).toBe('stock.csv');
    expect(input[0].bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(input[0].bytes)).toBe('a;b');
  });

  it('answers a call the bridge does not have with an "unavailable" failure', async () => {
    const { bridge } = fakeBridge();
    const api = createDefaultApi(windowWith(bridge));
    await expect(api.call('catalogue:facets', {})).rejects.toMatchObject({ failure: { code: 'unavailable' } });
  });

  it('passes events through and stops on unsubscribe', () => {
    const { bridge, listeners } = fakeBridge();
    const api = createDefaultApi(windowWith(bridge as unknown as RefurbBridge));
    const seen: unknown[] = [];
    const stop = api.on('catalogue:changed', (payload) => seen.push(payload));
    listeners['catalogue:changed']?.({ reason: 'edit' });
    expect(seen).toEqual([{ reason: 'edit' }]);
    stop();
    expect(listeners['catalogue:changed']).toBeUndefined();
  });

  it('says main is not responding when a call gets no answer for long, and that it is back once it answers', async () => {
    let answer: (outcome: { ok: true; value: unknown }) => void = () => undefined;
    const bridge = { calls: { 'app:info': vi.fn(() => new Promise((resolve) => (answer = resolve))) }, onEvent: vi.fn(() => () => undefined) };
    const { createApi } = await import('./client');
    const { createIpcTransport } = await import('./ipc-transport');
    const api = createApi(createIpcTransport(bridge as unknown as RefurbBridge, 10));
    const states: string[] = [];
    api.watchHost?.((state) => states.push(state));
    const pending = api.call('app:info', {});
    await vi.waitFor(() => expect(states).toEqual(['down']));
    answer({ ok: true, value: { version: '1.2.3', shell: 'electron' } });
    await expect(pending).resolves.toMatchObject({ version: '1.2.3' });
    expect(states).toEqual(['down', 'up']);
  });
});

