// The Electron transport: calls go through the preload's window.refurb bridge, which carries them over IPC.
// Main answers every call; one left without an answer for `silentMs` means main is not responding (it is busy or
// stuck): the header says so until main answers again.
import type { BridgeCalls, CallOutcome, RefurbBridge } from '../../shared/bridge';
import type { CallName } from '../../shared/contract';
import type { HostState, Transport } from './client';

type AnyBridgeCall = (input: unknown) => Promise<CallOutcome>;

/** Longer than any call main answers in normal use (an import runs in the background and answers at once). */
export const MAIN_SILENT_MS = 20_000;

export function createIpcTransport(bridge: RefurbBridge, silentMs = MAIN_SILENT_MS): Transport {
  const hostListeners = new Set<(state: HostState) => void>();
  let hostState: HostState = 'up';
  const setHostState = (next: HostState) => {
    if (hostState === next) return;
    hostState = next;
    hostListeners.forEach((listener) => listener(next));
  };

  const callBridge = (name: CallName, input: unknown): Promise<CallOutcome> => {
    // The preload types each function by its own name; the client has already typed the pair, so one cast here is enough.
    const call = (bridge.calls as Record<CallName, AnyBridgeCall>)[name];
    if (!call) {
      return Promise.resolve({ ok: false, failure: { code: 'unavailable', message: `This version of Refurb Desk cannot do "${name}". Restart the app.` } });
    }
    const silence = setTimeout(() => setHostState('down'), silentMs);
    return call(input).finally(() => {
      clearTimeout(silence);
      setHostState('up');
    });
  };
  return {
    call: (name, input) => callBridge(name, input) as ReturnType<BridgeCalls[typeof name]>,
    stageFile: async (file) =>
      callBridge('files:stage', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }) as ReturnType<BridgeCalls['files:stage']>,
    on: (event, listener) => bridge.onEvent(event, listener),
    watchHost(listener) {
      hostListeners.add(listener);
      return () => hostListeners.delete(listener);
    },
  };
}
