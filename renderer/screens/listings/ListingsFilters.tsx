// The Listings screen's filters: status, country, error text, category and grade (from listings:summary), and a search
// over SKU, title, EAN and product number. Typed text waits for a pause before it asks main.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_STANDINGS } from '../../../shared/offer-status';
import { OFFER_STATUSES, type ListingSummary, type OfferStatus } from '../../../shared/sync';
import { FilterSelect } from '../../components/FilterSelect';
import { SearchInput } from '../../components/SearchBox';
import { useCountryName } from '../mapping/country-name';
import { BackboxFilter } from './backbox/BackboxFilter';
import { hasListingFilters, useListingsStore, type ListingFilters } from './listings-store';
import { gradeName } from '../../i18n/grade-name';

function TextFilter({ name, label, placeholder }: { name: 'search' | 'error'; label: string; placeholder: string }) {
  const id = useId();
  const value = useListingsStore((state) => state.filters[name]);
  const setFilter = useListingsStore((state) => state.setFilter);
  return (
    <div className="filter">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <SearchInput id={id} className="input" placeholder={placeholder} value={value} onSearch={(query) => setFilter(name, query)} />
    </div>
  );
}

export function ListingsFilters({ summary }: { summary: ListingSummary | undefined }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const filters = useListingsStore((state) => state.filters);
  const setFilter = useListingsStore((state) => state.setFilter);
  const clearFilters = useListingsStore((state) => state.clearFilters);
  const all = t('listings.filters.all');
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  const set = <K extends keyof ListingFilters>(key: K) => (value: string) => setFilter(key, value as ListingFilters[K]);
  return (
    <div className="filters" role="search" aria-label={t('listings.filters.label')}>
      <TextFilter name="search" label={t('listings.filters.search')} placeholder={t('listings.filters.searchPlaceholder')} />
      <FilterSelect
        allLabel={all}
        label={t('listings.filters.status')}
        value={filters.status}
        options={OFFER_STATUSES.map((status: OfferStatus) => ({ value: status, label: t(`truth.word.${status}`) }))}
        onChange={set('status')}
      />
      <FilterSelect
        allLabel={all}
        label={t('truth.filter')}
        value={filters.standing}
        options={OFFER_STANDINGS.map((standing) => ({ value: standing, label: t(`truth.standing.${standing}`) }))}
        onChange={set('standing')}
      />
      <FilterSelect
        allLabel={all}
        label={t('listings.filters.country')}
        value={filters.country}
        options={(summary?.countries ?? []).map((entry) => ({ value: entry.country, label: countryName(entry.country) }))}
        onChange={set('country')}
      />
      <TextFilter name="error" label={t('listings.filters.error')} placeholder={t('listings.filters.errorPlaceholder')} />
      <FilterSelect label={t('listings.filters.category')} allLabel={all} value={filters.category} options={plain(summary?.categories ?? [])} onChange={set('category')} />
      <FilterSelect label={t('listings.filters.grade')} allLabel={all} value={filters.grade} options={(summary?.grades ?? []).map((grade) => ({ value: grade, label: gradeName(t, grade) }))} onChange={set('grade')} />
      <BackboxFilter />
      <FilterSelect
        allLabel={all}
        label={t('listings.filters.management')}
        value={filters.management}
        options={[
          { value: 'managed', label: t('listings.filters.managed') },
          { value: 'unmanaged', label: t('listings.filters.unmanaged') },
        ]}
        onChange={set('management')}
      />
      {hasListingFilters(filters) && (
        <button type="button" className="button button-ghost button-small" onClick={clearFilters}>
          {t('listings.filters.clear')}
        </button>
      )}
    </div>
  );
}
