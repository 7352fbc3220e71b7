// The unit ledger through the query cache: reads refreshed when main says units changed (an edit, an import, an
// order), and the merchant's writes as mutations that refresh the units and the catalogue whose stock they move.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { useApi } from './ApiContext';
import { invalidateCatalogue } from './queries';

const UNITS_READS = ['units:list', 'units:get', 'units:findByCode', 'units:pickable', 'margin:report', 'margin:atPrice', 'margin:settings'];

export function invalidateUnits(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => typeof query.queryKey[0] === 'string' && UNITS_READS.includes(query.queryKey[0]) });
}

/** Mounted by the screens that show units: a change made elsewhere (an order import, another window) refreshes them. */
export function useUnitsChangedRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const stopUnits = api.on('units:changed', () => void invalidateUnits(queryClient));
    const stopOrders = api.on('orders:changed', () => void invalidateUnits(queryClient));
    return () => {
      stopUnits();
      stopOrders();
    };
  }, [api, queryClient]);
}

type UnitsWrite = 'units:add' | 'units:update' | 'units:setStatus' | 'units:setTracking' | 'units:importRun' | 'margin:saveSettings';

export function useUnitsCall<N extends UnitsWrite & CallName>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, input),
    onSettled: () => Promise.all([invalidateUnits(queryClient), invalidateCatalogue(queryClient)]),
  });
}
