// Over every screen once an update is downloaded (desktop app): the version, "Restart to update" — held back while a
// sync runs — and "Later", which hides it until the next update; the update installs at the next quit anyway.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppShell, useRestartToUpdate, useUpdateState } from '../api/desktop-queries';
import { useSyncState } from '../api/sync-queries';
import { RestartOutcomeAlert } from '../components/RestartOutcomeAlert';

export function UpdateBanner() {
  const { t } = useTranslation();
  const shell = useAppShell();
  const update = useUpdateState();
  const sync = useSyncState();
  const restart = useRestartToUpdate();
  const [dismissedVersion, setDismissedVersion] = useState<string | null>(null);
  const state = update.data;
  if (shell !== 'electron' || state?.status !== 'ready' || state.version === dismissedVersion) return null;
  const syncRunning = Boolean(sync.data?.running);

  return (
    <section className="alert alert-info update-banner" aria-label={t('desktop.updatesTitle')} data-testid="update-banner">
      <div className="alert-body">
        <div>{t('desktop.updatesReady', { version: state.version ?? '' })}</div>
        {syncRunning && <div className="field-hint">{t('desktop.restartAfterSync')}</div>}
        {restart.data && <RestartOutcomeAlert outcome={restart.data} />}
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary button-small" disabled={syncRunning || restart.isPending} onClick={() => restart.mutate()}>
          {t('desktop.restartToUpdate')}
        </button>
        <button type="button" className="button button-ghost button-small" onClick={() => setDismissedVersion(state.version)}>
          {t('desktop.later')}
        </button>
      </div>
    </section>
  );
}
