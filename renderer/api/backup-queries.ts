// Backup status and list through the query cache, refreshed when the mode or the catalogue changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupStatus } from '../../shared/backup';
import { useEffect } from 'react';
import { useApi } from './ApiContext';
import { callKey, useCallQuery } from './queries';

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

/**
 * Whether the catalogue takes edits: false while it is open read-only or its file disappeared or was replaced (the
 * banner says why). Reads the status the gate keeps fresh, without a request of its own; true until it is known.
 */
export function useCatalogueWritable(): boolean {
  const status = useQuery<BackupStatus>({ queryKey: callKey('backup:status', {}), enabled: false });
  return !status.data?.problem;
}
