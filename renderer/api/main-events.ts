// Screens follow main's events, not their own cache: one listener at the app root turns each "changed" event into the
// invalidation of every read it affects, whether its screen is on display or not (a query not on screen is marked
// stale and read again when its screen opens), so a sync, an order import, a listing change, a restore or a mapping
// change shows on the Listings grid, Home, the catalogue's Sync column, the product drawer and the header without a reload.
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CallName, EventName } from '../../shared/contract';
import { useApi } from './ApiContext';

type ReadGroup = 'listings' | 'sync' | 'dashboard' | 'catalogue';

const READS: Record<ReadGroup, readonly CallName[]> = {
  listings: ['listings:list', 'listings:summary'],
  sync: ['sync:state'],
  dashboard: ['dashboard:summary'],
  catalogue: ['catalogue:list', 'catalogue:facets', 'catalogue:get'],
};

/** Which reads each event makes stale. */
export const EVENT_READS: Partial<Record<EventName, readonly ReadGroup[]>> = {
  'sync:finished': ['listings', 'sync', 'dashboard', 'catalogue'],
  // The catalogue's Sync column reads the offers' states too (a read-back, a dry run recording a hold).
  'listings:changed': ['listings', 'sync', 'dashboard', 'catalogue'],
  // An edit, an import, a delete, a restore (the database reopened), an order's stock move.
  'catalogue:changed': ['listings', 'sync', 'dashboard', 'catalogue'],
  'orders:changed': ['listings', 'sync', 'dashboard'],
  'orders:new': ['dashboard'],
  // A mapping change can hold offers back or let them through: their reasons and the header's counts follow.
  'mapping:changed': ['listings', 'sync', 'dashboard', 'catalogue'],
  'connection:changed': ['sync', 'dashboard'],
};

export function invalidateReadsOf(queryClient: QueryClient, groups: readonly ReadGroup[]): Promise<void> {
  const names = new Set<unknown>(groups.flatMap((group) => READS[group]));
  return queryClient.invalidateQueries({ predicate: (query) => names.has(query.queryKey[0]) });
}

/** Mounted once at the app root. */
export function useMainEventsRefresh(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const offs = (Object.entries(EVENT_READS) as [EventName, readonly ReadGroup[]][]).map(([event, groups]) => api.on(event, () => void invalidateReadsOf(queryClient, groups)));
    return () => offs.forEach((off) => off());
  }, [api, queryClient]);
}
