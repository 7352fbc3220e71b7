// One Back Market field in the attribute mapping: what it is, whether it is required, and where its value comes from,
// for all countries and (for per-country fields) each enabled country on its own.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMappingRow, FieldSource, MarketCountry } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCountryName } from './country-name';
import { SourcePicker } from './SourcePicker';
import { fieldHint, fieldLabel } from '../../i18n/field-text';
import { useFormat } from '../../i18n/format';

interface FieldRowProps {
  row: FieldMappingRow;
  countries: readonly MarketCountry[];
  attributeNames: readonly string[];
  children?: React.ReactNode;
}

export function RequirementBadge({ requirement }: { requirement: FieldMappingRow['requirement'] }) {
  const { t } = useTranslation();
  const tone = requirement === 'required' ? 'badge-required' : requirement === 'optional' ? 'badge-muted' : 'badge-info';
  return <span className={`badge ${tone}`}>{t(`mapping.requirement.${requirement}`)}</span>;
}

export function FieldRow({ row, countries, attributeNames, children }: FieldRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const setField = useMappingCall('mapping:setField');
  const save = (source: FieldSource | null, country?: string) => setField.mutate({ backMarketField: row.field, source, ...(country ? { country } : {}) });
  const name = fieldLabel(t, row.field, row.label);
  const label = t('mapping.fields.sourceOf', { field: name });
  const shownCountries = row.onlyCountries ? countries.filter((country) => row.onlyCountries?.includes(country.code)) : countries;
  const missing = row.requirement === 'required' && !row.source && Object.keys(row.countrySources).length === 0;
  // Open at first when a country has its own source; after that only the merchant opens or closes it.
  const [perCountryOpen] = useState(Object.keys(row.countrySources).length > 0 || (!row.source && Object.keys(row.countrySuggestions ?? {}).length > 0));

  return (
    <div className={`field-row${missing ? ' field-row-missing' : ''}`} data-focus-key={row.field} data-testid={`field-row-${row.field}`}>
      <div className="field-row-name">
        <strong>{name}</strong> <RequirementBadge requirement={row.requirement} />
        {row.notApplied && <span className="badge badge-muted">{t('mapping.fields.notApplied')}</span>}
        {row.perCountry && <span className="badge badge-muted">{t('mapping.fields.perCountry')}</span>}
        {row.onlyCountries && <span className="badge badge-muted">{t('mapping.fields.onlyIn', { countries: format.list(row.onlyCountries.map(countryName)) })}</span>}
        <p className="field-hint">{fieldHint(t, row.field, row.hint)}</p>
      </div>
      <div className="field-row-source">
        <SourcePicker
          label={row.perCountry ? t('mapping.fields.sourceOfAll', { field: name }) : label}
          source={row.source}
          suggestion={row.suggestion}
          attributeNames={attributeNames}
          allowPriceMatrix={row.field === 'price'}
          emptyLabel={t('mapping.notMapped')}
          disabled={setField.isPending}
          onChange={(source) => save(source)}
        />
        {setField.isError && <span className="field-error">{messageOf(setField.error, t('errors.unexpected'))}</span>}
        {row.perCountry && shownCountries.length > 0 && (
          <details className="per-country" open={perCountryOpen || undefined}>
            <summary>{t('mapping.fields.perCountrySummary', { count: Object.keys(row.countrySources).length })}</summary>
            {shownCountries.map((country) => (
              <div className="per-country-row" key={country.code} data-focus-key={`${row.field}:${country.code}`}>
                <span className="per-country-name">
                  {countryName(country.code)} <span className="muted">{country.currency}</span>
                </span>
                <SourcePicker
                  label={t('mapping.fields.sourceOfIn', { field: name, country: countryName(country.code) })}
                  source={row.countrySources[country.code] ?? null}
                  suggestion={row.source ? null : (row.countrySuggestions?.[country.code] ?? null)}
                  attributeNames={attributeNames}
                  allowPriceMatrix={row.field === 'price'}
                  emptyLabel={t('mapping.fields.asForAll')}
                  disabled={setField.isPending}
                  onChange={(source) => save(source, country.code)}
                />
              </div>
            ))}
          </details>
        )}
        {children}
      </div>
    </div>
  );
}
