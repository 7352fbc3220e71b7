// A box for a message the merchant must read: whole-call failures, warnings, confirmations.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AlertProps {
  tone?: 'error' | 'warning' | 'info' | 'success';
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
}

export function Alert({ tone = 'error', title, children, onDismiss, testId }: AlertProps) {
  const { t } = useTranslation();
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="alert-body">
        {title && <strong className="alert-title">{title}</strong>}
        <div>{children}</div>
      </div>
      {onDismiss && (
        <button type="button" className="button button-ghost button-small" onClick={onDismiss}>
          {t('errors.dismiss')}
        </button>
      )}
    </div>
  );
}
