// The typed contract client the screens use: one `call` per contract name, pushed events, and file staging.
import type { CallOutcome } from '../../shared/bridge';
import type { CallInput, CallName, CallResult, EventMap, EventName } from '../../shared/contract';
import { CallError } from './call-error';

export type EventListener<E extends EventName> = (payload: EventMap[E]) => void;

/** How a call reaches main: IPC in Electron, HTTP in the browser preview. Answers are outcomes, never throws for failures. */
export interface Transport {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutcome<CallResult<N>>>;
  stageFile(file: File): Promise<CallOutcome<CallResult<'files:stage'>>>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

export interface RefurbApi {
  /** Resolves with the call's result; rejects with a CallError carrying the failure. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<N>>;
  /** Hands a file chosen by the merchant to main, which keeps it until an import reads it. */
  stageFile(file: File): Promise<CallResult<'files:stage'>>;
  /** Returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
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
  };
}
