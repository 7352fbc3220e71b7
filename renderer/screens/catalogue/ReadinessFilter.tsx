// The catalogue's "Ready for" filter: a country, and whether its products are ready or not ready for Back Market there,
// each choice with how many products it finds, from the readiness main keeps up to date.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { useCatalogueStore, type ReadyFilter } from '../../store/catalogue-store';
import { useCountryName } from '../mapping/country-name';

export function ReadinessFilter() {
  const { t } = useTranslation();
  const id = useId();
  const countryName = useCountryName();
  const readiness = useCallQuery('mapping:readiness', {});
  const readyCountry = useCatalogueStore((state) => state.filters.readyCountry);
  const readyState = useCatalogueStore((state) => state.filters.readyState);
  const setFilter = useCatalogueStore((state) => state.setFilter);
  const countries = readiness.data?.countries ?? [];
  if (countries.length === 0 && !readyCountry) return null;
  const counts = countries.find((country) => country.country === readyCountry);
  return (
    <>
      <div className="filter">
        <label htmlFor={`${id}-country`} className="filter-label">
          {t('readiness.readyFor')}
        </label>
        <select id={`${id}-country`} className="select" value={readyCountry} onChange={(event) => setFilter('readyCountry', event.target.value)}>
          <option value="">{t('readiness.anyCountry')}</option>
          {readyCountry && !counts && <option value={readyCountry}>{countryName(readyCountry)}</option>}
          {countries.map((country) => (
            <option key={country.country} value={country.country}>
              {countryName(country.country)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-state`} className="filter-label">
          {t('readiness.state')}
        </label>
        <select
          id={`${id}-state`}
          className="select"
          value={readyState}
          disabled={!readyCountry}
          onChange={(event) => setFilter('readyState', event.target.value as ReadyFilter)}
        >
          <option value="not-ready">{counts ? t('readiness.notReadyCount', { count: counts.notReady }) : t('readiness.notReady')}</option>
          <option value="ready">{counts ? t('readiness.readyCount', { count: counts.ready }) : t('readiness.ready')}</option>
        </select>
      </div>
    </>
  );
}
