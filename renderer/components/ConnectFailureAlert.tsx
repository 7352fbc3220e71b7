// A failed live check, in the merchant's words: one explanation per reason, with the cf-ray to quote for the firewall.
import { useTranslation } from 'react-i18next';
import type { ConnectFailure } from '../../shared/connection';
import { Alert } from './Alert';

export function failureText(t: (key: string, options?: Record<string, unknown>) => string, failure: ConnectFailure): string {
  if (failure.reason === 'firewall') return failure.cfRay ? t('setup.failure.firewall', { cfRay: failure.cfRay }) : t('setup.failure.firewallNoRay');
  return t(`setup.failure.${failure.reason}`, { message: failure.message });
}

export function ConnectFailureAlert({ failure, onDismiss }: { failure: ConnectFailure; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert title={t('setup.failureTitle')} testId={`connect-failure-${failure.reason}`} {...(onDismiss ? { onDismiss } : {})}>
      {failureText(t, failure)}
    </Alert>
  );
}
