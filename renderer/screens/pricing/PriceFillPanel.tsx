// "Fill from the catalogue price": fills every chosen country's price from the catalogue price (or one country's), each
// with its own percentage, converted into the country's currency with the merchant's rate and rounded to the ending
// they pick. The first products' new prices show before anything is applied, computed by the same shared arithmetic
// main stores them with; a currency without a rate cannot be filled, so a euro amount never lands in pounds unchanged.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketCountry, PriceRow, PriceTarget } from '../../../shared/mapping';
import { CATALOGUE_CURRENCY, filledPrice, missingRates, PRICE_ENDINGS, type CurrencyRates, type PriceEnding } from '../../../shared/price-conversion';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { TableHead } from '../../components/TableHead';
import { useMoneyFormat } from './money';
import './price-fill.css';

interface PriceFillPanelProps {
  countries: readonly MarketCountry[];
  countryName(code: string): string;
  target: PriceTarget;
  targetCount: number;
  /** The products of the page the fill applies to, the first of which are previewed. */
  rows: readonly PriceRow[];
}

const BASE = 'base';
const PREVIEW_ROWS = 3;
const parseNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));

export function PriceFillPanel({ countries, countryName, target, targetCount, rows }: PriceFillPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const money = useMoneyFormat();
  const fill = useMappingCall('pricing:fill');
  const saved = useCallQuery('pricing:rates', {});
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(BASE);
  const [ending, setEnding] = useState<PriceEnding>('cent');
  const [included, setIncluded] = useState<Record<string, boolean>>({});
  const [percents, setPercents] = useState<Record<string, string>>({});
  const [rateTexts, setRateTexts] = useState<Record<string, string>>({});
  const [report, setReport] = useState<string | null>(null);

  // The rates kept from the last fill are the starting point; what the merchant types replaces them.
  useEffect(() => {
    if (saved.data) setRateTexts((current) => ({ ...Object.fromEntries(Object.entries(saved.data).map(([currency, rate]) => [currency, String(rate)])), ...current }));
  }, [saved.data]);

  const currencyOf = (code: string) => (code === BASE ? CATALOGUE_CURRENCY : (countries.find((country) => country.code === code)?.currency ?? CATALOGUE_CURRENCY));
  const fromCurrency = currencyOf(from);
  const targets = countries.filter((country) => country.code !== from && included[country.code] !== false);
  const currencies = [...new Set([fromCurrency, ...countries.map((country) => country.currency)])].filter((currency) => currency !== CATALOGUE_CURRENCY).sort();

  const rates: CurrencyRates = {};
  const badRates: string[] = [];
  for (const currency of currencies) {
    const text = rateTexts[currency] ?? '';
    if (text.trim() === '') continue;
    const rate = parseNumber(text);
    if (Number.isFinite(rate) && rate > 0 && rate <= 100_000) rates[currency] = rate;
    else badRates.push(currency);
  }
  const percentOf = (code: string) => {
    const text = percents[code] ?? '';
    return text.trim() === '' ? 0 : parseNumber(text);
  };
  const badPercents = targets.filter((country) => {
    const percent = percentOf(country.code);
    return !Number.isFinite(percent) || percent < -99 || percent > 1000;
  });
  const missing = missingRates(fromCurrency, targets.map((country) => country.currency), rates).filter((currency) => !badRates.includes(currency));
  const ready = targets.length > 0 && missing.length === 0 && badRates.length === 0 && badPercents.length === 0;

  const sourceOf = (row: PriceRow) => (from === BASE ? row.basePrice : (row.prices[from]?.price ?? null));
  const preview = rows.slice(0, PREVIEW_ROWS);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!ready) return;
    setReport(null);
    fill.mutate(
      { from, to: targets.map((country) => ({ country: country.code, percent: percentOf(country.code) })), ending, rates, target },
      { onSuccess: (result) => setReport(t('priceFill.filled', { count: result.updated })) },
    );
  }

  if (!open) {
    return (
      <div className="price-fill-closed">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('priceFill.open')}
        </button>
        {report && (
          <Alert tone="success" onDismiss={() => setReport(null)} testId="price-fill-report">
            {report}
          </Alert>
        )}
      </div>
    );
  }

  return (
    <section className="price-fill" aria-label={t('priceFill.title')} data-testid="price-fill">
      <form onSubmit={apply}>
        <div className="price-fill-options">
          <div className="filter">
            <label className="filter-label" htmlFor={`${id}-from`}>
              {t('priceFill.from')}
            </label>
            <select id={`${id}-from`} className="select" value={from} onChange={(event) => setFrom(event.target.value)}>
              <option value={BASE}>{t('priceFill.catalogue', { currency: CATALOGUE_CURRENCY })}</option>
              {countries.map((country) => (
                <option key={country.code} value={country.code}>
                  {countryName(country.code)}
                </option>
              ))}
            </select>
          </div>
          <div className="filter">
            <label className="filter-label" htmlFor={`${id}-ending`}>
              {t('priceFill.ending')}
            </label>
            <select id={`${id}-ending`} className="select" value={ending} onChange={(event) => setEnding(event.target.value as PriceEnding)}>
              {PRICE_ENDINGS.map((option) => (
                <option key={option} value={option}>
                  {t(`priceFill.endings.${option}`)}
                </option>
              ))}
            </select>
          </div>
          {currencies.map((currency) => (
            <div className="filter" key={currency}>
              <label className="filter-label" htmlFor={`${id}-rate-${currency}`}>
                {t('priceFill.rate', { currency, base: CATALOGUE_CURRENCY })}
              </label>
              <input
                id={`${id}-rate-${currency}`}
                className={`input input-narrow${badRates.includes(currency) || missing.includes(currency) ? ' input-invalid' : ''}`}
                inputMode="decimal"
                value={rateTexts[currency] ?? ''}
                aria-invalid={badRates.includes(currency) || missing.includes(currency) ? true : undefined}
                onChange={(event) => setRateTexts((current) => ({ ...current, [currency]: event.target.value }))}
              />
            </div>
          ))}
        </div>
        <p className="muted price-fill-hint">{t('priceFill.rateHint')}</p>
        <div className="table-scroll">
          <table className="data-table price-fill-preview" aria-label={t('priceFill.previewLabel')}>
            <TableHead columns={[t('priceFill.country'), t('priceFill.percentColumn'), ...preview.map((row) => ({ label: row.productNumber, className: 'mono' }))]} />
            <tbody>
              <tr className="price-fill-source">
                <th scope="row">{from === BASE ? t('priceFill.catalogue', { currency: CATALOGUE_CURRENCY }) : countryName(from)}</th>
                <td className="muted">{t('priceFill.source')}</td>
                {preview.map((row) => {
                  const source = sourceOf(row);
                  return <td key={row.productId}>{source === null ? '—' : money(source, fromCurrency)}</td>;
                })}
              </tr>
              {countries
                .filter((country) => country.code !== from)
                .map((country) => {
                  const name = countryName(country.code);
                  const on = included[country.code] !== false;
                  const percent = percentOf(country.code);
                  return (
                    <tr key={country.code} data-country={country.code}>
                      <th scope="row">
                        <label className="checkbox-label">
                          <input type="checkbox" checked={on} onChange={(event) => setIncluded((current) => ({ ...current, [country.code]: event.target.checked }))} />
                          {name} <span className="muted">{country.currency}</span>
                        </label>
                      </th>
                      <td>
                        <input
                          className={`input input-narrow${badPercents.includes(country) ? ' input-invalid' : ''}`}
                          inputMode="decimal"
                          placeholder="0"
                          disabled={!on}
                          aria-label={t('priceFill.percent', { country: name })}
                          value={percents[country.code] ?? ''}
                          onChange={(event) => setPercents((current) => ({ ...current, [country.code]: event.target.value }))}
                        />
                      </td>
                      {preview.map((row) => {
                        const source = sourceOf(row);
                        const price = on && source !== null && Number.isFinite(percent) ? filledPrice(source, fromCurrency, country.currency, percent, ending, rates) : null;
                        const current = row.prices[country.code]?.price ?? null;
                        return (
                          <td key={row.productId} data-testid="price-fill-preview">
                            {!on ? (
                              <span className="muted">{t('priceFill.unchanged')}</span>
                            ) : source === null ? (
                              <span className="muted">{t('priceFill.noSource')}</span>
                            ) : price === null ? (
                              <span className="field-error">{t('priceFill.needsRate', { currency: country.currency })}</span>
                            ) : (
                              <>
                                {current !== null && <span className="muted">{money(current, country.currency)} → </span>}
                                <strong>{money(price, country.currency)}</strong>
                              </>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
        {missing.length > 0 && <p className="field-error">{t('priceFill.missingRates', { currencies: missing.join(', '), base: CATALOGUE_CURRENCY })}</p>}
        {badRates.length > 0 && <p className="field-error">{t('priceFill.badRates', { currencies: badRates.join(', ') })}</p>}
        {badPercents.length > 0 && <p className="field-error">{t('priceFill.badPercents', { countries: badPercents.map((country) => countryName(country.code)).join(', ') })}</p>}
        <div className="price-fill-actions">
          <button type="submit" className="button button-primary" disabled={!ready || fill.isPending}>
            {t('priceFill.apply', { count: targetCount })}
          </button>
          <button type="button" className="button button-ghost" onClick={() => setOpen(false)}>
            {t('priceFill.close')}
          </button>
        </div>
      </form>
      {report && (
        <Alert tone="success" onDismiss={() => setReport(null)} testId="price-fill-report">
          {report}
        </Alert>
      )}
      {fill.isError && <Alert>{messageOf(fill.error, t('errors.unexpected'))}</Alert>}
    </section>
  );
}
