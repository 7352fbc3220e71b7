// What the preload puts on window.refurb, and what the preview's HTTP transport imitates: the contract's calls and events, nothing else.
import type { CallFailure, CallInput, CallName, CallResult, EventMap, EventName } from './contract';

export type CallOutcome<T = unknown> = { ok: true; value: T } | { ok: false; failure: CallFailure };

export type BridgeCalls = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutcome<CallResult<N>>> };

export interface RefurbBridge {
  calls: BridgeCalls;
  onEvent<E extends EventName>(name: E, listener: (payload: EventMap[E]) => void): () => void;
}

/** The IPC channel that carries pushed events. */
export const EVENT_CHANNEL = 'refurb:event';
