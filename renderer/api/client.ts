// The typed contract client the screens use: one `call` per contract name, pushed events, and file staging.
import type { CallOutcome } from '../../shared/bridge';
import type { CallInput, CallName, CallResult, EventMap, EventName } from '../../shared/contract';
import { CallError } from './call-error';

export type EventListener<E extends EventName> = (payload: EventMap[E]) => void;

/** Whether Refurb Desk's background process (main, or the preview host) answers. */
export type HostState = 'up' | 'down';

/** How a call reaches main: IPC in Electron, HTTP in the browser preview. Answers are outcomes, never throws for failures. */
export interface Transport {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutcome<CallResult<N>>>;
  stageFile(file: File): Promise<CallOutcome<CallResult<'files:stage'>>>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  /** Tells when the background process stops or starts answering again (where the transport can tell). */
  watchHost?(listener: (state: HostState) => void): () => void;
}

export interface RefurbApi {
  /** Resolves with the call's result; rejects with a CallError carrying the failure. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>>;
  /** Hands a file chosen by the merchant to main, which keeps it until an import reads it. */
  stageFile(file: File): Promise<CallResult<'files:stage'>>;
  /** Returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
  /** Follows whether the background process answers; returns the function that stops listening. */
  watchHost?(listener: (state: HostState) => void): () => void;
}

function unwrap<T>(outcome: CallOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new CallError(outcome.failure);
}

export function createApi(transport: Transport): RefurbApi {
  return {
    call: async (name, input) => unwrap(await transport.call(name, input)),
    stageFile: async (file) => unwrap(await transport.stageFile(file)),
    on: (event, listener) => transport.on(event, listener),
    watchHost: (listener) => transport.watchHost?.(listener) ?? (() => undefined),
  };
}
