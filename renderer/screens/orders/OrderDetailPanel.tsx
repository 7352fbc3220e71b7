// One order in a side drawer: where it stands and by when it must ship, the customer's addresses, each line with its
// grade, price and Back Market's fee and the moves it allows, the shipment, the delivery note and the packing slip.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderlineDetail, OrderMoveResult } from '../../../shared/orders';
import { messageOf } from '../../api/call-error';
import { useCallQuery } from '../../api/queries';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TableHead } from '../../components/TableHead';
import { AcceptDialog, CancelDialog, RefundDialog } from './LineDialogs';
import { useCountryName } from '../mapping/country-name';
import { addressLines, useOrderFormat } from './order-format';
import { PackingSlip, usePackingSlipOutput } from './PackingSlip';
import { ShipDialog } from './ShipDialog';

type Move = { kind: 'accept' | 'cancel' | 'refund'; line: OrderlineDetail } | { kind: 'ship' };

function Address({ title, lines }: { title: string; lines: string[] }) {
  const { t } = useTranslation();
  return (
    <section>
      <h3>{title}</h3>
      <address>{lines.length > 0 ? lines.map((line, index) => <div key={index}>{line}</div>) : <span className="muted">{t('orders.detail.noAddress')}</span>}</address>
    </section>
  );
}

function outcomeText(result: OrderMoveResult, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (result.alreadyDone) return t('orders.outcome.alreadyDone');
  if (result.stockZeroSent === false) return t('orders.outcome.stockZeroLater');
  return t('orders.outcome.done');
}

