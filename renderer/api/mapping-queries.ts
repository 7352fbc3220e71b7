// Mapping and pricing reads follow mapping changes, each only as far as the change reaches (api/mapping-change.ts): the
// merchant's own write refreshes exactly what it changed, main's mapping:changed event (another window, an imported
// file, main's own changes) refreshes its section. A write of ours is echoed by main's event: the echo is not refreshed
// a second time, or every read would be fetched twice per edit.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { useApi } from './ApiContext';
import { changeOfCall, echoSection, isAffectedBy, type ChangeSection, type MappingChange } from './mapping-change';

/** How long after our write settles its echo may still arrive (the preview's events come on another connection). */
export const ECHO_WINDOW_MS = 2_000;

interface Echo {
  section: ChangeSection;
  /** Infinity while the write is under way. */
  until: number;
}

const echoes = new WeakMap<QueryClient, Echo[]>();
const echoesOf = (queryClient: QueryClient) => {
  let list = echoes.get(queryClient);
  if (!list) echoes.set(queryClient, (list = []));
  return list;
};

/** True when the event is the echo of a write of ours (it is then consumed). */
function consumeEcho(queryClient: QueryClient, section: ChangeSection): boolean {
  const list = echoesOf(queryClient);
  const now = Date.now();
  for (let index = list.length - 1; index >= 0; index -= 1) if ((list[index] as Echo).until < now) list.splice(index, 1);
  const index = list.findIndex((echo) => echo.section === section);
  if (index === -1) return false;
  list.splice(index, 1);
  return true;
}

export function invalidateMapping(queryClient: QueryClient, change: MappingChange = { kind: 'section', section: 'import' }): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isAffectedBy(change, query.queryKey) });
}

/** Mounted once in the shell: a change made anywhere (another window, an import) refreshes the mapping screens. */
export function useMappingChangedRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('mapping:changed', ({ section }) => {
        if (!consumeEcho(queryClient, section)) void invalidateMapping(queryClient, { kind: 'section', section });
      }),
    [api, queryClient],
  );
}

/** A mapping write: calls main, then refreshes what the change touched. */
export function useMappingCall<N extends CallName>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: async (input) => {
      const change = changeOfCall(name, input);
      const echo: Echo = { section: echoSection(change), until: Infinity };
      echoesOf(queryClient).push(echo);
      try {
        return await api.call(name, input);
      } finally {
        echo.until = Date.now() + ECHO_WINDOW_MS;
        // Refreshed on failure too: a write may have changed part of the mapping before it failed (a tree fetched in one
        // language of two), and its echo, if any, is swallowed.
        void invalidateMapping(queryClient, change);
      }
    },
  });
}
