// The confirmation before a restore, naming the backup's date: a restore replaces everything the merchant has now.
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';

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
        <DialogActions
          cancelLabel={t('backups.cancel')}
          onCancel={onCancel}
          confirmLabel={pending ? t('backups.restoring') : t('backups.restoreConfirm', { date })}
          onConfirm={onConfirm}
          disabled={pending}
          autoFocus="confirm"
        />
      }
    >
      <p>{t('backups.confirmRestore', { date })}</p>
    </Dialog>
  );
}
