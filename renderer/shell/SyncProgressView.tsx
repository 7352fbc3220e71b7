// What the header shows while a sync runs: the current step and its counts on a compact progress bar, or, when the sync
// waits (offline, or for a new token), a plain sentence saying so; Cancel in both cases.
import { useTranslation } from 'react-i18next';
import type { SyncProgress } from '../../shared/sync';
import { useFormat } from '../i18n/format';
import { messageText } from '../i18n/message-text';

interface SyncProgressViewProps {
  progress: SyncProgress;
  cancelling: boolean;
  onCancel(): void;
}

export function SyncProgressView({ progress, cancelling, onCancel }: SyncProgressViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const cancel = (
    <button type="button" className="button button-small" onClick={onCancel} disabled={cancelling} data-testid="sync-cancel">
      {cancelling ? t('sync.cancelling') : t('sync.cancel')}
    </button>
  );

  if (progress.step === 'queued-offline' || progress.step === 'waiting-for-token') {
    return (
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <span
          className="pending-summary pending-summary-waiting"
          role="status"
          data-testid="sync-waiting"
          // The header says it short; main's sentence (how long it waits, until when) shows on hover, in the merchant's language.
          title={progress.said ? messageText(progress.said, t) : undefined}
        >
          <span className="pending-dot" aria-hidden="true" />
          {progress.step === 'queued-offline' ? t('sync.queuedOffline') : t('sync.waitingForToken')}
        </span>
        {cancel}
      </div>
    );
  }

  const label = progress.said ? messageText(progress.said, t) : progress.message || t(`sync.steps.${progress.step}`);
  const known = progress.total > 0;
  const percent = known ? Math.round(Math.min(1, Math.max(0, progress.done / progress.total)) * 100) : null;
  const counts = known ? t('sync.counts', { done: format.number(progress.done), total: format.number(progress.total) }) : '';
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10 }} data-testid="sync-progress">
      <div style={{ width: 260, fontSize: 12 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 3 }}>
          <span className="cell-text" role="status">
            {label}
          </span>
          {counts && <span className="muted">{counts}</span>}
        </div>
        <div
          className={`progress-track${percent === null ? ' progress-indeterminate' : ''}`}
          role="progressbar"
          aria-label={t('sync.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={counts ? `${label} (${counts})` : label}
        >
          <div className="progress-fill" style={{ width: `${percent ?? 30}%` }} />
        </div>
      </div>
      {cancel}
    </div>
  );
}
