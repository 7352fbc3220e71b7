// Home's real margin: per market over the last 30 days, what the sales earned after Back Market's fee, the parcel,
// the devices' purchase and repair cost and the VAT due; lines whose devices are not all recorded are counted apart,
// never guessed. Then how often devices come back, per model and per grade.
import { useTranslation } from 'react-i18next';
import type { ReturnsRate } from '../../../shared/margin';
import { useCallQuery } from '../../api/queries';
import { useUnitsChangedRefresh } from '../../api/units-queries';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';
import './units.css';
import { TableHead } from '../../components/TableHead';

function ReturnsTable({ title, column, rates, labelOf }: { title: string; column: string; rates: ReturnsRate[]; labelOf(rate: ReturnsRate): string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (rates.length === 0) return null;
  return (
    <table className="margin-table">
      <caption>{title}</caption>
      <TableHead columns={[column, t('units.margin.sold'), t('units.margin.returned'), t('units.margin.rate')]} />
      <tbody>
        {rates.map((rate) => (
          <tr key={rate.key}>
            <td>{labelOf(rate)}</td>
            <td>{format.number(rate.sold)}</td>
            <td>{format.number(rate.returned)}</td>
            <td>{format.number(rate.sold === 0 ? 0 : rate.returned / rate.sold, { style: 'percent', maximumFractionDigits: 1 })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MarginPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  useUnitsChangedRefresh();
  const report = useCallQuery('margin:report', {});
  if (!report.isSuccess) return null;
  const { countries, returnsByModel, returnsByGrade, days } = report.data;
  const money = (cents: number, currency: string) => format.money(cents / 100, currency);
  return (
    <section className="home-section" aria-labelledby="home-margin-title" data-testid="home-margin">
      <div className="home-section-head">
        <h2 id="home-margin-title">{t('units.margin.title', { days })}</h2>
        <p className="muted">{t('units.margin.assumptions')}</p>
      </div>
      {countries.length === 0 ? (
        <p className="muted">{t('units.margin.empty', { days })}</p>
      ) : (
        <table className="margin-table">
          <TableHead
            columns={[
              t('units.margin.country'),
              t('units.margin.lines'),
              t('units.margin.revenue'),
              t('units.margin.costs'),
              t('units.margin.vat'),
              t('units.margin.margin'),
            ]}
          />
          <tbody>
            {countries.map((country) => (
              <tr key={`${country.country}-${country.currency}`} data-testid={`margin-${country.country}`}>
                <td>{countryName(country.country)}</td>
                <td>
                  {t('units.margin.linesKnown', { known: country.linesKnown, count: country.lines })}
                </td>
                <td>{country.linesKnown === 0 ? '—' : money(country.revenueCents, country.currency)}</td>
                <td>{country.linesKnown === 0 ? '—' : money(country.commissionCents + country.shippingCents + country.costCents, country.currency)}</td>
                <td>{country.linesKnown === 0 ? '—' : money(country.vatCents, country.currency)}</td>
                <td className={country.marginCents < 0 ? 'margin-negative' : undefined} data-testid="margin-value">
                  {country.linesKnown === 0 ? t('units.margin.unknown') : money(country.marginCents, country.currency)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ReturnsTable title={t('units.margin.byModel')} column={t('units.fields.sku')} rates={returnsByModel} labelOf={(rate) => rate.label || rate.key} />
      <ReturnsTable title={t('units.margin.byGrade')} column={t('units.fields.grade')} rates={returnsByGrade} labelOf={(rate) => (rate.key ? t(`units.grades.${rate.key}`) : t('units.margin.noGrade'))} />
    </section>
  );
}
