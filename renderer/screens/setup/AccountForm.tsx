// The account step of setup: environment, token, company and e-mail, countries with their languages, and under
// "Advanced" a sandbox address. "Check and connect" runs the live check; only a passing token is stored.
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionStatus, ConnectFailure, Environment } from '../../../shared/connection';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { Alert } from '../../components/Alert';
import { ConnectFailureAlert } from '../../components/ConnectFailureAlert';
import { TokenField } from '../../components/TokenField';
import { CountryPicker } from './CountryPicker';
import { initialValues, missingFields, toConnectInput, type AccountFormValues, type FormField } from './setup-form';

const ENVIRONMENTS: Environment[] = ['production', 'preprod'];

export function AccountForm({ status, onBack, onConnected }: { status: ConnectionStatus; onBack: () => void; onConnected: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const ids = { company: useId(), email: useId(), sandboxUrl: useId() };
  const [values, setValues] = useState<AccountFormValues>(() => initialValues(status));
  const [shownErrors, setShownErrors] = useState<FormField[]>([]);
  const [failure, setFailure] = useState<ConnectFailure | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(values.environment === 'custom');

  const connect = useMutation({
    mutationFn: () => api.call('connection:connect', toConnectInput(values, status.markets.map((market) => market.code))),
    onSuccess: (result) => {
      if (result.ok) {
        onConnected();
        return;
      }
      setFailure(result);
    },
  });
  const busy = connect.isPending;
  const set = <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (field: FormField) => (shownErrors.includes(field) ? (field === 'countries' ? t('setup.noCountry') : t('setup.required')) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const missing = missingFields(values);
    setShownErrors(missing);
    if (missing.length > 0) return;
    connect.mutate();
  }

  return (
    <form className="setup-card form-stack" onSubmit={submit} noValidate aria-busy={busy}>
      <h2>{t('setup.accountTitle')}</h2>
      <fieldset className="form-section">
        <legend>{t('setup.environment')}</legend>
        {ENVIRONMENTS.map((environment) => (
          <label key={environment} className="radio-label">
            <input type="radio" name="environment" value={environment} checked={values.environment === environment} disabled={busy} onChange={() => set('environment', environment)} />
            {t(`setup.${environment}`)}
          </label>
        ))}
      </fieldset>
      <TokenField label={t('setup.token')} hint={t('setup.tokenHint')} value={values.token} onChange={(token) => set('token', token)} error={errorOf('token')} disabled={busy} autoFocus />
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.company}>{t('setup.company')}</label>
          <input id={ids.company} className="input" value={values.company} disabled={busy} aria-invalid={errorOf('company') ? true : undefined} onChange={(event) => set('company', event.target.value)} autoComplete="organization" />
          <span className={errorOf('company') ? 'field-error' : 'field-hint'}>{errorOf('company') ?? t('setup.companyHint')}</span>
        </div>
        <div className="field">
          <label htmlFor={ids.email}>{t('setup.email')}</label>
          <input id={ids.email} className="input" type="email" value={values.email} disabled={busy} aria-invalid={errorOf('email') ? true : undefined} onChange={(event) => set('email', event.target.value)} autoComplete="email" />
          <span className={errorOf('email') ? 'field-error' : 'field-hint'}>{errorOf('email') ?? t('setup.emailHint')}</span>
        </div>
      </div>
      <CountryPicker
        markets={status.markets}
        countries={values.countries}
        disabled={busy}
        error={errorOf('countries')}
        onChange={(code, change) => set('countries', { ...values.countries, [code]: { ...(values.countries[code] ?? { selected: false, language: 'en' }), ...change } })}
      />
      <details className="advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary>{t('setup.advanced')}</summary>
        <label className="radio-label">
          <input type="radio" name="environment" value="custom" checked={values.environment === 'custom'} disabled={busy} onChange={() => set('environment', 'custom')} />
          {t('setup.custom')}
        </label>
        <div className="field">
          <label htmlFor={ids.sandboxUrl}>{t('setup.sandboxUrl')}</label>
          <input
            id={ids.sandboxUrl}
            className="input"
            placeholder="http://127.0.0.1:5175"
            value={values.sandboxUrl}
            disabled={busy}
            aria-invalid={errorOf('sandboxUrl') ? true : undefined}
            onChange={(event) => setValues((current) => ({ ...current, sandboxUrl: event.target.value, environment: 'custom' }))}
          />
          <span className={errorOf('sandboxUrl') ? 'field-error' : 'field-hint'}>{errorOf('sandboxUrl') ?? t('setup.sandboxUrlHint')}</span>
        </div>
      </details>
      {failure && <ConnectFailureAlert failure={failure} />}
      {connect.isError && <Alert title={t('setup.failureTitle')}>{messageOf(connect.error, t('errors.unexpected'))}</Alert>}
      {busy && <p role="status">{t('setup.checking')}</p>}
      <div className="button-row">
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          {t('setup.back')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('setup.checking') : t('setup.connect')}
        </button>
      </div>
    </form>
  );
}
