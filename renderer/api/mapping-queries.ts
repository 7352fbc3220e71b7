// Mapping and pricing reads go stale together: a change to a category, a field source or a price can change readiness,
// problems and the matrix. One invalidation for all of them, on a mapping:changed event or after the merchant's own change.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { useApi } from './ApiContext';

const STALE_AFTER_MAPPING = ['catalogue:list', 'catalogue:facets', 'catalogue:get'];

const isMappingRead = (key: readonly unknown[]) =>
  typeof key[0] === 'string' && (key[0].startsWith('mapping:') || key[0].startsWith('pricing:') || STALE_AFTER_MAPPING.includes(key[0]));

export function invalidateMapping(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isMappingRead(query.queryKey) });
}

/** Mounted once in the shell: a change made anywhere (another window, an import) refreshes the mapping screens. */
export function useMappingChangedRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => api.on('mapping:changed', () => void invalidateMapping(queryClient)), [api, queryClient]);
}

/** A mapping write: calls main, then refreshes what the change may have touched. */
export function useMappingCall<N extends CallName>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, input),
    onSuccess: () => void invalidateMapping(queryClient),
  });
}
