// The moves on one orderline: accept it, cancel it (with a reason, the customer's message, and for a stock mistake the
// listing's stock set to 0), or refund it once shipped. Each sends one contract call and hands the outcome back.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderlineDetail, OrderMoveResult, ReturnReasonValue } from '../../../shared/orders';
import { useOrdersCall } from '../../api/orders-queries';
import { MoveDialog } from './MoveDialog';
import { EMPTY_REASON_FORM, stockZeroAllowed, validateReasonForm, type ReasonForm } from './reason-form';
import { ReasonFields } from './ReasonFields';

interface LineDialogProps {
  orderId: number;
  line: OrderlineDetail;
  onDone(result: OrderMoveResult): void;
  onClose(): void;
}

type ValidReasonForm = ReasonForm & { reason: ReturnReasonValue };

/** The reason form of a cancel or a refund: its state, its errors, and a submit that sends only a form that validates. */
function useReasonForm(send: (form: ValidReasonForm) => void) {
  const [form, setForm] = useState<ReasonForm>(EMPTY_REASON_FORM);
  const [errors, setErrors] = useState<{ reason?: string; message?: string }>({});
  const submit = () => {
    const found = validateReasonForm(form);
    setErrors(found);
    if (found.reason || found.message || form.reason === null) return;
    send({ ...form, reason: form.reason });
  };
  return { form, setForm, errors, submit };
}

export function AcceptDialog({ orderId, line, onDone, onClose }: LineDialogProps) {
  const { t } = useTranslation();
  const accept = useOrdersCall('orders:accept');
  return (
    <MoveDialog
      title={t('orders.accept.title', { sku: line.sku })}
      submitLabel={t('orders.accept.submit')}
      pending={accept.isPending}
      error={accept.error}
      testId="accept-dialog"
      onClose={onClose}
      onSubmit={() => accept.mutate({ orderId, orderlineId: line.id }, { onSuccess: onDone })}
    >
      <p>{t('orders.accept.confirm', { quantity: line.quantity, product: line.product || line.sku })}</p>
    </MoveDialog>
  );
}

export function CancelDialog({ orderId, line, onDone, onClose }: LineDialogProps) {
  const { t } = useTranslation();
  const cancel = useOrdersCall('orders:cancel');
  const { form, setForm, errors, submit } = useReasonForm((valid) =>
    cancel.mutate(
      { orderId, orderlineId: line.id, reason: valid.reason, message: valid.message.trim(), setStockToZero: stockZeroAllowed(valid) && valid.setStockToZero },
      { onSuccess: onDone },
    ),
  );
  return (
    <MoveDialog
      title={t('orders.cancel.title', { sku: line.sku })}
      submitLabel={t('orders.cancel.submit')}
      tone="danger"
      pending={cancel.isPending}
      error={cancel.error}
      testId="cancel-dialog"
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="form-note">{t('orders.cancel.intro')}</p>
      <ReasonFields form={form} errors={errors} onChange={setForm} />
      {stockZeroAllowed(form) && (
        <label className="checkbox-label">
          <input type="checkbox" checked={form.setStockToZero} onChange={(event) => setForm({ ...form, setStockToZero: event.target.checked })} />
          {t('orders.cancel.stockZero', { sku: line.sku })}
        </label>
      )}
    </MoveDialog>
  );
}

export function RefundDialog({ orderId, line, onDone, onClose }: LineDialogProps) {
  const { t } = useTranslation();
  const refund = useOrdersCall('orders:refund');
  const { form, setForm, errors, submit } = useReasonForm((valid) =>
    refund.mutate({ orderId, orderlineId: line.id, reason: valid.reason, message: valid.message.trim() }, { onSuccess: onDone }),
  );
  return (
    <MoveDialog
      title={t('orders.refund.title', { sku: line.sku })}
      submitLabel={t('orders.refund.submit')}
      tone="danger"
      pending={refund.isPending}
      error={refund.error}
      testId="refund-dialog"
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="form-note">{t('orders.refund.intro')}</p>
      <ReasonFields form={form} errors={errors} onChange={setForm} />
    </MoveDialog>
  );
}
