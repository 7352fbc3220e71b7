// The Home screen, the first one once set up: what needs doing today, then the last 30 days' orders per country and
// revenue against what the merchant kept after Back Market's commission and subscription.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../shared/dashboard';
import { messageOf } from '../../api/call-error';
import { useDashboardSummary } from '../../api/dashboard-queries';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../i18n/format';
import { MarginPanel } from '../units/MarginPanel';
import { TodoCards } from './TodoCards';
import { BackboxWinRates } from './BackboxWinRates';
import './home.css';

const SalesPanels = lazy(() => import('./SalesPanels'));

const localDay = (day: string) => new Date(`${day}T12:00:00`);

function SalesSection({ summary }: { summary: DashboardSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { days, from, to } = summary.period;
  const orders = summary.sales.reduce((sum, entry) => sum + entry.orders, 0);
  const subscription = summary.sales.find((entry) => entry.currency === summary.subscriptionCurrency)?.subscription ?? 0;
  return (
    <section className="home-section" aria-labelledby="home-sales-title">
      <div className="home-section-head">
        <h2 id="home-sales-title">{t('dashboard.sales.title', { days })}</h2>
        <p className="muted">{t('dashboard.sales.period', { from: format.day(localDay(from)), to: format.day(localDay(to)) })}</p>
      </div>
      {orders === 0 ? (
        <div className="empty-state home-empty" data-testid="home-no-sales">
          <div className="empty-illustration" aria-hidden="true">
            ▁▃▅
          </div>
          <h3>{t('dashboard.sales.emptyTitle', { days })}</h3>
          <p>{t('dashboard.sales.emptyBody')}</p>
          <p>{t('dashboard.sales.emptySubscription', { amount: format.money(subscription, summary.subscriptionCurrency), days })}</p>
        </div>
      ) : (
        <Suspense fallback={<p className="muted">{t('dashboard.loading')}</p>}>
          <SalesPanels summary={summary} />
        </Suspense>
      )}
    </section>
  );
}

export function HomeScreen() {
  const { t } = useTranslation();
  const summary = useDashboardSummary();

  if (summary.isPending) return <p className="muted" role="status">{t('dashboard.loading')}</p>;
  if (summary.isError)
    return (
      <Alert tone="error" testId="home-load-failed">
        {t('dashboard.loadFailed', { message: messageOf(summary.error, '') })}{' '}
        <button type="button" className="link-button" onClick={() => void summary.refetch()}>
          {t('dashboard.retry')}
        </button>
      </Alert>
    );

  return (
    <div className="home">
      <section className="home-section" aria-labelledby="home-todo-title">
        <h2 id="home-todo-title">{t('dashboard.todo.title')}</h2>
        <TodoCards todo={summary.data.todo} />
      </section>
      <BackboxWinRates />
      <SalesSection summary={summary.data} />
      <MarginPanel />
    </div>
  );
}
