// Orders per country over the window, as bars, with the same figures in words and as a table.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountrySales } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { useCountryName } from '../mapping/country-name';
import { CHART_COLOURS, ChartFigure } from './chart-frame';
import { TableHead } from '../../components/TableHead';

/** A market selling in two currencies appears once per currency in `countries`; the bars add its orders up. */
export function ordersPerCountry(countries: readonly CountrySales[]): { countryCode: string; orders: number }[] {
  const byCountry = new Map<string, number>();
  for (const entry of countries) byCountry.set(entry.countryCode, (byCountry.get(entry.countryCode) ?? 0) + entry.orders);
  return [...byCountry].map(([countryCode, orders]) => ({ countryCode, orders })).sort((a, b) => b.orders - a.orders || a.countryCode.localeCompare(b.countryCode));
}

export function CountryOrdersChart({ countries, days }: { countries: readonly CountrySales[]; days: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const bars = ordersPerCountry(countries).map((entry) => ({ ...entry, name: countryName(entry.countryCode) }));
  const total = bars.reduce((sum, entry) => sum + entry.orders, 0);
  const top = bars[0];
  const ordersLabel = t('dashboard.countries.orders');

  return (
    <section className="home-panel" aria-labelledby="home-countries-title">
      <h3 id="home-countries-title">{t('dashboard.countries.title')}</h3>
      <ChartFigure
        id="home-countries-chart"
        tableVisible
        caption={top ? t('dashboard.countries.caption', { count: total, days, country: top.name, top: format.number(top.orders) }) : null}
        chart={
          <BarChart data={bars} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis dataKey="name" tick={{ fill: CHART_COLOURS.axis, fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} width={36} tick={{ fill: CHART_COLOURS.axis, fontSize: 12 }} tickFormatter={(value: number) => format.number(value)} />
            <Tooltip formatter={(value) => [format.number(Number(value)), ordersLabel]} />
            <Bar dataKey="orders" name={ordersLabel} fill={CHART_COLOURS.orders} maxBarSize={56} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        }
        table={
          <table className="data-table">
            <caption>{t('dashboard.countries.tableCaption', { days })}</caption>
            <TableHead columns={[t('dashboard.countries.country'), t('dashboard.countries.orders'), t('dashboard.countries.revenue')]} />
            <tbody>
              {countries.map((entry) => (
                <tr key={`${entry.countryCode}|${entry.currency}`}>
                  <th scope="row">{countryName(entry.countryCode)}</th>
                  <td>{format.number(entry.orders)}</td>
                  <td>{format.money(entry.revenue, entry.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
