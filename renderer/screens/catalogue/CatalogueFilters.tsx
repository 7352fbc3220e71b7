// The catalogue's filters: category, brand and condition from catalogue:facets, whether an EAN is present, and readiness for a Back Market country.
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueFacets } from '../../../shared/catalogue';
import { FilterSelect, type FilterOption } from '../../components/FilterSelect';
import { SearchBox } from '../../components/SearchBox';
import { gradeName } from '../../i18n/grade-name';
import { conditionFilterValue, hasActiveFilters, useCatalogueStore, type HasEanFilter } from '../../store/catalogue-store';
import { foldText } from '../../../shared/text-fold';
import { isGrade } from '../../../shared/grades';
import { ReadinessFilter } from './ReadinessFilter';

/** A facet's values as options of a filter select, each labelled by itself. */
const asOptions = (values: string[] | undefined): FilterOption[] => (values ?? []).map((value) => ({ value, label: value }));
/**
 * The conditions, a Back Market grade code (EXCELLENT, written there by an account import) named in the merchant's
 * language, each name once: the merchant's « Excellent » and the import's EXCELLENT are one choice that finds both.
 */
export function asConditionOptions(values: string[] | undefined, t: TFunction): FilterOption[] {
  const byName = new Map<string, { label: string; values: string[] }>();
  for (const value of values ?? []) {
    const label = gradeName(t, value);
    const key = foldText(label).trim().toLowerCase();
    const group = byName.get(key);
    if (!group) byName.set(key, { label, values: [value] });
    else {
      group.values.push(value);
      // The merchant's own spelling names the choice rather than the code's translation.
      if (!isGrade(value)) group.label = value;
    }
  }
  return [...byName.values()].map((group) => ({ value: conditionFilterValue(group.values), label: group.label }));
}

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
