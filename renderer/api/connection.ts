// The connection's status for every screen: fetched once, then replaced by each connection:changed event main pushes
// (a 401 anywhere shows the banner at once, without polling).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ConnectionStatus } from '../../shared/connection';
import { useApi } from './ApiContext';
import { callKey, useCallQuery } from './queries';

export const connectionStatusKey = callKey('connection:status', {});

export function useConnectionStatus() {
  return useCallQuery('connection:status', {}, { staleTime: Infinity });
}

/** Mounted once at the app root. */
export function useConnectionChanges(): void {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      api.on('connection:changed', (status: ConnectionStatus) => {
        queryClient.setQueryData(connectionStatusKey, status);
      }),
    [api, queryClient],
  );
}
