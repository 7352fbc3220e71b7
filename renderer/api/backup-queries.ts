// Backup status and list through the query cache, refreshed when the mode or the catalogue changes.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from './ApiContext';
import { useCallQuery } from './queries';

const isBackupRead = (key: readonly unknown[]) => key[0] === 'backup:status' || key[0] === 'backup:list';

/** Whether the catalogue file opened; mounted at the gate, so a damaged file shows the recovery screen. */
export function useBackupStatus(enabled: boolean) {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.invalidateQueries({ predicate: (query) => isBackupRead(query.queryKey) });
    const offConnection = api.on('connection:changed', refresh);
    const offCatalogue = api.on('catalogue:changed', refresh);
    return () => {
      offConnection();
      offCatalogue();
    };
  }, [api, queryClient]);
  return useCallQuery('backup:status', {}, { enabled, staleTime: 0 });
}

export function useBackupList() {
  return useCallQuery('backup:list', {}, { staleTime: 0 });
}
