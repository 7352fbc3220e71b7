// A contract client for tests: answers from per-call handlers, records every call, and emits events on demand.
import type { CallFailure, CallInput, CallName, CallResult, EventMap, EventName } from '../../shared/contract';
import { CallError } from '../api/call-error';
import type { RefurbApi } from '../api/client';

export type FakeHandlers = { [N in CallName]?: (input: CallInput<N>) => CallResult<N> | Promise<CallResult<N>> };

export interface RecordedCall {
  name: CallName;
  input: unknown;
}

export function createFakeApi(handlers: FakeHandlers) {
  const calls: RecordedCall[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  const api: RefurbApi = {
    async call(name, input) {
      calls.push({ name, input });
      const handler = handlers[name] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new CallError({ code: 'internal', message: `The fake api has no handler for ${name}.` });
      return (await handler(input)) as never;
    },
    async stageFile(file) {
      calls.push({ name: 'files:stage', input: { name: file.name } });
      const handler = handlers['files:stage'];
      if (!handler) return { fileId: 'f'.repeat(32), sizeBytes: file.size };
      return handler({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };

  return {
    api,
    calls,
    callsOf: <N extends CallName>(name: N) => calls.filter((call) => call.name === name).map((call) => call.input as CallInput<N>),
    emit<E extends EventName>(event: E, payload: EventMap[E]) {
      for (const listener of listeners.get(event) ?? []) (listener as (payload: EventMap[E]) => void)(payload);
    },
    listenerCount: (event: EventName) => listeners.get(event)?.size ?? 0,
  };
}

export const failWith = (failure: CallFailure) => {
  throw new CallError(failure);
};
