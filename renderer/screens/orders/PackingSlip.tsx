// The packing slip: the order's lines and the shipping address, put straight under <body> so the print stylesheet
// (orders.css) can print it alone. The preview prints it with the browser's print; Electron saves it as a PDF through
// orders:savePackingSlip, which prints this same page in main.
import { useMutation } from '@tanstack/react-query';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/orders';
import { useApi } from '../../api/ApiContext';
import { useCallQuery } from '../../api/queries';
import { LineDevices } from '../units/LineDevices';
import { slipAddressLines, useOrderFormat } from './order-format';
import { TableHead } from '../../components/TableHead';

export function PackingSlip({ order }: { order: OrderDetail }) {
  const { t } = useTranslation();
  const format = useOrderFormat();
  return createPortal(
    <article className="packing-slip" data-testid="packing-slip" aria-hidden="true">
      <header className="packing-slip-head">
        <h1>{t('packingSlip.title')}</h1>
        <dl>
          <dt>{t('packingSlip.order')}</dt>
          <dd>{order.orderId}</dd>
          <dt>{t('packingSlip.date')}</dt>
          <dd>{format.date(order.datePayment || order.dateCreation)}</dd>
        </dl>
      </header>
      <section className="packing-slip-address">
        <h2>{t('packingSlip.shipTo')}</h2>
        <address>
          {slipAddressLines(order).map((line, index) => (
            <div key={index}>{line}</div>
          ))}
        </address>
      </section>
      <table className="packing-slip-lines">
        <TableHead columns={[t('packingSlip.sku'), t('packingSlip.product'), t('packingSlip.grade'), t('packingSlip.quantity')]} />
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.sku}</td>
              <td>
                {line.product}
                <LineDevices orderlineId={line.id} />
              </td>
              <td>{line.grade}</td>
              <td>{line.quantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="packing-slip-foot">{t('packingSlip.thanks')}</p>
    </article>,
    document.body,
  );
}

/**
 * What the packing slip button does in this shell: Electron saves the PDF (main prints the page); the browser preview,
 * which cannot write a file itself, opens its print dialog, where "Save as PDF" is a printer.
 */
export function usePackingSlipOutput() {
  const api = useApi();
  const info = useCallQuery('app:info', {}, { staleTime: Infinity });
  const savePdf = useMutation({ mutationFn: (orderId: number) => api.call('orders:savePackingSlip', { orderId }) });
  const electron = info.data?.shell === 'electron';
  return {
    electron,
    savePdf,
    output(orderId: number) {
      if (electron) savePdf.mutate(orderId);
      else window.print();
    },
  };
}
