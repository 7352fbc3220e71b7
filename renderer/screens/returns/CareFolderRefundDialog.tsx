// A refund from an after-sales care folder: the whole line, or part of it for a shipped line, as Back Market allows.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareFolderRefundResult, CareFolderSummary } from '../../../shared/orders';
import { useOrdersCall } from '../../api/orders-queries';
import { MoveDialog } from '../orders/MoveDialog';

/** "" is the whole line; otherwise an amount above 0, with a decimal point or comma. */
export function parseRefundAmount(text: string): number | undefined | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return /^\d+(\.\d{1,2})?$/.test(trimmed) && value > 0 ? value : null;
}

interface CareFolderRefundDialogProps {
  careFolder: CareFolderSummary;
  onDone(result: CareFolderRefundResult): void;
  onClose(): void;
}

export function CareFolderRefundDialog({ careFolder, onDone, onClose }: CareFolderRefundDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const refund = useOrdersCall('careFolders:refund');
  const [amount, setAmount] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const parsed = parseRefundAmount(amount);
    setInvalid(parsed === null);
    if (parsed === null) return;
    refund.mutate({ careFolderId: careFolder.id, ...(parsed === undefined ? {} : { amount: parsed }) }, { onSuccess: onDone });
  };
  return (
    <MoveDialog
      title={t('returns.refund.title', { id: careFolder.id })}
      submitLabel={t('returns.refund.submit')}
      tone="danger"
      pending={refund.isPending}
      error={refund.error}
      testId="care-folder-refund-dialog"
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="form-note">{t('returns.refund.intro', { sku: careFolder.sku, customer: careFolder.customerName })}</p>
      <div className="field">
        <label htmlFor={`${id}-amount`}>{t('returns.refund.amount')}</label>
        <input
          id={`${id}-amount`}
          className={`input input-narrow${invalid ? ' input-invalid' : ''}`}
          inputMode="decimal"
          value={amount}
          aria-invalid={invalid}
          aria-describedby={`${id}-amount-hint`}
          data-autofocus
          onChange={(event) => setAmount(event.target.value)}
        />
        <span id={`${id}-amount-hint`} className={invalid ? 'field-error' : 'field-hint'}>
          {invalid ? t('returns.refund.amountInvalid') : t('returns.refund.amountHint')}
        </span>
      </div>
    </MoveDialog>
  );
}
