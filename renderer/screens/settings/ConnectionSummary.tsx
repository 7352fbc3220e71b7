// Settings' connection section: what the app is connected to, the token's state (never the token), a live check,
// and "Run setup again".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectFailure, ConnectionStatus } from '../../../shared/connection';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { connectionStatusKey } from '../../api/connection';
import { Alert } from '../../components/Alert';
import { ConnectFailureAlert } from '../../components/ConnectFailureAlert';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { useFormat } from '../../i18n/format';

export function ConnectionSummary({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const api = useApi();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<'ok' | ConnectFailure | null>(null);
  const [confirming, setConfirming] = useState(false);
  const check = useMutation({
    mutationFn: () => api.call('connection:check', {}),
    onMutate: () => setOutcome(null),
    onSuccess: (result) => setOutcome(result.ok ? 'ok' : result),
  });
  const reset = useMutation({
    mutationFn: () => api.call('connection:reset', {}),
    onSuccess: (next) => queryClient.setQueryData(connectionStatusKey, next),
  });
  const countryList = status.countries
    .map((country) => {
      const market = status.markets.find((entry) => entry.code === country.code);
      return market ? `${t(`markets.${market.country}`)} (${t(`languages.${country.language}`)})` : country.code;
    });
  const countryNames = format.list(countryList);
  const rows: [string, string][] = [
    [t('settings.mode'), status.mode === 'sandbox' ? t('settings.modeSandbox') : t('settings.modeAccount')],
    ...(status.mode === 'account'
      ? ([
          [t('settings.environment'), t(`setup.${status.environment}`)],
          [t('settings.company'), status.company],
          [t('settings.email'), status.email],
          [t('settings.countries'), countryNames],
        ] as [string, string][])
      : []),
    ...(status.sandbox ? ([[t('settings.address'), status.sandbox.url]] as [string, string][]) : []),
    [t('settings.token'), `${t(`settings.tokenState.${status.tokenState}`)}${status.mode === 'account' ? ` — ${t(`settings.storage.${status.tokenStorage}`)}` : ''}`],
  ];

  return (
    <section className="settings-section" aria-labelledby="connection-title">
      <h2 id="connection-title">{t('settings.connection')}</h2>
      <dl className="summary-list" data-testid="connection-summary">
        {rows.map(([term, value]) => (
          <div key={term} className="summary-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {outcome === 'ok' && <Alert tone="success">{t('settings.checkOk')}</Alert>}
      {outcome && outcome !== 'ok' && <ConnectFailureAlert failure={outcome} onDismiss={() => setOutcome(null)} />}
      {check.isError && <Alert>{messageOf(check.error, t('errors.unexpected'))}</Alert>}
      {reset.isError && <Alert>{messageOf(reset.error, t('errors.unexpected'))}</Alert>}
      <div className="button-row">
        <button type="button" className="button" onClick={() => check.mutate()} disabled={check.isPending}>
          {check.isPending ? t('setup.checking') : t('settings.check')}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('settings.runSetup')}
        </button>
      </div>
      <p className="field-hint">{t('settings.runSetupHint')}</p>
      {confirming && (
        <Dialog
          title={t('settings.confirmSetupTitle')}
          role="alertdialog"
          onClose={() => setConfirming(false)}
          footer={
            <DialogActions
              cancelLabel={t('settings.cancel')}
              onCancel={() => setConfirming(false)}
              confirmLabel={t('settings.runSetup')}
              onConfirm={() => {
                setConfirming(false);
                reset.mutate();
              }}
              autoFocus="confirm"
            />
          }
        >
          <p>{t('settings.confirmSetup')}</p>
        </Dialog>
      )}
    </section>
  );
}
