// The header's Sync button, always visible: the last sync and its outcome, a badge of pending changes, the keyboard
// accelerator, the dry run; while a sync runs, its progress and Cancel; a desktop notification when a long one ends.
import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allSynced } from '../../shared/offer-status';
import type { SyncReport } from '../../shared/sync';
import { useApi } from '../api/ApiContext';
import { messageOf } from '../api/call-error';
import { useSyncCall, useSyncState } from '../api/sync-queries';
import { useFormat } from '../i18n/format';
import { useCountryName } from '../screens/mapping/country-name';
import { askNotificationPermission, notifySyncEnded } from './sync-notification';
import { outcomeText } from './truth-text';
import { syncShortcut, useSyncShortcut } from './sync-shortcut';
import { SyncPlanDialog } from './SyncPlanDialog';
import { SyncProgressView } from './SyncProgressView';
import { messageText } from '../i18n/message-text';

/** The time alone for a sync today, the date too for an older one. */
function useSyncTime(): (iso: string) => string {
  const format = useFormat();
  return (iso) => {
    const when = new Date(iso);
    const today = new Date().toDateString() === when.toDateString();
    return today ? format.time(when) : format.date(when);
  };
}

/** Why a run failed, in the merchant's language when main sent its code. */
const failureText = (t: TFunction, report: SyncReport): string => (report.said ? messageText(report.said, t) : report.message);

/** The notification's body: for a finished run, what holds now (on sale per country, what is not synced). */
function endBody(t: TFunction, report: SyncReport, countryName: (code: string) => string, time: (iso: string) => string): string {
  if (report.outcome === 'failed') return failureText(t, report);
  if (report.outcome === 'finished' && report.truth) return outcomeText(t, report.truth, report.standings ?? [], countryName, time);
  return t(`sync.notification.body.${report.outcome}`, { ...report });
}

/** Shows the desktop notification when main reports the end of a long run. */
function useEndNotification(): void {
  const api = useApi();
  const { t } = useTranslation();
  const countryName = useCountryName();
  const format = useFormat();
  useEffect(
    () =>
      api.on('sync:finished', (report: SyncReport) => {
        notifySyncEnded(report, {
          title: t(`sync.notification.title.${report.outcome}`),
          body: endBody(t, report, countryName, (iso) => format.time(iso)),
        });
      }),
    [api, t, countryName, format],
  );
}

export function SyncButton() {
  const { t } = useTranslation();
  const state = useSyncState();
  const start = useSyncCall('sync:start');
  const cancel = useSyncCall('sync:cancel');
  const syncTime = useSyncTime();
  const describedBy = useId();
  const [planOpen, setPlanOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const shortcut = syncShortcut();
  useEndNotification();

  const running = state.data?.running ?? null;
  const pending = state.data?.pendingChanges ?? 0;
  const lastRun = state.data?.lastRun ?? null;

  function startSync() {
    if (running || start.isPending) return;
    setFailure(null);
    askNotificationPermission();
    start.mutate({}, { onError: (error) => setFailure(messageOf(error, t('errors.unexpected'))) });
  }
  useSyncShortcut(startSync);

  function cancelSync() {
    setFailure(null);
    cancel.mutate({}, { onError: (error) => setFailure(messageOf(error, t('errors.unexpected'))) });
  }

  const lastSync = lastRun ? t(`sync.last.${lastRun.outcome}`, { time: syncTime(lastRun.finishedAt) }) : state.data ? t('sync.last.never') : '';
  // A finished run that left changes behind says so (issue: a partial sync read "finished" and nothing else).
  const partial =
    lastRun?.outcome === 'finished'
      ? [
          (lastRun.notSent ?? 0) > 0 ? t('sync.partial.notSent', { count: lastRun.notSent }) : '',
          (lastRun.waiting ?? 0) > 0 ? t('sync.partial.waiting', { count: lastRun.waiting }) : '',
        ]
          .filter(Boolean)
          .join(' ')
      : '';
  const pendingText = pending > 0 ? t('header.pending', { count: pending }) : state.data && allSynced(state.data.truth) ? t('header.allSynced') : '';

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-testid="sync-control">
      {failure && (
        <span className="field-error" role="alert" data-testid="sync-failure">
          {failure}{' '}
          <button type="button" className="button button-ghost button-small" onClick={() => setFailure(null)}>
            {t('errors.dismiss')}
          </button>
        </span>
      )}
      {running ? (
        <SyncProgressView progress={running} cancelling={cancel.isPending} onCancel={cancelSync} />
      ) : (
        <>
          <span
            className={lastRun?.outcome === 'failed' ? 'field-error' : 'muted'}
            style={{ fontSize: 12 }}
            title={lastRun?.outcome === 'failed' ? failureText(t, lastRun) : undefined}
            data-testid="sync-last"
            data-finished-at={lastRun?.finishedAt}
          >
            {lastSync}
          </span>
          {partial && (
            <span className="muted" style={{ fontSize: 12, maxWidth: 360 }} role="status" data-testid="sync-partial">
              {partial}
            </span>
          )}
          <span id={describedBy} className="sr-only">
            {[pendingText, lastSync, lastRun?.outcome === 'failed' ? failureText(t, lastRun) : partial].filter(Boolean).join('. ')}
          </span>
          <button type="button" className="button button-small" onClick={() => setPlanOpen(true)} data-testid="sync-dry-run">
            {t('sync.dryRun')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={startSync}
            disabled={start.isPending}
            title={t('sync.tooltip', { shortcut: shortcut.label })}
            aria-keyshortcuts={shortcut.aria}
            aria-describedby={describedBy}
            data-testid="sync-button"
          >
            {t('sync.button')}
            {pending > 0 && (
              <span className="badge badge-warning" aria-hidden="true" data-testid="sync-badge">
                {pending > 999 ? '999+' : pending}
              </span>
            )}
          </button>
        </>
      )}
      {planOpen && (
        <SyncPlanDialog
          onClose={() => setPlanOpen(false)}
          onSyncNow={() => {
            setPlanOpen(false);
            startSync();
          }}
        />
      )}
    </div>
  );
}
