// The frame around every screen: nav on the left, a header with the page title and sync summary, the screen below.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../shared/backup';
import type { ConnectionStatus } from '../../shared/connection';
import { useFollowAccountRead } from '../api/account-queries';
import { useMappingChangedRefresh } from '../api/mapping-queries';
import { useMainEventsRefresh } from '../api/main-events';
import { Alert } from '../components/Alert';
import { useAccountReadStore } from '../store/account-read-store';
import { AccountReadStatus } from './AccountReadStatus';
import { CatalogueProblemBanner } from './CatalogueProblemBanner';
import { HostStatus } from './HostStatus';
import { NavBar } from './NavBar';
import { useNewOrderNotifications } from './order-notifications';
import { PendingChanges } from './PendingChanges';
import { SyncButton } from './SyncButton';
import { DEFAULT_SCREEN, SCREENS, screenById } from './screens';
import { TokenBanner } from './TokenBanner';
import { UpdateBanner } from './UpdateBanner';
import { useHashRoute } from './use-hash-route';

export function AppShell({ connection, catalogue }: { connection?: ConnectionStatus; catalogue?: BackupStatus }) {
  const { t } = useTranslation();
  useMainEventsRefresh();
  useMappingChangedRefresh();
  useNewOrderNotifications();
  useFollowAccountRead(true);
  const readingAccount = useAccountReadStore((state) => state.read?.running ?? false);
  const route = useHashRoute();
  const screen = screenById(route || DEFAULT_SCREEN);
  const title = t(screen.labelKey);

  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <div className="shell">
      {/* A button, not an in-page link: the hash holds the route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skipToContent')}
      </button>
      <NavBar screens={SCREENS} currentId={screen.id} />
      <div className="shell-main">
        <header className="topbar">
          <h1 className="topbar-title">{title}</h1>
          <HostStatus />
          <AccountReadStatus />
          {/* While the account is read, what Back Market holds is not known yet: no "All changes synced". */}
          <PendingChanges quietWhenSynced={readingAccount} />
          <SyncButton />
        </header>
        {connection && (connection.tokenState === 'rejected' || connection.tokenState === 'missing') && <TokenBanner status={connection} />}
        {catalogue?.problem && <CatalogueProblemBanner problem={catalogue.problem} status={catalogue} />}
        {connection?.encryptionUnavailable && (
          <Alert tone="warning" testId="storage-warning">
            {t('storageWarning')}
          </Alert>
        )}
        <UpdateBanner />
        <main id="main" className="screen" tabIndex={-1}>
          <screen.Component />
        </main>
      </div>
    </div>
  );
}
