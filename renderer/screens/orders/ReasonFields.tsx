// The reason and the message to the customer, shared by the cancellation and the refund dialogs.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MESSAGE_MAX, parseReason, REASON_VALUES, type ReasonForm } from './reason-form';

interface ReasonFieldsProps {
  form: ReasonForm;
  errors: { reason?: string; message?: string };
  onChange(form: ReasonForm): void;
}

export function ReasonFields({ form, errors, onChange }: ReasonFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('orders.reason.label')}</label>
        <select
          id={`${id}-reason`}
          className={`select${errors.reason ? ' input-invalid' : ''}`}
          value={form.reason === null ? '' : String(form.reason)}
          aria-invalid={Boolean(errors.reason)}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          data-autofocus
          onChange={(event) => {
            const reason = parseReason(event.target.value);
            onChange({ ...form, reason, setStockToZero: reason === 0 ? form.setStockToZero : false });
          }}
        >
          <option value="">{t('orders.reason.choose')}</option>
          {REASON_VALUES.map((value) => (
            <option key={value} value={value}>
              {t(`orders.reasons.r${value}`)}
            </option>
          ))}
        </select>
        {errors.reason && (
          <span id={`${id}-reason-error`} className="field-error">
            {t(errors.reason)}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>{t('orders.reason.message')}</label>
        <textarea
          id={`${id}-message`}
          className={`input${errors.message ? ' input-invalid' : ''}`}
          rows={4}
          value={form.message}
          aria-invalid={Boolean(errors.message)}
          aria-describedby={`${id}-message-hint`}
          onChange={(event) => onChange({ ...form, message: event.target.value })}
        />
        <span id={`${id}-message-hint`} className={errors.message ? 'field-error' : 'field-hint'}>
          {errors.message ? t(errors.message, { max: MESSAGE_MAX }) : t('orders.reason.messageHint', { used: form.message.trim().length, max: MESSAGE_MAX })}
        </span>
      </div>
    </>
  );
}