export function OrderDetailPanel({ orderId, onClose }: { orderId: number; onClose(): void }) {
  const { t } = useTranslation();
  const format = useOrderFormat();
  const countryName = useCountryName();
  const detail = useCallQuery('orders:get', { orderId }, { staleTime: 0 });
  const slip = usePackingSlipOutput();
  const [move, setMove] = useState<Move | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const order = detail.data;

  const done = (result: OrderMoveResult) => {
    setMove(null);
    setOutcome(outcomeText(result, t));
  };
  const lineMove = (kind: 'accept' | 'cancel' | 'refund', line: OrderlineDetail) => () => {
    setOutcome(null);
    setMove({ kind, line });
  };

  return (
    <Dialog
      variant="drawer"
      title={t('orders.detail.title', { orderId })}
      onClose={onClose}
      testId="order-detail"
      footer={
        order && (
          <>
            <button type="button" className="button" onClick={() => slip.output(order.orderId)} disabled={slip.savePdf.isPending}>
              {slip.electron ? t('orders.detail.savePackingSlip') : t('orders.detail.printPackingSlip')}
            </button>
            {order.canShip && (
              <button type="button" className="button button-primary" onClick={() => setMove({ kind: 'ship' })}>
                {t('orders.detail.ship')}
              </button>
            )}
          </>
        )
      }
    >
      {detail.error && <Alert>{messageOf(detail.error, t('errors.unexpected'))}</Alert>}
      {!order && !detail.error && <p role="status">{t('app.loading')}</p>}
      {order && (
        <>
          {outcome && (
            <Alert tone="success" onDismiss={() => setOutcome(null)} testId="move-outcome">
              {outcome}
            </Alert>
          )}
          {slip.savePdf.isError && <Alert onDismiss={() => slip.savePdf.reset()}>{messageOf(slip.savePdf.error, t('errors.unexpected'))}</Alert>}
          {slip.savePdf.data?.saved && <Alert tone="success">{t('orders.detail.packingSlipSaved', { fileName: slip.savePdf.data.fileName })}</Alert>}
          {order.shipmentUnconfirmed && <Alert tone="warning">{t('orders.detail.shipmentUnconfirmed')}</Alert>}
          <dl className="order-facts">
            <dt>{t('orders.detail.status')}</dt>
            <dd>{t(`orders.places.${order.place}`)}</dd>
            <dt>{t('orders.detail.customer')}</dt>
            <dd data-testid="order-customer">{order.customerName || <span className="muted">{t('orders.detail.noCustomerName')}</span>}</dd>
            <dt>{t('orders.detail.email')}</dt>
            <dd data-testid="order-email">
              {order.customerEmail ? <a href={`mailto:${order.customerEmail}`}>{order.customerEmail}</a> : <span className="muted">{t('orders.detail.noEmail')}</span>}
            </dd>
            <dt>{t('orders.detail.phone')}</dt>
            <dd data-testid="order-phone">{order.customerPhone || <span className="muted">{t('orders.detail.noPhone')}</span>}</dd>
            <dt>{t('orders.detail.country')}</dt>
            <dd>{countryName(order.countryCode)}</dd>
            <dt>{t('orders.detail.created')}</dt>
            <dd>{format.date(order.dateCreation)}</dd>
            <dt>{t('orders.detail.paid')}</dt>
            <dd>{format.date(order.datePayment)}</dd>
            {(order.place === 'to-accept' || order.place === 'to-ship') && order.expectedDispatchDate && (
              <>
                <dt>{t('orders.detail.shipBy')}</dt>
                <dd data-testid="order-deadline" className={format.isOverdue(order.expectedDispatchDate) ? 'order-deadline-overdue' : undefined}>
                  {t('orders.detail.shipByValue', { date: format.date(order.expectedDispatchDate), left: format.deadline(order.expectedDispatchDate) })}
                </dd>
              </>
            )}
            {order.dateShipping && (
              <>
                <dt>{t('orders.detail.shipped')}</dt>
                <dd>{format.date(order.dateShipping)}</dd>
              </>
            )}
            {order.trackingNumber && (
              <>
                <dt>{t('orders.detail.tracking')}</dt>
                <dd>
                  {order.trackingUrl ? (
                    <a href={order.trackingUrl} target="_blank" rel="noreferrer">
                      {order.trackingNumber}
                    </a>
                  ) : (
                    order.trackingNumber
                  )}
                  {order.shipper && ` · ${order.shipper}`}
                </dd>
              </>
            )}
            <dt>{t('orders.detail.total')}</dt>
            <dd>
              {format.money(order.total, order.currency)}
              {order.paymentMethod && ` · ${order.paymentMethod}`}
            </dd>
            <dt>{t('orders.detail.deliveryNote')}</dt>
            <dd>
              {order.deliveryNote ? (
                <a href={order.deliveryNote} target="_blank" rel="noreferrer">
                  {t('orders.detail.openDeliveryNote')}
                </a>
              ) : (
                <span className="muted">{t('orders.detail.noDeliveryNote')}</span>
              )}
            </dd>
          </dl>
          <div className="order-addresses">
            <Address title={t('orders.detail.shippingAddress')} lines={addressLines(order.shippingAddress)} />
            <Address title={t('orders.detail.billingAddress')} lines={addressLines(order.billingAddress)} />
          </div>
          <h3 className="order-section-title">{t('orders.detail.lines')}</h3>
          <div className="table-frame order-lines">
            <table className="data-table" aria-label={t('orders.detail.lines')}>
              <TableHead
                columns={[
                  t('orders.line.skuProduct'),
                  t('orders.line.grade'),
                  { label: t('orders.line.quantity'), className: 'align-end' },
                  { label: t('orders.line.price'), className: 'align-end' },
                  { label: t('orders.line.fee'), className: 'align-end' },
                ]}
              />
              <tbody>
                {order.lines.map((line) => (
                  <tr key={line.id} data-testid="order-line" data-sku={line.sku}>
                    <th scope="row">
                      <div className="mono">{line.sku}</div>
                      <div className="order-line-product">{line.product}</div>
                      <div className="order-line-state" data-testid="order-line-state">{t(`orders.lineStates.s${line.state}`, { defaultValue: line.stateLabel })}</div>
                      <div className="order-line-actions">
                        {line.canAccept && (
                          <button type="button" className="button button-small button-primary" onClick={lineMove('accept', line)} aria-label={t('orders.line.acceptLabel', { sku: line.sku })}>
                            {t('orders.line.accept')}
                          </button>
                        )}
                        {line.canCancel && (
                          <button type="button" className="button button-small" onClick={lineMove('cancel', line)} aria-label={t('orders.line.cancelLabel', { sku: line.sku })}>
                            {t('orders.line.cancel')}
                          </button>
                        )}
                        {line.canRefund && (
                          <button type="button" className="button button-small" onClick={lineMove('refund', line)} aria-label={t('orders.line.refundLabel', { sku: line.sku })}>
                            {t('orders.line.refund')}
                          </button>
                        )}
                      </div>
                    </th>
                    <td>{line.grade || '—'}</td>
                    <td className="align-end">{line.quantity}</td>
                    <td className="align-end">{format.money(line.price, line.currency || order.currency)}</td>
                    <td className="align-end">{format.money(line.fee, line.currency || order.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PackingSlip order={order} />
          {move?.kind === 'accept' && <AcceptDialog orderId={order.orderId} line={move.line} onDone={done} onClose={() => setMove(null)} />}
          {move?.kind === 'cancel' && <CancelDialog orderId={order.orderId} line={move.line} onDone={done} onClose={() => setMove(null)} />}
          {move?.kind === 'refund' && <RefundDialog orderId={order.orderId} line={move.line} onDone={done} onClose={() => setMove(null)} />}
          {move?.kind === 'ship' && <ShipDialog order={order} onDone={done} onClose={() => setMove(null)} />}
        </>
      )}
    </Dialog>
  );
}
