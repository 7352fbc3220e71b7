// Orders, returns and care folders through the query cache: reads refreshed when main says orders changed, and the
// merchant's moves (accept, cancel, ship, refund, import) as mutations that refresh the orders and the stock they touch.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallInput, CallName, CallResult } from '../../shared/contract';
import { useApi } from './ApiContext';
import { invalidateCatalogue } from './queries';

const ORDERS_READS = ['orders:list', 'orders:get', 'returns:list', 'careFolders:list'];

const isOrdersRead = (key: readonly unknown[]) => typeof key[0] === 'string' && ORDERS_READS.includes(key[0]);

export async function invalidateOrders(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ predicate: (query) => isOrdersRead(query.queryKey) });
}

/** Mounted by the orders and returns screens: an import or a move made elsewhere (a sync, another window) refreshes them. */
export function useOrdersChangedRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => api.on('orders:changed', () => void invalidateOrders(queryClient)), [api, queryClient]);
}

type OrdersWrite = 'orders:import' | 'orders:accept' | 'orders:cancel' | 'orders:ship' | 'orders:refund' | 'careFolders:refund';

/** A write on orders: calls main, then refreshes the orders and the catalogue (a sale or a cancellation moves stock). */
export function useOrdersCall<N extends OrdersWrite & CallName>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, input),
    // Refused moves refresh too: the service reads the order again, so the screen shows where it really is.
    onSettled: () => Promise.all([invalidateOrders(queryClient), invalidateCatalogue(queryClient)]),
  });
}
