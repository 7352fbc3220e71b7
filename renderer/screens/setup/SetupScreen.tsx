// The setup wizard, shown instead of the app until a mode is chosen: explore with the sandbox marketplace, or connect
// a Back Market account (the account form).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../../shared/connection';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { connectionStatusKey } from '../../api/connection';
import { Alert } from '../../components/Alert';
import { navigateTo } from '../../shell/use-hash-route';
import { AccountForm } from './AccountForm';

export function SetupScreen({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const [step, setStep] = useState<'choose' | 'account'>('choose');
  const queryClient = useQueryClient();
  // The pushed connection:changed event updates the status too; setting it here does not depend on the event stream.
  const explore = useMutation({
    mutationFn: () => api.call('connection:useSandbox', {}),
    onSuccess: (next) => {
      navigateTo('catalogue');
      queryClient.setQueryData(connectionStatusKey, next);
    },
  });
  const connected = () => {
    navigateTo('catalogue');
    void queryClient.invalidateQueries({ queryKey: connectionStatusKey });
  };

  return (
    <main className="setup" id="main" tabIndex={-1} aria-labelledby="setup-title">
      <header className="setup-head">
        <span className="brand-mark" aria-hidden="true">
          R
        </span>
        <h1 id="setup-title">{t('setup.title')}</h1>
      </header>
      {step === 'choose' ? (
        <section className="setup-card" aria-label={t('setup.chooseLabel')}>
          <p className="muted">{t('setup.intro')}</p>
          <div className="setup-choices">
            <button type="button" className="setup-choice" onClick={() => explore.mutate()} disabled={explore.isPending} autoFocus>
              <strong>{t('setup.exploreTitle')}</strong>
              <span>{t('setup.exploreHint')}</span>
            </button>
            <button type="button" className="setup-choice" onClick={() => setStep('account')} disabled={explore.isPending}>
              <strong>{t('setup.connectTitle')}</strong>
              <span>{t('setup.connectHint')}</span>
            </button>
          </div>
          {explore.isPending && <p role="status">{t('setup.exploring')}</p>}
          {explore.isError && <Alert title={t('errors.title')}>{messageOf(explore.error, t('errors.unexpected'))}</Alert>}
        </section>
      ) : (
        <AccountForm status={status} onBack={() => setStep('choose')} onConnected={connected} />
      )}
    </main>
  );
}
