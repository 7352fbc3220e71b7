// Server data through TanStack Query: queries keyed by call name + input, refreshed by main's events (api/main-events.ts).
import { QueryClient, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { isCallError } from './call-error';
import { useApi } from './ApiContext';

export const callKey = <N extends CallName>(name: N, input: CallInput<N>) => [name, input] as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refused input will be refused again; only a host that was briefly away is worth asking twice.
        retry: (failureCount, error) => isCallError(error) && error.code === 'unavailable' && failureCount < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });
}

type CallQueryOptions<N extends CallName> = Omit<UseQueryOptions<CallResult<N>, Error, CallResult<N>, readonly [N, CallInput<N>]>, 'queryKey' | 'queryFn'>;

export function useCallQuery<N extends CallName>(name: N, input: CallInput<N>, options: CallQueryOptions<N> = {}) {
  const api = useApi();
  return useQuery({ ...options, queryKey: callKey(name, input), queryFn: () => api.call(name, input) });
}

/** Catalogue reads that go stale when main reports a change. */
const isCatalogueRead = (key: readonly unknown[]) => typeof key[0] === 'string' && ['catalogue:list', 'catalogue:facets', 'catalogue:get'].includes(key[0]);

export function invalidateCatalogue(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isCatalogueRead(query.queryKey) });
}
