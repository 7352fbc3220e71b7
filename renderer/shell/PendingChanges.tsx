// The header's pill: exactly what differs between the catalogue and Back Market (the sync state's truth, from the
// status model): "All changes synced" only when nothing waits, is held back, refused, unanswered or waiting for the
// hourly budget; otherwise each part, a link to the Listings grid filtered to those offers.
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { allSynced, notSyncedCount, syncTruthParts, type SyncTruth, type SyncTruthPart } from '../../shared/offer-status';
import { useSyncState } from '../api/sync-queries';
import { useFormat } from '../i18n/format';
import { NO_LISTING_FILTERS, useListingsStore } from '../screens/listings/listings-store';
import { hrefOf } from './use-hash-route';

function PartLink({ part, children }: { part: SyncTruthPart; children: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={hrefOf('listings')}
      title={t('truth.header.showThem')}
      data-part={part.kind}
      onClick={() => useListingsStore.getState().setFilters({ ...NO_LISTING_FILTERS, status: part.filter.status ?? '', standing: part.filter.standing ?? '' })}
    >
      {children}
    </a>
  );
}

function TruthParts({ truth }: { truth: SyncTruth }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parts = syncTruthParts(truth);
  const offers = parts.filter((part) => part.kind === 'held-back' || part.kind === 'refused' || part.kind === 'unanswered');
  const pending = parts.find((part) => part.kind === 'pending');
  const deferred = parts.find((part) => part.kind === 'deferred');
  const until = truth.deferredUntil ? format.time(truth.deferredUntil) : '';
  const pieces: ReactNode[] = [];
  if (offers.length > 0)
    pieces.push(
      <span key="offers">
        {t('truth.header.notSynced', { count: notSyncedCount(truth) })}{' '}
        {offers.map((part, index) => (
          <span key={part.kind}>
            {index > 0 && ', '}
            <PartLink part={part}>{t(`truth.header.${part.kind}`, { count: part.count })}</PartLink>
          </span>
        ))}
      </span>,
    );
  if (pending) pieces.push(<PartLink key="pending" part={pending}>{t('truth.header.pending', { count: pending.count })}</PartLink>);
  if (deferred)
    pieces.push(
      <PartLink key="deferred" part={deferred}>
        {until ? t('truth.header.deferredUntil', { count: deferred.count, time: until }) : t('truth.header.deferred', { count: deferred.count })}
      </PartLink>,
    );
  return (
    <>
      {pieces.map((piece, index) => (
        <span key={index}>
          {index > 0 && ' · '}
          {piece}
        </span>
      ))}
    </>
  );
}

/** quietWhenSynced: say nothing rather than "All changes synced" (the account is being read, so that is not known). */
export function PendingChanges({ quietWhenSynced = false }: { quietWhenSynced?: boolean }) {
  const { t } = useTranslation();
  const state = useSyncState();
  if (!state.data) return null;
  const { truth } = state.data;
  const synced = allSynced(truth);
  if (synced && quietWhenSynced) return null;
  return (
    <div className={`pending-summary${synced ? '' : ' pending-summary-waiting'}`} role="status" data-testid="pending-changes">
      <span className="pending-dot" aria-hidden="true" />
      {synced ? t('header.allSynced') : <TruthParts truth={truth} />}
    </div>
  );
}
