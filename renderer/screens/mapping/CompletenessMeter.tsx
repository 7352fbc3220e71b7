// How much of what Back Market requires is mapped, per enabled country, with a link to each field still missing.
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { useCountryName } from './country-name';
import { goToFix } from './fix-target';
import { fieldLabel } from '../../i18n/field-text';

export function CompletenessMeter() {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const completeness = useCallQuery('mapping:completeness', {});
  if (completeness.error) return <Alert>{messageOf(completeness.error, t('errors.unexpected'))}</Alert>;
  if (!completeness.data) return null;
  return (
    <section className="completeness" aria-label={t('mapping.completeness.title')} data-testid="completeness">
      <h3>{t('mapping.completeness.title')}</h3>
      <ul className="completeness-list">
        {completeness.data.countries.map((country) => {
          const percent = Math.round(country.ratio * 100);
          const name = countryName(country.country);
          return (
            <li key={country.country} className="completeness-country">
              <div className="completeness-head">
                <span>{name}</span>
                <span className="muted">{t('mapping.completeness.count', { mapped: country.mapped, required: country.required })}</span>
              </div>
              <div
                className={`meter${percent === 100 ? ' meter-full' : ''}`}
                role="meter"
                aria-label={t('mapping.completeness.meterLabel', { country: name })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={t('mapping.completeness.valueText', { percent, mapped: country.mapped, required: country.required })}
              >
                <div className="meter-fill" style={{ width: `${percent}%` }} />
              </div>
              {country.missing.length > 0 && (
                <details className="completeness-missing">
                  <summary>{t('mapping.completeness.missing', { count: country.missing.length })}</summary>
                  <ul>
                    {country.missing.map((missing) => (
                      <li key={`${missing.section}:${missing.field}`}>
                        <button type="button" className="link-button" onClick={() => goToFix(missing.section, missing.field)}>
                          {fieldLabel(t, missing.field, missing.label)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
