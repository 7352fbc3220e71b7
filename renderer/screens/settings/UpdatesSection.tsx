// Settings' updates section (desktop app only): whether Refurb Desk updates itself, what the last check found, and
// "Restart to update" once an update is downloaded — refused while a sync runs or an editor holds unsaved changes.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateState } from '../../../shared/contract/desktop-calls';
import { useAppShell, useRestartToUpdate, useSetUpdatesEnabled, useUpdateState } from '../../api/desktop-queries';
import { useSyncState } from '../../api/sync-queries';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../i18n/format';
import { RestartOutcomeAlert } from '../../components/RestartOutcomeAlert';

function useDateTime() {
  return useFormat().date;
}

function StatusLine({ state }: { state: UpdateState }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  switch (state.status) {
    case 'off':
      return <p>{state.offBy === 'environment' ? t('desktop.updatesOffByEnvironment') : t('desktop.updatesOff')}</p>;
    case 'checking':
      return <p>{t('desktop.updatesChecking')}</p>;
    case 'downloading':
      return <p>{t('desktop.updatesDownloading', { version: state.version ?? '', percent: state.percent ?? 0 })}</p>;
    case 'ready':
      return <p>{t('desktop.updatesReady', { version: state.version ?? '' })}</p>;
    case 'error':
      return <p>{state.error === 'network' ? t('desktop.updatesErrorNetwork') : t('desktop.updatesErrorFeed')}</p>;
    case 'idle':
      return <p>{state.checkedAt ? t('desktop.updatesUpToDate', { time: dateTime(state.checkedAt) }) : t('desktop.updatesNotCheckedYet')}</p>;
    default:
      return <p>{t('desktop.updatesUnavailable')}</p>;
  }
}

export function UpdatesSection() {
  const { t } = useTranslation();
  const checkboxId = useId();
  const shell = useAppShell();
  const update = useUpdateState();
  const sync = useSyncState();
  const setEnabled = useSetUpdatesEnabled();
  const restart = useRestartToUpdate();
  const state = update.data;
  // The browser preview has no updates of its own: the section is the desktop app's.
  if (shell !== 'electron' || !state) return null;
  const syncRunning = Boolean(sync.data?.running);

  return (
    <section className="settings-section" aria-labelledby="updates-title">
      <h2 id="updates-title">{t('desktop.updatesTitle')}</h2>
      <StatusLine state={state} />
      {state.status !== 'unavailable' && (
        <div className="field">
          <label className="checkbox-label" htmlFor={checkboxId}>
            <input
              id={checkboxId}
              type="checkbox"
              checked={state.enabled && state.offBy !== 'environment'}
              disabled={state.offBy === 'environment' || setEnabled.isPending}
              onChange={(event) => setEnabled.mutate(event.target.checked)}
            />
            {t('desktop.updatesAutomatic')}
          </label>
          <p className="field-hint">{t('desktop.updatesHint')}</p>
        </div>
      )}
      {state.status === 'ready' && (
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={syncRunning || restart.isPending} onClick={() => restart.mutate()}>
            {t('desktop.restartToUpdate')}
          </button>
          {syncRunning && <span className="field-hint">{t('desktop.restartAfterSync')}</span>}
        </div>
      )}
      {restart.data && <RestartOutcomeAlert outcome={restart.data} />}
      {setEnabled.isError && <Alert>{t('desktop.updatesNotSaved')}</Alert>}
    </section>
  );
}
