// The countries to sell in: one checkbox per market of the EU platform, and the language used there.
import { useTranslation } from 'react-i18next';
import type { MarketChoice } from '../../../shared/connection';
import type { AccountFormValues } from './setup-form';

interface CountryPickerProps {
  markets: readonly MarketChoice[];
  countries: AccountFormValues['countries'];
  onChange: (code: string, change: Partial<{ selected: boolean; language: string }>) => void;
  error?: string;
  disabled?: boolean;
}

export function CountryPicker({ markets, countries, onChange, error, disabled }: CountryPickerProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-section" aria-describedby="countries-hint">
      <legend>{t('setup.countries')}</legend>
      <p id="countries-hint" className="field-hint">
        {t('setup.countriesHint')}
      </p>
      <ul className="country-list">
        {markets.map((market) => {
          const country = countries[market.code] ?? { selected: false, language: market.defaultLanguage };
          const name = t(`markets.${market.country}`);
          return (
            <li key={market.code} className="country-row">
              <label className="checkbox-label">
                <input type="checkbox" checked={country.selected} disabled={disabled} onChange={(event) => onChange(market.code, { selected: event.target.checked })} />
                {name}
              </label>
              <select
                className="select select-small"
                aria-label={t('setup.languageFor', { country: name })}
                value={country.language}
                disabled={disabled || !country.selected}
                onChange={(event) => onChange(market.code, { language: event.target.value })}
              >
                {market.languages.map((language) => (
                  <option key={language} value={language}>
                    {t(`languages.${language}`)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
