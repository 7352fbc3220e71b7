// The Electron transport: calls go through the preload's window.refurb bridge, which carries them over IPC.
import type { BridgeCalls, CallOutcome, RefurbBridge } from '../../shared/bridge';
import type { CallName } from '../../shared/contract';
import type { Transport } from './client';

type AnyBridgeCall = (input: unknown) => Promise<CallOutcome>;

export function createIpcTransport(bridge: RefurbBridge): Transport {
  const callBridge = (name: CallName, input: unknown): Promise<CallOutcome> => {
    // The preload types each function by its own name; the client has already typed the pair, so one cast here is enough.
    const call = (bridge.calls as Record<CallName, AnyBridgeCall>)[name];
    if (!call) {
      return Promise.resolve({ ok: false, failure: { code: 'unavailable', message: `This version of Refurb Desk cannot do "${name}". Restart the app.` } });
    }
    return call(input);
  };
  return {
    call: (name, input) => callBridge(name, input) as ReturnType<BridgeCalls[typeof name]>,
    stageFile: async (file) =>
      callBridge('files:stage', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }) as ReturnType<BridgeCalls['files:stage']>,
    on: (event, listener) => bridge.onEvent(event, listener),
  };
}
