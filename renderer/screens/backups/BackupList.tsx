// The current mode's backups with date, size and reason, each restorable after a confirmation; used by Settings and
// by the recovery screen.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../shared/backup';
import { useApi } from '../../api/ApiContext';
import { useBackupList } from '../../api/backup-queries';
import { messageOf } from '../../api/call-error';
import { Alert } from '../../components/Alert';
import { TableHead } from '../../components/TableHead';
import { formatBackupDate, formatBackupSize } from './backup-format';
import { RestoreDialog } from './RestoreDialog';

export function BackupList({ emptyText }: { emptyText?: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const backups = useBackupList();
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const [restoredDate, setRestoredDate] = useState<string | null>(null);
  const dateOf = (entry: BackupEntry) => formatBackupDate(entry.createdAt, i18n.language);
  const restore = useMutation({
    mutationFn: (entry: BackupEntry) => api.call('backup:restore', { id: entry.id }),
    onMutate: () => setRestoredDate(null),
    onSuccess: (result) => {
      setChosen(null);
      setRestoredDate(dateOf(result.restored));
      // Everything on screen may have changed: catalogue, mappings, orders, the backups themselves.
      void queryClient.invalidateQueries();
    },
    onError: () => setChosen(null),
  });

  const entries = backups.data ?? [];
  return (
    <div className="backup-list">
      {restoredDate && <Alert tone="success">{t('backups.restored', { date: restoredDate })}</Alert>}
      {restore.isError && <Alert>{messageOf(restore.error, t('errors.unexpected'))}</Alert>}
      {backups.isError && <Alert>{messageOf(backups.error, t('errors.unexpected'))}</Alert>}
      <div className="table-scroll">
        <table className="data-table" aria-label={t('backups.tableLabel')} data-testid="backup-table">
          <TableHead columns={[t('backups.date'), t('backups.reason'), t('backups.size'), t('backups.actions')]} />
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-backup-reason={entry.reason}>
                <td>{dateOf(entry)}</td>
                <td>{t(`backups.reasons.${entry.reason}`)}</td>
                <td>{formatBackupSize(entry.sizeBytes, i18n.language)}</td>
                <td>
                  <button type="button" className="button button-small" aria-label={t('backups.restoreLabel', { date: dateOf(entry) })} onClick={() => setChosen(entry)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
            {backups.data && entries.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {emptyText ?? t('backups.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {chosen && <RestoreDialog date={dateOf(chosen)} pending={restore.isPending} onCancel={() => setChosen(null)} onConfirm={() => restore.mutate(chosen)} />}
    </div>
  );
}
