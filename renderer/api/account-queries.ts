// The existing account through the query cache: the read's state written from main's progress events, the summary,
// unmanaged listings and review read again when main says the snapshot, the catalogue or the review changed, and the
// merchant's moves (read, cancel, import, decide).
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountReadState } from '../../shared/account';
import type { CallInput, CallResult } from '../../shared/contract';
import { useAccountReadStore } from '../store/account-read-store';
import { useApi } from './ApiContext';
import { callKey, invalidateCatalogue, useCallQuery } from './queries';
import { invalidateListings } from './sync-queries';

const ACCOUNT_READS = ['account:summary', 'account:unmanaged', 'account:review'];
const SUMMARY_KEY = callKey('account:summary', {});

export function invalidateAccount(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => typeof query.queryKey[0] === 'string' && ACCOUNT_READS.includes(query.queryKey[0]) });
}

/**
 * The account-read store follows main's events: each progress of the read, each import. With `seed`, it first asks main
 * where the read stands (the shell, opened while a read may already run).
 */
export function useFollowAccountRead(seed = false) {
  const api = useApi();
  const queryClient = useQueryClient();
  useEffect(() => {
    const store = useAccountReadStore.getState();
    let heard = false;
    const stops = [
      api.on('account:progress', (read: AccountReadState) => {
        heard = true;
        store.follow(read);
      }),
      api.on('account:changed', ({ reason }) => {
        if (reason === 'import') store.imported();
      }),
    ];
    if (seed) {
      // The shell's instance keeps the account's counts true while no screen shows them: a summary cached before a
      // catalogue import (the empty catalogue's) would otherwise be shown as it was when Settings opens.
      const stale = () => void invalidateAccount(queryClient);
      stops.push(api.on('catalogue:changed', stale), api.on('account:changed', stale), api.on('sync:finished', stale));
      api.call('account:summary', {}).then(
        (summary) => {
          if (!heard) store.follow(summary.read);
        },
        // Not known: the header says nothing of the read rather than something untrue.
        () => undefined,
      );
    }
    return () => stops.forEach((stop) => stop());
  }, [api, queryClient, seed]);
}

/** The summary follows main: the read's progress as it comes, and a new snapshot, import, decision or catalogue edit. */
export function useAccountSummary() {
  const api = useApi();
  const queryClient = useQueryClient();
  useFollowAccountRead();
  useEffect(() => {
    const refresh = () => void invalidateAccount(queryClient);
    const stops = [
      api.on('account:progress', (read: AccountReadState) => {
        queryClient.setQueryData<CallResult<'account:summary'>>(SUMMARY_KEY, (current) => (current ? { ...current, read } : current));
        if (!read.running) refresh();
      }),
      api.on('account:changed', refresh),
      api.on('catalogue:changed', refresh),
      api.on('sync:finished', refresh),
    ];
    return () => stops.forEach((stop) => stop());
  }, [api, queryClient]);
  return useCallQuery('account:summary', {});
}

export function useUnmanagedListings(query: CallInput<'account:unmanaged'>, enabled: boolean) {
  return useCallQuery('account:unmanaged', query, { enabled, placeholderData: (previous) => previous });
}

export function useAccountReview(enabled: boolean) {
  return useCallQuery('account:review', { undecidedOnly: true, limit: 500 }, { enabled });
}

type AccountMove = 'account:read' | 'account:cancel' | 'account:import' | 'account:decide';

/**
 * An import names the attributes it creates for the comment and the warranty (where the mapping says nothing of them)
 * in the merchant's language, as the review names those fields: « Commentaire », « Garantie (mois) ».
 */
function withImportNames<N extends AccountMove>(name: N, input: CallInput<N>, t: TFunction): CallInput<N> {
  if (name !== 'account:import') return input;
  const request = input as CallInput<'account:import'>;
  return { ...request, names: { comment: t('account.fields.comment'), warranty_delay: t('account.fields.warranty_delay') } } as CallInput<N>;
}

export function useAccountCall<N extends AccountMove>(name: N) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation<CallResult<N>, Error, CallInput<N>>({
    mutationFn: (input) => api.call(name, withImportNames(name, input, t)),
    onSuccess: () => {
      void invalidateAccount(queryClient);
      if (name === 'account:import' || name === 'account:decide') {
        void invalidateCatalogue(queryClient);
        void invalidateListings(queryClient);
      }
    },
  });
}
