// The catalogue's filters: category, brand and condition from catalogue:facets, whether an EAN is present, and readiness for a Back Market country.
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueFacets } from '../../../shared/catalogue';
import { FilterSelect, type FilterOption } from '../../components/FilterSelect';
import { SearchBox } from '../../components/SearchBox';
import { gradeName } from '../../i18n/grade-name';
import { hasActiveFilters, useCatalogueStore, type HasEanFilter } from '../../store/catalogue-store';
import { ReadinessFilter } from './ReadinessFilter';

/** A facet's values as options of a filter select, each labelled by itself. */
const asOptions = (values: string[] | undefined): FilterOption[] => (values ?? []).map((value) => ({ value, label: value }));
/** The conditions, a Back Market grade code (EXCELLENT, written there by an import) named in the merchant's language. */
const asConditionOptions = (values: string[] | undefined, t: TFunction): FilterOption[] => (values ?? []).map((value) => ({ value, label: gradeName(t, value) }));

export function CatalogueFilters({ facets }: { facets: CatalogueFacets | undefined }) {
  const { t } = useTranslation();
  const filters = useCatalogueStore((state) => state.filters);
  const setFilter = useCatalogueStore((state) => state.setFilter);
  const clearFilters = useCatalogueStore((state) => state.clearFilters);
  const hasEanId = useId();
  return (
    <div className="filters" role="search" aria-label={t('catalogue.filters')}>
      <SearchBox value={filters.search} onSearch={(query) => setFilter('search', query)} label={t('catalogue.search')} placeholder={t('catalogue.searchPlaceholder')} />
      <FilterSelect label={t('catalogue.category')} allLabel={t('catalogue.all')} value={filters.category} options={asOptions(facets?.categories)} onChange={(value) => setFilter('category', value)} />
      <FilterSelect label={t('catalogue.brand')} allLabel={t('catalogue.all')} value={filters.brand} options={asOptions(facets?.brands)} onChange={(value) => setFilter('brand', value)} />
      <FilterSelect label={t('catalogue.condition')} allLabel={t('catalogue.all')} value={filters.condition} options={asConditionOptions(facets?.conditions, t)} onChange={(value) => setFilter('condition', value)} />
      <div className="filter">
        <label htmlFor={hasEanId} className="filter-label">
          {t('catalogue.hasEan')}
        </label>
        <select id={hasEanId} className="select" value={filters.hasEan} onChange={(event) => setFilter('hasEan', event.target.value as HasEanFilter)}>
          <option value="any">{t('catalogue.hasEanAny')}</option>
          <option value="yes">{t('catalogue.hasEanYes')}</option>
          <option value="no">{t('catalogue.hasEanNo')}</option>
        </select>
      </div>
      <ReadinessFilter />
      {hasActiveFilters(filters) && (
        <button type="button" className="button button-ghost button-small" onClick={clearFilters}>
          {t('catalogue.clearFilters')}
        </button>
      )}
    </div>
  );
}
