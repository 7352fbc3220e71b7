// Sync and listings through the query cache: the sync state kept current from main's progress events, the listings
// grid and its summary refreshed when statuses change, and the merchant's moves (start, cancel, retry, take offline).
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallResult } from '../../shared/contract';
import type { SyncState } from '../../shared/sync';
import { useApi } from './ApiContext';
import { callKey, invalidateCatalogue, useCallQuery } from './queries';

const LISTINGS_READS = ['listings:list', 'listings:summary'];
const SYNC_STATE_KEY = callKey('sync:state', {});

const isListingsRead = (key: readonly unknown[]) => typeof key[0] === 'string' && LISTINGS_READS.includes(key[0]);

export function invalidateListings(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => isListingsRead(query.queryKey) });
}

/** Mounted by the Listings screen: a status change, a finished sync or a catalogue edit refreshes the grid and the summary. */
export function useListingsChangedRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void invalidateListings(queryClient);
    const stops = [api.on('listings:changed', refresh), api.on('sync:finished', refresh), api.on('catalogue:changed', refresh)];
    return () => stops.forEach((stop) => stop());
  }, [api, queryClient]);
}

/**
 * The sync state, kept current by main's events: progress is written into the cached state as it arrives (no polling),
 * and a finished run or a catalogue edit (a new pending change) asks main again.
 */
export function useSyncState() {
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useCallQuery('sync:state', {}, { staleTime: 60_000 });
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries({ queryKey: SYNC_STATE_KEY });
    const stops = [
      api.on('sync:progress', (progress) => {
        // The run's last progress carries its outcome in English for the CLI; sync:finished follows with the report,
        // which the header words in the merchant's language, so the outcome is never shown as a running step.
        if (progress.step === 'finished' || progress.step === 'cancelled' || progress.step === 'failed') return;
        const current = queryClient.getQueryData<SyncState>(SYNC_STATE_KEY);
        if (current) queryClient.setQueryData<SyncState>(SYNC_STATE_KEY, { ...current, running: progress });
        else refetch();
      }),
      api.on('sync:finished', (report) => {
        const current = queryClient.getQueryData<SyncState>(SYNC_STATE_KEY);
        if (current) queryClient.setQueryData<SyncState>(SYNC_STATE_KEY, { ...current, running: null, lastRun: report });
        refetch();
        // A sync settles pending changes: the header's pending count and the catalogue's markers follow.
        void invalidateCatalogue(queryClient);
      }),
      api.on('catalogue:changed', refetch),
      api.on('listings:changed', refetch),
    ];
    return () => stops.forEach((stop) => stop());
  }, [api, queryClient]);
  return state;
}

/** Starts or cancels a sync; main answers with the new state at once, which replaces the cached one. */
export function useSyncCall<N extends 'sync:start' | 'sync:cancel'>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, input),
    onSuccess: (state) => queryClient.setQueryData<SyncState>(SYNC_STATE_KEY, state),
  });
}

/** Retry or take offline: queued for the next sync; the grid, the summary and the pending count refresh. */
export function useListingsCall<N extends 'listings:retry' | 'listings:takeOffline'>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, input),
    onSettled: () =>
      Promise.all([invalidateListings(queryClient), queryClient.invalidateQueries({ queryKey: SYNC_STATE_KEY }), invalidateCatalogue(queryClient)]),
  });
}
