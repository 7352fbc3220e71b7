// Decides what the merchant sees first: the setup wizard until a mode is chosen, the recovery screen when the catalogue
// file cannot be opened, then the app with, when needed, the token banner and the keyring warning on top.
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/call-error';
import { useBackupStatus } from '../api/backup-queries';
import { useConnectionChanges, useConnectionStatus } from '../api/connection';
import { Alert } from '../components/Alert';
import { RecoveryScreen } from '../screens/backups/RecoveryScreen';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { AppShell } from './AppShell';

export function ConnectionGate() {
  const { t } = useTranslation();
  useConnectionChanges();
  const status = useConnectionStatus();
  const backup = useBackupStatus(status.data !== undefined && status.data.mode !== 'none');
  if (status.isError) {
    return (
      <main className="setup" id="main">
        <Alert title={t('errors.title')}>{messageOf(status.error, t('errors.unexpected'))}</Alert>
      </main>
    );
  }
  if (!status.data) return <p role="status">{t('app.loading')}</p>;
  if (status.data.mode === 'none') return <SetupScreen status={status.data} />;
  if (backup.data?.state === 'recovery') return <RecoveryScreen status={backup.data} />;
  return <AppShell connection={status.data} {...(backup.data ? { catalogue: backup.data } : {})} />;
}
