// The banner shown over every screen while Back Market rejects the token (or it must be entered again): why it
// happened, how to get a new one, and a field to paste it. Work is held meanwhile, and resumes once it passes the check.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectFailure, ConnectionStatus } from '../../shared/connection';
import { useApi } from '../api/ApiContext';
import { messageOf } from '../api/call-error';
import { connectionStatusKey } from '../api/connection';
import { failureText } from '../components/ConnectFailureAlert';
import { TokenField } from '../components/TokenField';

export function TokenBanner({ status }: { status: ConnectionStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [token, setToken] = useState('');
  const [failure, setFailure] = useState<ConnectFailure | null>(null);
  const replace = useMutation({
    mutationFn: () => api.call('connection:replaceToken', { token: token.trim() }),
    onSuccess: (result) => {
      if (result.ok) {
        setToken('');
        setFailure(null);
        void queryClient.invalidateQueries({ queryKey: connectionStatusKey });
      } else setFailure(result);
    },
  });
  const missing = status.tokenState === 'missing';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token.trim()) return;
    setFailure(null);
    replace.mutate();
  }

  return (
    <section className="token-banner" role="alert" aria-labelledby="token-banner-title" data-testid="token-banner">
      <h2 id="token-banner-title">{missing ? t('tokenBanner.missingTitle') : t('tokenBanner.rejectedTitle')}</h2>
      <p>{missing ? t('tokenBanner.missing') : t('tokenBanner.rejected')}</p>
      <p>{t('tokenBanner.steps')}</p>
      {status.queuedJobs > 0 && <p>{t('tokenBanner.queued', { count: status.queuedJobs })}</p>}
      <form className="token-banner-form" onSubmit={submit}>
        <TokenField
          label={t('tokenBanner.newToken')}
          value={token}
          onChange={setToken}
          disabled={replace.isPending}
          error={failure ? failureText(t, failure) : replace.isError ? messageOf(replace.error, t('errors.unexpected')) : undefined}
        />
        <button type="submit" className="button button-primary" disabled={replace.isPending || !token.trim()}>
          {replace.isPending ? t('tokenBanner.checking') : t('tokenBanner.use')}
        </button>
      </form>
    </section>
  );
}
