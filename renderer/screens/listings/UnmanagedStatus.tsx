// The status cell of a listing Back Market holds that Refurb Desk does not manage: said as such, with Back Market's own
// publication state beside it (never one of the sync's statuses, which it does not have).
import { useTranslation } from 'react-i18next';
import type { ListingRow } from '../../../shared/sync';

export function UnmanagedStatus({ row }: { row: ListingRow }) {
  const { t } = useTranslation();
  const word = t('listings.unmanaged.status');
  const state = row.unmanaged?.publicationState;
  const onBackMarket = state === null || state === undefined ? t('listings.unmanaged.stateUnknown') : t('listings.unmanaged.state', { state: t(`listings.publication.${state}`) });
  return (
    <span className="two-line-cell" title={`${word} · ${onBackMarket}`} data-standing="not-managed">
      <span className="badge">{word}</span>
      <span className="two-line-cell-second">{onBackMarket}</span>
    </span>
  );
}
