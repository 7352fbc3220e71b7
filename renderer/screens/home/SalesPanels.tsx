// The two charts of the Home screen. Loaded on demand: the chart library is most of a chunk of its own, so the rest of
// the app starts without it.
import type { DashboardSummary } from '../../../shared/dashboard';
import { CountryOrdersChart } from './CountryOrdersChart';
import { RevenueKeptChart } from './RevenueKeptChart';

export default function SalesPanels({ summary }: { summary: DashboardSummary }) {
  return (
    <div className="home-panels">
      <CountryOrdersChart countries={summary.countries} days={summary.period.days} />
      <RevenueKeptChart summary={summary} />
    </div>
  );
}
