// The confirmation before a restore, naming the backup's date: a restore replaces everything the merchant has now.
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

interface RestoreDialogProps {
  date: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RestoreDialog({ date, pending, onConfirm, onCancel }: RestoreDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('backups.confirmRestoreTitle')}
      role="alertdialog"
      onClose={onCancel}
      testId="restore-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('backups.cancel')}
          </button>
          <button type="button" className="button button-primary" data-autofocus disabled={pending} onClick={onConfirm}>
            {pending ? t('backups.restoring') : t('backups.restoreConfirm', { date })}
          </button>
        </>
      }
    >
      <p>{t('backups.confirmRestore', { date })}</p>
    </Dialog>
  );
}
