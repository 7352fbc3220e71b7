// On the Listings screen, the listings Back Market holds that Refurb Desk does not manage (read from the account,
// never counted in the summary above nor touched by a sync): shown on demand, filterable, each one can be taken under
// management.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountSummary } from '../../api/account-queries';
import { useFormat } from '../../i18n/format';
import { UnmanagedListings } from '../settings/account/UnmanagedListings';

export function UnmanagedPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useAccountSummary();
  const [open, setOpen] = useState(false);
  const count = summary.data?.unmanagedSkus ?? 0;
  if (count === 0) return null;
  return (
    <div className="toolbar toolbar-secondary" data-testid="listings-unmanaged">
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('account.listings.toggle', { number: format.number(count) })}
      </button>
      {open && <UnmanagedListings total={count} />}
    </div>
  );
}
