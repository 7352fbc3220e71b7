// The BackBox through the query cache: standings and win rates read again when main says a read was written, the
// refresh's state kept current from its progress events, and the merchant's moves (refresh, cancel, Price to win, settings).
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { BackboxRefreshState } from '../../shared/backbox';
import type { CallInput, CallResult } from '../../shared/contract';
import { useApi } from './ApiContext';
import { callKey, invalidateCatalogue, useCallQuery } from './queries';
import { invalidateListings } from './sync-queries';

const BACKBOX_READS = ['backbox:standings', 'backbox:winRates', 'backbox:history', 'backbox:minPrice'];
const REFRESH_KEY = callKey('backbox:refreshState', {});

export function invalidateBackbox(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => typeof query.queryKey[0] === 'string' && BACKBOX_READS.includes(query.queryKey[0]) });
}

/** Standings and win rates follow main: a read written, a sync's end (prices moved), a catalogue edit. */
export function useBackboxChangedRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void invalidateBackbox(queryClient);
    const stops = [api.on('backbox:changed', refresh), api.on('sync:finished', refresh), api.on('catalogue:changed', refresh)];
    return () => stops.forEach((stop) => stop());
  }, [api, queryClient]);
}

export function useStandings(offers: CallInput<'backbox:standings'>['offers']) {
  return useCallQuery('backbox:standings', { offers }, { enabled: offers.length > 0, placeholderData: (previous) => previous });
}

export function useWinRates() {
  useBackboxChangedRefresh();
  return useCallQuery('backbox:winRates', {});
}

/** The refresh running now (or the last one), written from main's progress events as they come. */
export function useBackboxRefreshState() {
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useCallQuery('backbox:refreshState', {}, { staleTime: 60_000 });
  useEffect(
    () => api.on('backbox:progress', (progress) => queryClient.setQueryData<BackboxRefreshState>(REFRESH_KEY, progress)),
    [api, queryClient],
  );
  return state;
}

/** The refresh state in the cache now (main's events may have moved it past a call's answer). */
export const cachedRefreshState = (queryClient: QueryClient) => queryClient.getQueryData<BackboxRefreshState>(REFRESH_KEY);

export function useBackboxRefreshCall<N extends 'backbox:refresh' | 'backbox:cancel'>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, input),
    // A short refresh's progress events can arrive before this answer: the state they wrote is newer, keep it.
    onSuccess: (state) =>
      queryClient.setQueryData<BackboxRefreshState>(REFRESH_KEY, (current) =>
        current && current.startedAt === state.startedAt && (current.done > state.done || (!current.running && state.running)) ? current : state,
      ),
  });
}

export function usePriceToWinPreview() {
  const api = useApi();
  return useMutation<CallResult<'backbox:previewPriceToWin'>, Error, CallInput<'backbox:previewPriceToWin'>>({ mutationFn: (input) => api.call('backbox:previewPriceToWin', input) });
}

/** Applying moves prices: the grid, the catalogue's pending markers and the standings' comparisons all follow. */
export function usePriceToWinApply() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<'backbox:applyPriceToWin'>, Error, CallInput<'backbox:applyPriceToWin'>>({
    mutationFn: (input) => api.call('backbox:applyPriceToWin', input),
    onSettled: () => Promise.all([invalidateListings(queryClient), invalidateCatalogue(queryClient), invalidateBackbox(queryClient), queryClient.invalidateQueries({ queryKey: callKey('sync:state', {}) })]),
  });
}

export function useBackboxSettings() {
  return useCallQuery('backbox:settings', {});
}

export function useSaveBackboxSettings() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<'backbox:saveSettings'>, Error, CallInput<'backbox:saveSettings'>>({
    mutationFn: (input) => api.call('backbox:saveSettings', input),
    onSuccess: (saved) => {
      queryClient.setQueryData(callKey('backbox:settings', {}), saved);
      // The floor and the min_price switches decide what each offer's min_price should be.
      return invalidateBackbox(queryClient);
    },
  });
}
