// Bulk price actions on the selected products (or, with none selected, every product the search finds): raise or lower
// prices by a percentage. Copying from the catalogue or another country, converted between currencies, is PriceFillPanel.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketCountry, PriceTarget } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { Alert } from '../../components/Alert';

interface BulkPriceBarProps {
  countries: readonly MarketCountry[];
  countryName(code: string): string;
  target: PriceTarget;
  /** How many products the target holds, to say so on the buttons. */
  targetCount: number;
  selectedCount: number;
}

const ALL = '*';

export function BulkPriceBar({ countries, countryName, target, targetCount, selectedCount }: BulkPriceBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const bulk = useMappingCall('pricing:bulk');
  const [percent, setPercent] = useState('');
  const [percentCountries, setPercentCountries] = useState(ALL);
  const [report, setReport] = useState<string | null>(null);
  const codes = countries.map((country) => country.code);
  const percentValue = Number(percent.replace(',', '.'));
  const percentValid = percent.trim() !== '' && Number.isFinite(percentValue) && percentValue !== 0 && percentValue >= -99 && percentValue <= 1000;

  const done = (result: { updated: number }) => setReport(t('pricing.bulk.updated', { count: result.updated }));

  function adjust(event: FormEvent) {
    event.preventDefault();
    if (!percentValid) return;
    setReport(null);
    bulk.mutate({ action: 'percent', percent: percentValue, countries: percentCountries === ALL ? codes : [percentCountries], target }, { onSuccess: done });
  }

  const scope = selectedCount > 0 ? t('pricing.bulk.scopeSelected', { count: selectedCount }) : t('pricing.bulk.scopeAll', { count: targetCount });
  const countryOptions = () =>
    countries.map((country) => (
        <option key={country.code} value={country.code}>
          {countryName(country.code)}
        </option>
      ));

  return (
    <section className="bulk-prices" aria-label={t('pricing.bulk.title')} data-testid="bulk-prices">
      <p className="bulk-scope" role="status">
        {scope}
      </p>
      <form className="bulk-form" onSubmit={adjust}>
        <div className="filter">
          <label className="filter-label" htmlFor={`${id}-percent`}>
            {t('pricing.bulk.percent')}
          </label>
          <input id={`${id}-percent`} className="input input-narrow" inputMode="decimal" placeholder="+5" value={percent} onChange={(event) => setPercent(event.target.value)} />
        </div>
        <div className="filter">
          <label className="filter-label" htmlFor={`${id}-in`}>
            {t('pricing.bulk.in')}
          </label>
          <select id={`${id}-in`} className="select" value={percentCountries} onChange={(event) => setPercentCountries(event.target.value)}>
            <option value={ALL}>{t('pricing.bulk.allCountries')}</option>
            {countryOptions()}
          </select>
        </div>
        <button type="submit" className="button" disabled={bulk.isPending || !percentValid}>
          {t('pricing.bulk.apply')}
        </button>
      </form>
      {report && (
        <Alert tone="success" onDismiss={() => setReport(null)} testId="bulk-report">
          {report}
        </Alert>
      )}
      {bulk.isError && <Alert>{messageOf(bulk.error, t('errors.unexpected'))}</Alert>}
    </section>
  );
}
