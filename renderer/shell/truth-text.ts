// The sync's outcome in one plain sentence for a notification: what a customer can buy per country, then exactly what is
// not synced (the same parts as the header's pill), or that all changes are synced.
import type { TFunction } from 'i18next';
import { formatFor } from '../i18n/format';
import { allSynced, notSyncedCount, type StandingCounts, type SyncTruth } from '../../shared/offer-status';

export function outcomeText(t: TFunction, truth: SyncTruth, standings: readonly StandingCounts[], countryName: (code: string) => string, time: (iso: string) => string): string {
  const list = formatFor().list;
  const onSale = list(standings.map((entry) => `${countryName(entry.country)} ${entry.onSale}`));
  const rest: string[] = [];
  if (allSynced(truth)) rest.push(t('truth.allSynced'));
  else {
    const offers = [truth.heldBack > 0 ? t('truth.header.held-back', { count: truth.heldBack }) : '', truth.refused > 0 ? t('truth.header.refused', { count: truth.refused }) : '', truth.unanswered > 0 ? t('truth.header.unanswered', { count: truth.unanswered }) : ''].filter(Boolean);
    if (offers.length > 0) rest.push(`${t('truth.header.notSynced', { count: notSyncedCount(truth) })} ${list(offers)}.`);
    if (truth.pendingChanges > 0) rest.push(`${t('truth.header.pending', { count: truth.pendingChanges })}.`);
    if (truth.deferred > 0) rest.push(`${truth.deferredUntil ? t('truth.header.deferredUntil', { count: truth.deferred, time: time(truth.deferredUntil) }) : t('truth.header.deferred', { count: truth.deferred })}.`);
  }
  return t('truth.notification', { onSale: onSale || '0', rest: rest.join(' ') });
}
