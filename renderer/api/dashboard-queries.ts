// The Home dashboard through the query cache: refreshed whenever main says something it counts changed (orders, the
// catalogue's pending changes, offers' statuses, a sync's end, the token).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventName } from '../../shared/contract';
import { useApi } from './ApiContext';
import { useCallQuery } from './queries';

/** Everything that changes a number on the dashboard. */
const DASHBOARD_EVENTS: readonly EventName[] = ['orders:changed', 'orders:new', 'catalogue:changed', 'listings:changed', 'sync:finished', 'connection:changed'];

const isDashboardRead = (key: readonly unknown[]) => key[0] === 'dashboard:summary';

export function useDashboardSummary() {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ predicate: (query) => isDashboardRead(query.queryKey) });
    const offs = DASHBOARD_EVENTS.map((event) => api.on(event, refresh));
    return () => offs.forEach((off) => off());
  }, [api, queryClient]);
  // The deadlines turn late as time passes: a dashboard left open reads again every minute.
  return useCallQuery('dashboard:summary', {}, { staleTime: 0, refetchInterval: 60_000 });
}
