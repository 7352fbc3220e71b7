// The BackBox's moves on the Listings screen: read the BackBox (of the selection, of every offer on sale, or where the
// price changed) in the background with progress and Cancel, and Price to win for the selection.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackboxRefreshState } from '../../../../shared/backbox';
import { messageOf } from '../../../api/call-error';
import { cachedRefreshState, useBackboxChangedRefresh, useBackboxRefreshCall, useBackboxRefreshState } from '../../../api/backbox-queries';
import { ProgressBar } from '../../../components/ProgressBar';
import { refOfKey, useListingsStore } from '../listings-store';
import type { ListingsReport } from '../ListingsActions';
import { PriceToWinDialog } from './PriceToWinDialog';

function reportOf(t: (key: string, options?: Record<string, unknown>) => string, state: BackboxRefreshState): ListingsReport {
  if (state.outcome === 'cancelled') return { tone: 'success', message: t('backbox.refresh.cancelled', { done: state.done, total: state.total }) };
  if (state.outcome === 'failed') return { tone: 'error', message: t('backbox.refresh.failed', { message: state.message }) };
  if (state.total === 0) return { tone: 'success', message: t('backbox.refresh.nothing') };
  if (state.failed > 0) return { tone: 'error', message: t('backbox.refresh.finishedWithFailures', { read: state.done - state.failed, total: state.total, failed: state.failed, message: state.message }) };
  return { tone: 'success', message: t('backbox.refresh.finished', { done: state.done }) };
}

export function BackboxActions({ onReport }: { onReport(report: ListingsReport): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  useBackboxChangedRefresh();
  const selection = useListingsStore((state) => state.selection);
  const clearSelection = useListingsStore((state) => state.clearSelection);
  const refreshState = useBackboxRefreshState().data;
  const refresh = useBackboxRefreshCall('backbox:refresh');
  const cancel = useBackboxRefreshCall('backbox:cancel');
  const [pricing, setPricing] = useState<ReturnType<typeof refOfKey>[] | null>(null);
  const running = refreshState?.running ?? false;
  const count = selection.size;
  const failed = (error: Error) => onReport({ tone: 'error', message: messageOf(error, t('errors.unexpected')) });

  // A refresh this screen saw running reports how it ended.
  const sawRunning = useRef(false);
  useEffect(() => {
    if (!refreshState) return;
    if (refreshState.running) sawRunning.current = true;
    else if (sawRunning.current && refreshState.outcome) {
      sawRunning.current = false;
      onReport(reportOf(t, refreshState));
    }
  }, [refreshState, onReport, t]);

  const start = (request: Parameters<typeof refresh.mutate>[0]) =>
    refresh.mutate(request, {
      onSuccess: (state) => {
        // A short refresh may have ended (its events arrived) before this answer: report it from the cache then.
        const current = cachedRefreshState(queryClient);
        const ended = current && current.startedAt === state.startedAt && !current.running ? current : !state.running ? state : undefined;
        if (ended) {
          sawRunning.current = false;
          onReport(reportOf(t, ended));
        } else sawRunning.current = true;
      },
      onError: failed,
    });

  return (
    <div className="actions" style={{ alignItems: 'center' }} data-testid="backbox-actions">
      {running && refreshState ? (
        <>
          <ProgressBar
            label={t('backbox.refresh.progress')}
            fraction={refreshState.total ? refreshState.done / refreshState.total : null}
            detail={t('backbox.refresh.progressDetail', { done: refreshState.done, total: refreshState.total })}
          />
          <button type="button" className="button button-small" disabled={cancel.isPending} onClick={() => cancel.mutate({}, { onError: failed })}>
            {t('backbox.refresh.cancel')}
          </button>
        </>
      ) : (
        <>
          {count > 0 && (
            <button type="button" className="button" disabled={refresh.isPending} onClick={() => start({ scope: 'selection', offers: [...selection].map(refOfKey) })}>
              {t('backbox.refresh.selection', { count })}
            </button>
          )}
          <button type="button" className="button" disabled={refresh.isPending} onClick={() => start({ scope: 'all' })}>
            {t('backbox.refresh.all')}
          </button>
          <button type="button" className="button button-ghost" disabled={refresh.isPending} onClick={() => start({ scope: 'price-changed' })}>
            {t('backbox.refresh.changed')}
          </button>
        </>
      )}
      <button type="button" className="button button-primary" disabled={count === 0} onClick={() => setPricing([...selection].map(refOfKey))}>
        {t('backbox.priceToWin.button', { count })}
      </button>
      {pricing && (
        <PriceToWinDialog
          offers={pricing}
          onClose={() => setPricing(null)}
          onApplied={(applied) => {
            setPricing(null);
            clearSelection();
            onReport({ tone: 'success', message: t('backbox.priceToWin.applied', { count: applied }) });
          }}
        />
      )}
    </div>
  );
}
