// The Returns screen: Backship returns (parcels coming back through Back Market's hub) and after-sales care folders,
// each with its state and the order it belongs to, and a refund from an open care folder. Both are read live from
// Back Market, a page at a time, as it pages them.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareFolderSummary } from '../../../shared/orders';
import { useOrdersChangedRefresh } from '../../api/orders-queries';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { ListTable } from '../../components/ListTable';
import { hrefOf } from '../../shell/use-hash-route';
import { useOrderFormat } from '../orders/order-format';
import '../orders/orders.css';
import { CareFolderRefundDialog } from './CareFolderRefundDialog';
import { LineDevices } from '../units/LineDevices';

type CareFolderState = 'open' | 'closed' | 'all';

function OrderLink({ orderId }: { orderId: number | null }) {
  const { t } = useTranslation();
  if (orderId === null) return <span className="muted">{t('returns.noOrder')}</span>;
  return (
    <a href={hrefOf('orders', { order: String(orderId) })} aria-label={t('returns.openOrder', { orderId })}>
      {orderId}
    </a>
  );
}

function Pager({ page, hasMore, label, onPage }: { page: number; hasMore: boolean; label: string; onPage(page: number): void }) {
  const { t } = useTranslation();
  if (page === 1 && !hasMore) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button-small" disabled={page === 1} onClick={() => onPage(page - 1)}>
        {t('orders.list.previous')}
      </button>
      <span>{t('returns.page', { page })}</span>
      <button type="button" className="button button-small" disabled={!hasMore} onClick={() => onPage(page + 1)}>
        {t('orders.list.next')}
      </button>
    </nav>
  );
}

function BackshipReturns() {
  const { t } = useTranslation();
  const format = useOrderFormat();
  const [page, setPage] = useState(1);
  const returns = useCallQuery('returns:list', { page }, { placeholderData: keepPreviousData, staleTime: 0 });
  const data = returns.data;
  return (
    <section className="returns-section" aria-labelledby="backship-returns">
      <h2 id="backship-returns" className="order-section-title">
        {t('returns.backship.title')}
      </h2>
      <p className="screen-intro">{t('returns.backship.intro')}</p>
      <ListTable
        error={returns.error}
        rowCount={data?.returns.length}
        emptyText={t('returns.backship.none')}
        label={t('returns.backship.title')}
        columns={[
          t('returns.order'),
          t('returns.sku'),
          t('returns.customer'),
          t('returns.backship.state'),
          t('returns.backship.tracking'),
          t('returns.created'),
          t('returns.backship.label'),
        ]}
      >
        {data?.returns.map((parcel) => (
          <tr key={parcel.shipmentId} data-testid="return-row">
            <th scope="row">
              <OrderLink orderId={parcel.orderId} />
            </th>
            <td className="mono">
              {parcel.sku || '—'}
              <LineDevices orderlineId={parcel.orderlineId} testId="return-devices" />
            </td>
            <td>{parcel.customerName || '—'}</td>
            <td>
              {parcel.dateDelivery
                ? t('returns.backship.delivered', { date: format.date(parcel.dateDelivery) })
                : parcel.hubScanned
                  ? t('returns.backship.scanned')
                  : parcel.datePickup
                    ? t('returns.backship.pickedUp', { date: format.date(parcel.datePickup) })
                    : t('returns.backship.announced')}
            </td>
            <td>
              {parcel.trackingUrl ? (
                <a href={parcel.trackingUrl} target="_blank" rel="noreferrer">
                  {parcel.trackingNumber || parcel.carrierName}
                </a>
              ) : (
                parcel.trackingNumber || '—'
              )}
              {parcel.carrierName && ` · ${parcel.carrierName}`}
            </td>
            <td>{format.date(parcel.dateCreation)}</td>
            <td>
              {parcel.label ? (
                <a href={parcel.label} target="_blank" rel="noreferrer">
                  {t('returns.backship.openLabel')}
                </a>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      {data && <Pager page={page} hasMore={data.hasMore} label={t('returns.backship.pages')} onPage={setPage} />}
    </section>
  );
}

function CareFolders() {
  const { t } = useTranslation();
  const format = useOrderFormat();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<CareFolderState>('open');
  const [refunding, setRefunding] = useState<CareFolderSummary | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const folders = useCallQuery('careFolders:list', { page, state }, { placeholderData: keepPreviousData, staleTime: 0 });
  const data = folders.data;
  return (
    <section className="returns-section" aria-labelledby="care-folders">
      <div className="toolbar">
        <h2 id="care-folders" className="order-section-title">
          {t('returns.careFolders.title')}
        </h2>
        <label className="filter">
          <span className="filter-label">{t('returns.careFolders.show')}</span>
          <select
            className="select select-small"
            value={state}
            onChange={(event) => {
              setState(event.target.value as CareFolderState);
              setPage(1);
            }}
          >
            {(['open', 'closed', 'all'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`returns.careFolders.states.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="screen-intro">{t('returns.careFolders.intro')}</p>
      {outcome && (
        <Alert tone="success" onDismiss={() => setOutcome(null)} testId="care-folder-outcome">
          {outcome}
        </Alert>
      )}
      <ListTable
        error={folders.error}
        rowCount={data?.careFolders.length}
        emptyText={t('returns.careFolders.none')}
        label={t('returns.careFolders.title')}
        columns={[
          t('returns.careFolders.folder'),
          t('returns.careFolders.state'),
          t('returns.order'),
          t('returns.sku'),
          t('returns.customer'),
          t('returns.careFolders.lastMessage'),
          { label: t('returns.careFolders.actions'), screenReaderOnly: true },
        ]}
      >
        {data?.careFolders.map((folder) => (
          <tr key={folder.id} data-testid="care-folder-row">
            <th scope="row">{folder.id}</th>
            <td>
              <span className={`badge ${folder.state === 'open' ? 'badge-warning' : 'badge-ok'}`}>{t(`returns.careFolders.states.${folder.state}`)}</span>
            </td>
            <td>
              <OrderLink orderId={folder.orderId} />
            </td>
            <td className="mono">{folder.sku || '—'}</td>
            <td>
              {folder.customerName || '—'} {folder.countryCode && <span className="muted">({folder.countryCode})</span>}
            </td>
            <td>{format.date(folder.dateLastMessage || folder.dateModification || folder.dateCreation)}</td>
            <td>
              {folder.state === 'open' && (
                <button type="button" className="button button-small" onClick={() => setRefunding(folder)} aria-label={t('returns.refund.open', { id: folder.id })}>
                  {t('returns.refund.button')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      {data && <Pager page={page} hasMore={data.hasMore} label={t('returns.careFolders.pages')} onPage={setPage} />}
      {refunding && (
        <CareFolderRefundDialog
          careFolder={refunding}
          onClose={() => setRefunding(null)}
          onDone={(result) => {
            setRefunding(null);
            setOutcome(result.message || t('returns.refund.done'));
          }}
        />
      )}
    </section>
  );
}

export function ReturnsScreen() {
  useOrdersChangedRefresh();
  return (
    <div className="orders">
      <BackshipReturns />
      <CareFolders />
    </div>
  );
}
