// Revenue and what the merchant kept per day over the window, one currency at a time (nothing is converted), with the
// totals in words and the days as a table for screen readers.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { CurrencySales, DashboardSummary } from '../../../shared/dashboard';
import { useFormat } from '../../i18n/format';
import { CHART_COLOURS, ChartFigure } from './chart-frame';
import { TableHead } from '../../components/TableHead';

/** A YYYY-MM-DD day as a local date, so formatting it never moves it to the day before. */
const localDay = (day: string) => new Date(`${day}T12:00:00`);

export function RevenueKeptChart({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const selectId = useId();
  const [chosen, setChosen] = useState<string>(summary.subscriptionCurrency);
  const sales: CurrencySales | undefined = summary.sales.find((entry) => entry.currency === chosen) ?? summary.sales[0];
  if (!sales) return null;
  const money = (value: number) => format.money(value, sales.currency);
  const dayLabel = (day: string) => format.date(localDay(day), { day: 'numeric', month: 'short' });
  const { days } = summary.period;
  const labels = {
    revenue: t('dashboard.money.revenue'),
    commission: t('dashboard.money.commission', { rate: format.number(summary.commissionRate, { style: 'percent' }) }),
    subscription: t('dashboard.money.subscription', { amount: format.money(summary.subscriptionPerMonth, summary.subscriptionCurrency), days }),
    kept: t('dashboard.money.kept'),
  };

  return (
    <section className="home-panel" aria-labelledby="home-money-title">
      <div className="home-panel-head">
        <h3 id="home-money-title">{t('dashboard.money.title')}</h3>
        {summary.sales.length > 1 && (
          <label className="home-currency" htmlFor={selectId}>
            {t('dashboard.money.currency')}
            <select id={selectId} className="select select-small" value={sales.currency} onChange={(event) => setChosen(event.target.value)}>
              {summary.sales.map((entry) => (
                <option key={entry.currency} value={entry.currency}>
                  {entry.currency}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <dl className="home-totals" data-testid="home-money-totals">
        <div>
          <dt>{labels.revenue}</dt>
          <dd>{money(sales.revenue)}</dd>
        </div>
        <div>
          <dt>{labels.commission}</dt>
          <dd>−{money(sales.commission)}</dd>
        </div>
        <div>
          <dt>{labels.subscription}</dt>
          <dd>−{money(sales.subscription)}</dd>
        </div>
        <div className="home-total-kept">
          <dt>{labels.kept}</dt>
          <dd>{money(sales.kept)}</dd>
        </div>
      </dl>
      <ChartFigure
        id="home-money-chart"
        caption={t('dashboard.money.caption', {
          currency: sales.currency,
          days,
          revenue: money(sales.revenue),
          commission: money(sales.commission),
          subscription: money(sales.subscription),
          kept: money(sales.kept),
        })}
        chart={
          <ComposedChart data={sales.days} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis dataKey="date" tickFormatter={dayLabel} minTickGap={24} tick={{ fill: CHART_COLOURS.axis, fontSize: 12 }} />
            <YAxis width={64} tick={{ fill: CHART_COLOURS.axis, fontSize: 12 }} tickFormatter={(value: number) => format.number(value, { maximumFractionDigits: 0 })} />
            <Tooltip labelFormatter={(day) => dayLabel(String(day))} formatter={(value) => money(Number(value))} />
            <Legend />
            <Area dataKey="revenue" name={labels.revenue} type="linear" stroke={CHART_COLOURS.revenue} fill={CHART_COLOURS.revenue} fillOpacity={0.12} isAnimationActive={false} />
            <Line dataKey="kept" name={labels.kept} type="linear" stroke={CHART_COLOURS.kept} strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        }
        table={
          <table>
            <caption>{t('dashboard.money.tableCaption', { currency: sales.currency })}</caption>
            <TableHead columns={[t('dashboard.money.day'), t('dashboard.money.orders'), labels.revenue, labels.commission, labels.subscription, labels.kept]} />
            <tbody>
              {sales.days.map((day) => (
                <tr key={day.date}>
                  <th scope="row">{format.day(localDay(day.date))}</th>
                  <td>{format.number(day.orders)}</td>
                  <td>{money(day.revenue)}</td>
                  <td>{money(day.commission)}</td>
                  <td>{money(day.subscription)}</td>
                  <td>{money(day.kept)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="muted home-note">{t('dashboard.money.noConversion')}</p>
    </section>
  );
}
