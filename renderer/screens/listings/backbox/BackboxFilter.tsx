// The Listings filter on the BackBox's last read: winning, losing, or not read yet.
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/FilterSelect';
import { useListingsStore, type ListingFilters } from '../listings-store';

const CHOICES = ['winning', 'losing', 'not-read'] as const;
const LABEL = { winning: 'backbox.filter.winning', losing: 'backbox.filter.losing', 'not-read': 'backbox.filter.notRead' } as const;

export function BackboxFilter() {
  const { t } = useTranslation();
  const value = useListingsStore((state) => state.filters.backbox);
  const setFilter = useListingsStore((state) => state.setFilter);
  return (
    <FilterSelect
      label={t('backbox.filter.label')}
      allLabel={t('listings.filters.all')}
      value={value}
      options={CHOICES.map((choice) => ({ value: choice, label: t(LABEL[choice]) }))}
      onChange={(next) => setFilter('backbox', next as ListingFilters['backbox'])}
    />
  );
}
