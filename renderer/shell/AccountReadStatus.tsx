// The header while the account's listings are read (on connecting, or from Settings): « Reading your Back Market
// listings… 850 read », a link to Settings › Existing account, where the read shows its progress and Cancel.
import { useTranslation } from 'react-i18next';
import { existingAccountHref } from '../screens/settings/account/account-link';
import { useAccountReadStore } from '../store/account-read-store';

export function AccountReadStatus() {
  const { t } = useTranslation();
  const read = useAccountReadStore((state) => state.read);
  const cancelAskedFor = useAccountReadStore((state) => state.cancelAskedFor);
  if (!read?.running) return null;
  const stopping = read.startedAt !== null && read.startedAt === cancelAskedFor;
  return (
    <div className="pending-summary pending-summary-waiting" role="status" data-testid="account-read-status">
      <span className="pending-dot" aria-hidden="true" />
      <a href={existingAccountHref()}>{stopping ? t('labels.read.stoppingShort') : t('account.status.reading', { count: read.listings })}</a>
    </div>
  );
}
