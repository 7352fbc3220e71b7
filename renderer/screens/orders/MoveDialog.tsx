// The frame every move on an order shares: the form, Back Market's refusal shown as it said it (never a stack trace),
// and the submit button busy while the request is out.
import type { FormEvent, ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../api/call-error';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';

interface MoveDialogProps {
  title: string;
  submitLabel: string;
  pending: boolean;
  /** The failure of the last try, shown above the form. */
  error: unknown;
  /** false keeps the submit button disabled (a carrier to map first). */
  canSubmit?: boolean;
  tone?: 'primary' | 'danger';
  testId: string;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

export function MoveDialog({ title, submitLabel, pending, error, canSubmit = true, tone = 'primary', testId, onSubmit, onClose, children }: MoveDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      testId={testId}
      footer={
        <DialogActions
          cancelLabel={t('orders.actions.close')}
          onCancel={onClose}
          confirmLabel={pending ? t('orders.actions.sending') : submitLabel}
          form={formId}
          disabled={pending || !canSubmit}
          tone={tone}
        />
      }
    >
      {error ? (
        <Alert tone="error" title={t('orders.refused')} testId="move-error">
          {messageOf(error, t('errors.unexpected'))}
        </Alert>
      ) : null}
      <form id={formId} className="form-stack" noValidate onSubmit={submit}>
        {children}
      </form>
    </Dialog>
  );
}
