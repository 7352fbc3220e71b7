// The preload: puts the contract on window.refurb — one function per call and a listener for the contract's events —
// and nothing else (no ipcRenderer, no process, no generic channel). Bundled to one CJS file, since a sandboxed
// preload can require only 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeCalls, CallOutcome, RefurbBridge } from '../shared/bridge';
import { EVENT_CHANNEL } from '../shared/bridge';
import { CALL_NAMES, isEventName, type EventMap, type EventName } from '../shared/contract';

/** The parts of ipcRenderer the bridge uses; taken as a parameter so the bridge is tested without Electron. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type AnyListener = (payload: unknown) => void;

export function createBridge(ipc: IpcRendererLike): RefurbBridge {
  const calls = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (input: unknown) => ipc.invoke(name, input) as Promise<CallOutcome>]),
  ) as unknown as BridgeCalls;

  // One IPC listener for all subscriptions, installed while anyone listens: the IPC event object (which carries
  // the sender) never reaches the page, only the payload does.
  const listeners = new Map<EventName, Set<AnyListener>>();
  const onChannel = (_event: unknown, name: unknown, payload: unknown) => {
    if (typeof name !== 'string' || !isEventName(name)) return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  function onEvent<E extends EventName>(name: E, listener: (payload: EventMap[E]) => void): () => void {
    if (!isEventName(name)) throw new Error(`Unknown event "${String(name)}".`);
    if (typeof listener !== 'function') throw new Error('onEvent needs a listener function.');
    if (listeners.size === 0) ipc.on(EVENT_CHANNEL, onChannel as (event: unknown, ...args: unknown[]) => void);
    const forName = listeners.get(name) ?? new Set<AnyListener>();
    forName.add(listener as AnyListener);
    listeners.set(name, forName);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      forName.delete(listener as AnyListener);
      if (forName.size === 0) listeners.delete(name);
      if (listeners.size === 0) ipc.removeListener(EVENT_CHANNEL, onChannel as (event: unknown, ...args: unknown[]) => void);
    };
  }

  return { calls, onEvent };
}

contextBridge.exposeInMainWorld('refurb', createBridge(ipcRenderer) satisfies RefurbBridge);
