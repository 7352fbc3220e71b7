// The Orders screen: the four lists Back Market's states make (to accept, to ship, shipped, cancelled and refunded)
// with their counts, a search over order ids, customers, SKUs and tracking numbers, the import from Back Market, and
// the order's detail in a drawer (its id in the URL, so a notification or a return can open it).
import { keepPreviousData } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_TABS, type OrderImportReport, type OrderSummary, type OrderTab } from '../../../shared/orders';
import { messageOf } from '../../api/call-error';
import { useOrdersCall, useOrdersChangedRefresh } from '../../api/orders-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import { SearchBox } from '../../components/SearchBox';
import { ListTable } from '../../components/ListTable';
import { navigateTo, useHashParams } from '../../shell/use-hash-route';
import { useCountryName } from '../mapping/country-name';
import { OrderDetailPanel } from './OrderDetailPanel';
import { useOrderFormat } from './order-format';
import './orders.css';

export const ORDERS_PAGE_SIZE = 50;

function ImportReport({ report, onDismiss }: { report: OrderImportReport; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="success" title={t('orders.import.done')} onDismiss={onDismiss} testId="orders-import-report">
      {report.received === 0
        ? t('orders.import.nothingNew')
        : t('orders.import.summary', { received: report.received, added: report.added, updated: report.updated, unchanged: report.unchanged })}{' '}
      {t('orders.import.toAccept', { count: report.toAccept })}
      {report.stockChanges > 0 && ` ${t('orders.import.stockChanges', { count: report.stockChanges })}`}
    </Alert>
  );
}

function OrderRow({ order, tab, onOpen }: { order: OrderSummary; tab: OrderTab; onOpen(): void }) {
  const { t } = useTranslation();
  const format = useOrderFormat();
  const countryName = useCountryName();
  const waiting = tab === 'to-accept' || tab === 'to-ship';
  return (
    <tr data-testid="order-row" data-order-id={order.orderId}>
      <th scope="row">
        <button type="button" className="link-button" onClick={onOpen} aria-label={t('orders.list.open', { orderId: order.orderId })}>
          {order.orderId}
        </button>
      </th>
      <td>{order.customerName || <span className="muted">—</span>}</td>
      <td>{countryName(order.countryCode)}</td>
      <td className="mono">{order.skus.join(', ')}</td>
      <td className="align-end">{format.money(order.total, order.currency)}</td>
      <td>{format.date(order.dateCreation)}</td>
      <td className={waiting && format.isOverdue(order.expectedDispatchDate) ? 'order-deadline-overdue' : undefined}>
        {waiting ? format.deadline(order.expectedDispatchDate) || '—' : order.trackingNumber || '—'}
      </td>
    </tr>
  );
}

export function OrdersScreen() {
  const { t } = useTranslation();
  useOrdersChangedRefresh();
  const params = useHashParams();
  const openOrderId = Number(params.order) > 0 ? Number(params.order) : null;
  const [tab, setTab] = useState<OrderTab>('to-accept');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const importOrders = useOrdersCall('orders:import');

  const page = useCallQuery('orders:list', { tab, search: search.trim(), offset, limit: ORDERS_PAGE_SIZE }, { placeholderData: keepPreviousData, staleTime: 0 });
  const data = page.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / ORDERS_PAGE_SIZE)) : 1;

  const chooseTab = (next: OrderTab) => {
    setTab(next);
    setOffset(0);
  };
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = ORDER_TABS[(ORDER_TABS.indexOf(tab) + step + ORDER_TABS.length) % ORDER_TABS.length] ?? tab;
    chooseTab(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };

  return (
    <div className="orders">
      <div className="toolbar">
        <SearchBox
          value={search}
          onSearch={(query) => {
            setSearch(query);
            setOffset(0);
          }}
          label={t('orders.search')}
          placeholder={t('orders.searchPlaceholder')}
        />
        <div className="actions">
          <button type="button" className="button button-primary" disabled={importOrders.isPending} onClick={() => importOrders.mutate({})}>
            {t('orders.import.button')}
          </button>
        </div>
      </div>
      {importOrders.isPending && <ProgressBar label={t('orders.import.running')} fraction={null} />}
      {importOrders.isError && (
        <Alert title={t('orders.import.failed')} onDismiss={() => importOrders.reset()}>
          {messageOf(importOrders.error, t('errors.unexpected'))}
        </Alert>
      )}
      {importOrders.data && <ImportReport report={importOrders.data} onDismiss={() => importOrders.reset()} />}

      <div className="order-tabs" role="tablist" aria-label={t('orders.tabs.label')} onKeyDown={onTabKey}>
        {ORDER_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`order-tab-${name}`}
            data-tab={name}
            className="order-tab"
            aria-selected={tab === name}
            aria-controls="order-tab-panel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => chooseTab(name)}
          >
            {t(`orders.tabs.${name}`)}
            <span className="badge" data-testid={`order-count-${name}`}>
              {data?.counts[name] ?? '…'}
            </span>
          </button>
        ))}
      </div>

      <div id="order-tab-panel" role="tabpanel" aria-labelledby={`order-tab-${tab}`}>
        <ListTable
          error={page.error}
          rowCount={data?.orders.length}
          emptyText={search.trim() ? t('orders.list.noMatch', { search: search.trim() }) : t(`orders.list.empty.${tab}`)}
          label={t('orders.list.label', { tab: t(`orders.tabs.${tab}`) })}
          columns={[
            t('orders.list.order'),
            t('orders.list.customer'),
            t('orders.list.country'),
            t('orders.list.skus'),
            { label: t('orders.list.total'), className: 'align-end' },
            t('orders.list.created'),
            tab === 'to-accept' || tab === 'to-ship' ? t('orders.list.deadline') : t('orders.list.tracking'),
          ]}
        >
          {data?.orders.map((order) => (
            <OrderRow key={order.orderId} order={order} tab={tab} onOpen={() => navigateTo('orders', { order: String(order.orderId) })} />
          ))}
        </ListTable>
        {data && pages > 1 && (
          <nav className="pager" aria-label={t('orders.list.pages')}>
            <button type="button" className="button button-small" disabled={offset === 0} onClick={() => setOffset((current) => Math.max(0, current - ORDERS_PAGE_SIZE))}>
              {t('orders.list.previous')}
            </button>
            <span role="status">{t('orders.list.pageOf', { page: Math.floor(offset / ORDERS_PAGE_SIZE) + 1, pages, total: data.total })}</span>
            <button type="button" className="button button-small" disabled={offset + ORDERS_PAGE_SIZE >= data.total} onClick={() => setOffset((current) => current + ORDERS_PAGE_SIZE)}>
              {t('orders.list.next')}
            </button>
          </nav>
        )}
      </div>
      {openOrderId !== null && <OrderDetailPanel key={openOrderId} orderId={openOrderId} onClose={() => navigateTo('orders')} />}
    </div>
  );
}
