// Settings › BackBox: per country, "Send my floor as min_price" (off by default). Where it is on, each sync sends each
// listed offer's floor as min_price, the lowest price Back Market's own repricer may go down to; switched off, the
// min_price sent before is cleared on Back Market at the next sync.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../mapping/country-name';

export function MinPriceSwitches({ countries, chosen, onChange }: { countries: readonly string[]; chosen: readonly string[]; onChange(next: string[]): void }) {
  const { t } = useTranslation();
  const id = useId();
  const countryName = useCountryName();
  if (countries.length === 0) return null;
  return (
    <fieldset className="field" data-testid="min-price-switches" style={{ border: 'none', padding: 0, margin: '0 0 12px' }}>
      <legend style={{ color: 'var(--text-muted)', fontSize: 12, fontWeight: 500, padding: 0 }}>{t('backbox.minPrice.switchTitle')}</legend>
      <p className="field-hint" style={{ marginTop: 0 }}>
        {t('backbox.minPrice.switchHint')}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: '0 18px' }}>
        {countries.map((country) => (
        <label key={country} className="checkbox-label" htmlFor={`${id}-${country}`}>
          <input
            id={`${id}-${country}`}
            type="checkbox"
            checked={chosen.includes(country)}
            onChange={(event) => onChange(event.target.checked ? [...chosen.filter((code) => code !== country), country] : chosen.filter((code) => code !== country))}
          />
          {countryName(country)}
        </label>
        ))}
      </div>
    </fieldset>
  );
}
