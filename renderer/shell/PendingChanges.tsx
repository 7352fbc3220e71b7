// The header's sync summary: how many changes wait to be sent to Back Market, from catalogue:facets.
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';

export function PendingChanges() {
  const { t } = useTranslation();
  const facets = useCallQuery('catalogue:facets', {});
  if (!facets.data) return null;
  const { pending } = facets.data;
  return (
    <div className={`pending-summary${pending > 0 ? ' pending-summary-waiting' : ''}`} role="status" data-testid="pending-changes">
      <span className="pending-dot" aria-hidden="true" />
      {pending > 0 ? t('header.pending', { count: pending }) : t('header.allSynced')}
    </div>
  );
}
