// The desktop app's update state and error log through the query cache: the state kept current by main's
// updates:changed event, and the merchant's moves (turn updates on or off, restart into an update, show the log).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { UpdateState } from '../../shared/contract/desktop-calls';
import { hasUnsavedWork } from '../shell/unsaved-work';
import { useApi } from './ApiContext';
import { callKey, useCallQuery } from './queries';

const UPDATE_STATE_KEY = callKey('updates:state', {});

/** Which shell runs the app ('electron' or 'preview'); undefined until known. The update and error-log parts are Electron's. */
export function useAppShell() {
  return useCallQuery('app:info', {}, { staleTime: Infinity, retry: false }).data?.shell;
}

export function useUpdateState() {
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useCallQuery('updates:state', {}, { staleTime: 60_000, retry: false });
  useEffect(() => api.on('updates:changed', (next: UpdateState) => queryClient.setQueryData(UPDATE_STATE_KEY, next)), [api, queryClient]);
  return state;
}

export function useSetUpdatesEnabled() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api.call('updates:setEnabled', { enabled }),
    onSuccess: (next) => queryClient.setQueryData(UPDATE_STATE_KEY, next),
  });
}

/** Asks main to restart into the update, telling it whether an editor holds unsaved changes right now. */
export function useRestartToUpdate() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.call('updates:restart', { unsavedWork: hasUnsavedWork() }) });
}

export function useErrorLogInfo() {
  return useCallQuery('errorLog:info', {}, { retry: false });
}

export function useOpenErrorLog() {
  const api = useApi();
  return useMutation({ mutationFn: () => api.call('errorLog:open', {}) });
}
