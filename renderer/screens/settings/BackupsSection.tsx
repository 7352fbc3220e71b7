// Settings' backups section: back up now, the list of backups to restore, and "export everything" / "import from a file"
// to move the whole database to another computer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { useBackupStatus } from '../../api/backup-queries';
import { messageOf } from '../../api/call-error';
import { Alert } from '../../components/Alert';
import { BackupList } from '../backups/BackupList';
import { formatBackupDate } from '../backups/backup-format';
import { ImportEverything } from '../backups/ImportEverything';
import { saveDownload } from '../../components/save-download';

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const status = useBackupStatus(true);
  const [notice, setNotice] = useState<string | null>(null);

  const backUp = useMutation({
    mutationFn: () => api.call('backup:create', {}),
    onMutate: () => setNotice(null),
    onSuccess: (entry) => {
      setNotice(t('backups.backedUp', { date: formatBackupDate(entry.createdAt, i18n.language) }));
      void queryClient.invalidateQueries({ queryKey: ['backup:list'] });
    },
  });
  const exportAll = useMutation({
    mutationFn: () => api.call('backup:exportAll', {}),
    onMutate: () => setNotice(null),
    onSuccess: (file) => {
      saveDownload(file.content, file.fileName, 'application/json');
      setNotice(t('backups.exported', { fileName: file.fileName }));
    },
  });
  const failure = backUp.error ?? exportAll.error;

  return (
    <section className="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      {status.data?.backupFolder && <p className="field-hint mono">{t('backups.folder', { folder: status.data.backupFolder })}</p>}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => backUp.mutate()} disabled={backUp.isPending}>
          {backUp.isPending ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
        <button type="button" className="button" onClick={() => exportAll.mutate()} disabled={exportAll.isPending}>
          {t('backups.exportAll')}
        </button>
        <ImportEverything />
      </div>
      {notice && (
        <Alert tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {failure && <Alert>{messageOf(failure, t('errors.unexpected'))}</Alert>}
      <BackupList />
    </section>
  );
}
