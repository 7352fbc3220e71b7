// Shown instead of the app when the catalogue file cannot be opened: what went wrong, the backups to restore, a copy of
// the damaged file kept somewhere safe, and an "Export everything" file to import. Nothing here deletes the damaged file.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/backup';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { Alert } from '../../components/Alert';
import { BackupList } from './BackupList';
import { ImportEverything } from './ImportEverything';
import { messageText } from '../../i18n/message-text';

export function RecoveryScreen({ status }: { status: BackupStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const copy = useMutation({ mutationFn: () => api.call('backup:copyDamaged', {}) });
  const queryClient = useQueryClient();
  const startEmpty = useMutation({
    mutationFn: () => api.call('backup:startEmpty', {}),
    onSuccess: () => void queryClient.invalidateQueries({ predicate: (query) => typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith('backup:') }),
  });
  const missingOrEmpty = status.recoveryKind === 'missing' || status.recoveryKind === 'empty';

  useEffect(() => {
    document.title = `${t('recovery.title')} — ${t('app.name')}`;
  }, [t]);

  return (
    <main className="setup recovery" id="main" data-testid="recovery-screen">
      <h1>{t('recovery.title')}</h1>
      <Alert title={t('errors.title')}>{status.errorSaid ? messageText(status.errorSaid, t) : (status.error ?? t('errors.unexpected'))}</Alert>
      <p>{t('recovery.intro')}</p>
      {status.file && (
        <dl className="summary-list">
          <div className="summary-row">
            <dt>{t('recovery.file')}</dt>
            <dd className="mono">{status.file}</dd>
          </div>
        </dl>
      )}
      <div className="button-row">
        {status.recoveryKind !== 'missing' && (
          <button type="button" className="button" onClick={() => copy.mutate()} disabled={copy.isPending}>
            {t('recovery.copyDamaged')}
          </button>
        )}
        <ImportEverything />
      </div>
      {copy.data && <Alert tone="success">{t('recovery.copied', { path: copy.data.path })}</Alert>}
      {copy.isError && <Alert>{messageOf(copy.error, t('errors.unexpected'))}</Alert>}
      <h2>{t('recovery.backups')}</h2>
      <BackupList emptyText={t('recovery.noBackups')} />
      {missingOrEmpty && (
        <section aria-labelledby="start-empty-title">
          <h2 id="start-empty-title">{t('catalogueProblem.startEmptyTitle')}</h2>
          <p>{t(status.recoveryKind === 'empty' ? 'catalogueProblem.startEmptyHintEmpty' : 'catalogueProblem.startEmptyHintMissing')}</p>
          <button type="button" className="button" onClick={() => startEmpty.mutate()} disabled={startEmpty.isPending}>
            {t('catalogueProblem.startEmpty')}
          </button>
          {startEmpty.isError && <Alert>{messageOf(startEmpty.error, t('errors.unexpected'))}</Alert>}
        </section>
      )}
    </main>
  );
}
