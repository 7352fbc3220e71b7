// The catalogue's filters: category, brand and condition from catalogue:facets, whether an EAN is present, and readiness for a Back Market country.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueFacets } from '../../../shared/catalogue';
import { hasActiveFilters, useCatalogueStore, type HasEanFilter } from '../../store/catalogue-store';
import { ReadinessFilter } from './ReadinessFilter';
import { SearchBox } from './SearchBox';

function FacetSelect({ label, value, options, onChange }: { label: string; value: string; options: string[]; onChange(value: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id} className="filter-label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('catalogue.all')}</option>
        {/* A value filtered on but no longer in the facets (just edited away) stays choosable. */}
        {value && !options.includes(value) && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CatalogueFilters({ facets }: { facets: CatalogueFacets | undefined }) {
  const { t } = useTranslation();
  const filters = useCatalogueStore((state) => state.filters);
  const setFilter = useCatalogueStore((state) => state.setFilter);
  const clearFilters = useCatalogueStore((state) => state.clearFilters);
  const hasEanId = useId();
  return (
    <div className="filters" role="search" aria-label={t('catalogue.filters')}>
      <SearchBox />
      <FacetSelect label={t('catalogue.category')} value={filters.category} options={facets?.categories ?? []} onChange={(value) => setFilter('category', value)} />
      <FacetSelect label={t('catalogue.brand')} value={filters.brand} options={facets?.brands ?? []} onChange={(value) => setFilter('brand', value)} />
      <FacetSelect label={t('catalogue.condition')} value={filters.condition} options={facets?.conditions ?? []} onChange={(value) => setFilter('condition', value)} />
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
