// The dashboard's "To do today": orders to accept and to ship with their nearest deadlines, the offers a customer can
// buy per country, offers in None, changes not yet synced and a token problem, each card leading to where it is fixed.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardTodo, OrderDeadline, OrdersTodo } from '../../../shared/dashboard';
import { heldBackIn } from '../../../shared/offer-status';
import { messageOf } from '../../api/call-error';
import { useSyncCall } from '../../api/sync-queries';
import { useFormat } from '../../i18n/format';
import { hrefOf } from '../../shell/use-hash-route';
import { NO_LISTING_FILTERS, useListingsStore } from '../listings/listings-store';
import { useCountryName } from '../mapping/country-name';
import { OffersCard } from './OffersCard';

function TodoCard({ id, title, count, tone, children }: { id: string; title: string; count?: number; tone: 'calm' | 'due' | 'alarm'; children: ReactNode }) {
  const headingId = `home-todo-${id}-title`;
  return (
    <section className={`home-card home-card-${tone}`} aria-labelledby={headingId} data-testid={`home-todo-${id}`}>
      <h3 id={headingId} className="home-card-title">
        {title}
        {count !== undefined && <span className="home-card-count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

function DeadlineList({ orders }: { orders: OrderDeadline[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  return (
    <>
      <h4 className="home-card-subtitle">{t('dashboard.todo.nearest')}</h4>
      <ul className="home-deadlines">
        {orders.map((order) => (
          <li key={order.orderId} className={order.late ? 'home-deadline-late' : undefined}>
            <a href={hrefOf('orders', { order: String(order.orderId) })}>
              {t('dashboard.todo.order', { orderId: order.orderId, customer: order.customerName, country: countryName(order.countryCode) })}
            </a>{' '}
            <span className="home-deadline-date">
              {order.expectedDispatchDate === '' ? t('dashboard.todo.noDeadline') : t('dashboard.todo.dueBy', { date: format.date(order.expectedDispatchDate) })}
              {order.late && <strong className="home-late-mark"> {t('dashboard.todo.late')}</strong>}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function OrdersCard({ id, todo, testId }: { id: 'toAccept' | 'toShip'; todo: OrdersTodo; testId: string }) {
  const { t } = useTranslation();
  return (
    <TodoCard id={testId} title={t(`dashboard.${id}.title`)} count={todo.count} tone={todo.late > 0 ? 'alarm' : todo.count > 0 ? 'due' : 'calm'}>
      {todo.count === 0 ? (
        <p className="muted">{t(`dashboard.${id}.none`)}</p>
      ) : (
        <>
          {todo.late > 0 && <p className="home-late-summary">{t('dashboard.todo.lateCount', { count: todo.late })}</p>}
          <DeadlineList orders={todo.nearest} />
          <a className="button button-small" href={hrefOf('orders')}>
            {t(`dashboard.${id}.action`)}
          </a>
        </>
      )}
    </TodoCard>
  );
}

function NoneOffersCard({ noneOffers }: { noneOffers: DashboardTodo['noneOffers'] }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  return (
    <TodoCard id="none-offers" title={t('dashboard.noneOffers.title')} count={noneOffers.count} tone={noneOffers.count > 0 ? 'due' : 'calm'}>
      {noneOffers.count === 0 ? (
        <p className="muted">{t('dashboard.noneOffers.none')}</p>
      ) : (
        <>
          <p className="muted">{t('dashboard.noneOffers.hint')}</p>
          <ul className="home-inline-list">
            {noneOffers.byCountry.map((entry) => (
              <li key={entry.country}>{t('dashboard.noneOffers.country', { country: countryName(entry.country), count: entry.count })}</li>
            ))}
          </ul>
          {/* The Listings screen keeps its filters in its store: the link opens it on the offers in None alone. */}
          <a className="button button-small" href={hrefOf('listings')} onClick={() => useListingsStore.getState().setFilters({ ...NO_LISTING_FILTERS, status: 'none' })}>
            {t('dashboard.noneOffers.action')}
          </a>
        </>
      )}
    </TodoCard>
  );
}

function PendingCard({ pending, offers }: { pending: DashboardTodo['pendingChanges']; offers: DashboardTodo['offers'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The header's Sync button's own call: the header shows the run's progress at once.
  const sync = useSyncCall('sync:start');
  // Offers held back (the pre-flight check or the existing account's review): nothing waits to be sent, yet not all is
  // as the catalogue has it on Back Market, so the card never says everything is synced while the header counts them.
  const held = offers.reduce((sum, entry) => sum + heldBackIn(entry), 0);
  // "Back Market keeps what it has" only for those it holds (published, the change held back); the others are None.
  const notOnBackMarket = offers.reduce((sum, entry) => sum + entry.heldBack, 0);
  return (
    <TodoCard id="pending" title={t('dashboard.pending.title')} count={pending.count} tone={pending.count > 0 ? 'due' : 'calm'}>
      {pending.count === 0 && held > 0 ? (
        <>
          {notOnBackMarket === 0 ? (
            <p className="muted" data-testid="pending-held">{t('dashboard.pending.held', { count: held })}</p>
          ) : (
            <div className="muted" data-testid="pending-held">
              <p>{t('dashboard.pending.heldWhere', { count: held })}</p>
              <ul>
                {held > notOnBackMarket && <li>{t('sync.plan.held.onBackMarket', { count: held - notOnBackMarket })}</li>}
                <li>{t('sync.plan.held.notOnBackMarket', { count: notOnBackMarket })}</li>
              </ul>
            </div>
          )}
          <a className="button button-small" href={hrefOf('listings')} onClick={() => useListingsStore.getState().setFilters({ ...NO_LISTING_FILTERS, standing: 'held-back' })}>
            {t('dashboard.pending.heldAction')}
          </a>
        </>
      ) : pending.count === 0 ? (
        <p className="muted">{t('dashboard.pending.none')}</p>
      ) : (
        <>
          {pending.oldestSince && <p className="muted">{t('dashboard.pending.since', { date: format.date(pending.oldestSince) })}</p>}
          <button type="button" className="button button-primary button-small" onClick={() => sync.mutate({})} disabled={sync.isPending}>
            {sync.isPending ? t('dashboard.pending.starting') : t('dashboard.pending.action')}
          </button>
          <p role="status" className="home-sync-outcome">
            {sync.isSuccess && t('dashboard.pending.started')}
            {sync.isError && t('dashboard.pending.failed', { message: messageOf(sync.error, '') })}
          </p>
        </>
      )}
    </TodoCard>
  );
}

function TokenCard({ token }: { token: DashboardTodo['token'] }) {
  const { t } = useTranslation();
  return (
    <TodoCard id="token" title={t('dashboard.token.title')} tone="alarm">
      <p>{token.state === 'rejected' ? t('dashboard.token.rejected') : t('dashboard.token.missing')}</p>
      {token.queuedJobs > 0 && <p className="muted">{t('dashboard.token.queued', { count: token.queuedJobs })}</p>}
      <a className="button button-primary button-small" href={hrefOf('settings')}>
        {t('dashboard.token.action')}
      </a>
    </TodoCard>
  );
}

export function TodoCards({ todo }: { todo: DashboardTodo }) {
  return (
    <div className="home-cards">
      {todo.token.problem && <TokenCard token={todo.token} />}
      <OrdersCard id="toAccept" testId="to-accept" todo={todo.toAccept} />
      <OrdersCard id="toShip" testId="to-ship" todo={todo.toShip} />
      <OffersCard offers={todo.offers} />
      <NoneOffersCard noneOffers={todo.noneOffers} />
      <PendingCard pending={todo.pendingChanges} offers={todo.offers} />
    </div>
  );
}
