// What the merchant does with the selected listings: send them again at the next sync, or take them offline
// (quantity 0, after a confirmation, since the catalogue's stock is set to 0 too).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/call-error';
import { useListingsCall } from '../../api/sync-queries';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { refOfKey, useListingsStore } from './listings-store';

export interface ListingsReport {
  tone: 'success' | 'error';
  message: string;
}

export function ListingsActions({ onReport }: { onReport(report: ListingsReport): void }) {
  const { t } = useTranslation();
  const selection = useListingsStore((state) => state.selection);
  const clearSelection = useListingsStore((state) => state.clearSelection);
  const retry = useListingsCall('listings:retry');
  const takeOffline = useListingsCall('listings:takeOffline');
  const [confirming, setConfirming] = useState(false);
  const count = selection.size;
  const listings = () => [...selection].map(refOfKey);
  const failed = (error: Error) => onReport({ tone: 'error', message: messageOf(error, t('errors.unexpected')) });

  function retrySelected() {
    retry.mutate(
      { listings: listings() },
      {
        onSuccess: ({ queued }) => {
          clearSelection();
          onReport({ tone: 'success', message: t('listings.actions.retried', { count: queued }) });
        },
        onError: failed,
      },
    );
  }

  function takeSelectedOffline() {
    takeOffline.mutate(
      { listings: listings() },
      {
        onSuccess: ({ queued }) => {
          setConfirming(false);
          clearSelection();
          onReport({ tone: 'success', message: t('listings.actions.takenOffline', { count: queued }) });
        },
        onError: (error) => {
          setConfirming(false);
          failed(error);
        },
      },
    );
  }

  return (
    <div className="actions" style={{ alignItems: 'center' }}>
      {count > 0 && (
        <span className="selection-summary" data-testid="listings-selection">
          {t('listings.actions.selected', { count })}
          <button type="button" className="button button-ghost button-small" onClick={clearSelection}>
            {t('listings.actions.clearSelection')}
          </button>
        </span>
      )}
      <button type="button" className="button" disabled={count === 0 || retry.isPending} onClick={retrySelected}>
        {t('listings.actions.retry')}
      </button>
      <button type="button" className="button button-danger" disabled={count === 0 || takeOffline.isPending} onClick={() => setConfirming(true)}>
        {t('listings.actions.takeOffline')}
      </button>
      {confirming && (
        <Dialog
          role="alertdialog"
          title={t('listings.actions.confirmTitle', { count })}
          onClose={() => setConfirming(false)}
          testId="take-offline-dialog"
          footer={
            <DialogActions
              cancelLabel={t('listings.actions.keepOnline')}
              onCancel={() => setConfirming(false)}
              confirmLabel={t('listings.actions.confirmTakeOffline', { count })}
              onConfirm={takeSelectedOffline}
              disabled={takeOffline.isPending}
              tone="danger"
              autoFocus="cancel"
            />
          }
        >
          <p>{t('listings.actions.confirmText', { count })}</p>
        </Dialog>
      )}
    </div>
  );
}
