// The preload exposes the contract and nothing else, forwards calls to invoke, and delivers only contract events.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { EVENT_CHANNEL, type RefurbBridge } from '../shared/bridge';
import { CALL_NAMES } from '../shared/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (..._args: unknown[]): Promise<unknown> => Promise.resolve(undefined),
      on: (..._args: unknown[]): unknown => undefined,
      removeListener: (..._args: unknown[]): unknown => undefined,
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, default: electron }));

const { createBridge } = await import('./preload');

describe('preload exposure', () => {
  it('puts exactly one key, refurb, on the page', () => {
    expect([...electron.exposed.keys()]).toEqual(['refurb']);
  });

  it('exposes calls and onEvent only, with one function per contract name', () => {
    const bridge = electron.exposed.get('refurb') as RefurbBridge;
    expect(Object.keys(bridge).sort()).toEqual(['calls', 'onEvent']);
    expect(Object.keys(bridge.calls).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof bridge.calls[name], name).toBe('function');
    // Nothing of Electron or Node leaks through.
    const everything = JSON.stringify(Object.keys(bridge)) + JSON.stringify(Object.keys(bridge.calls));
    expect(everything).not.toMatch(/ipcRenderer|process|require|send|invoke/);
  });
});

describe('createBridge', () => {
  let ipc: EventEmitter & { invoke: Mock<(channel: string, ...args: unknown[]) => Promise<unknown>> };

  beforeEach(() => {
    ipc = Object.assign(new EventEmitter(), { invoke: vi.fn(async (channel: string) => ({ ok: true, value: channel })) });
  });

  it('forwards each call to ipcRenderer.invoke on its own channel, with the input untouched', async () => {
    const bridge = createBridge(ipc);
    for (const name of CALL_NAMES) {
      const outcome = await (bridge.calls[name] as (input: unknown) => Promise<unknown>)({ probe: name });
      expect(outcome).toEqual({ ok: true, value: name });
      expect(ipc.invoke).toHaveBeenLastCalledWith(name, { probe: name });
    }
    expect(ipc.invoke).toHaveBeenCalledTimes(CALL_NAMES.length);
  });

  it('delivers an event payload, without the IPC event object, to listeners of that name only', () => {
    const bridge = createBridge(ipc);
    const onChanged = vi.fn();
    const onProgress = vi.fn();
    bridge.onEvent('catalogue:changed', onChanged);
    bridge.onEvent('import:progress', onProgress);
    ipc.emit(EVENT_CHANNEL, { sender: 'ipc internals' }, 'catalogue:changed', { reason: 'import' });
    expect(onChanged).toHaveBeenCalledExactlyOnceWith({ reason: 'import' });
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('ignores names outside the contract arriving on the channel', () => {
    const bridge = createBridge(ipc);
    const onChanged = vi.fn();
    bridge.onEvent('catalogue:changed', onChanged);
    ipc.emit(EVENT_CHANNEL, {}, 'shell:exec', { command: 'rm -rf /' });
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses to subscribe to an event that is not in the contract', () => {
    const bridge = createBridge(ipc);
    expect(() => bridge.onEvent('refurb:anything' as 'catalogue:changed', () => undefined)).toThrow(/Unknown event/);
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('unsubscribes, and removes its IPC listener once nobody listens', () => {
    const bridge = createBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.onEvent('catalogue:changed', first);
    const stopSecond = bridge.onEvent('import:progress', second);
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(1);
    stopFirst();
    stopFirst();
    ipc.emit(EVENT_CHANNEL, {}, 'catalogue:changed', { reason: 'edit' });
    expect(first).not.toHaveBeenCalled();
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(1);
    stopSecond();
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});
